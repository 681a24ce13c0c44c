package org.bihuan.platform.http;

import java.util.Locale;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * What a GET asks of {@link AnswerCache}: its If-Match and If-None-Match, and whether it wants an
 * answer from the database, not from memory ({@code Cache-Control: no-cache} or {@code Pragma:
 * no-cache}, RFC 9111 5.2.1.4). Read on the request's own thread, before a miss moves to a worker.
 */
public record Conditions(String ifMatch, String ifNoneMatch, boolean noCache) {

  /** None of them: a call outside an HTTP request. */
  static final Conditions NONE = new Conditions(null, null, false);

  /** The conditions of the request being answered, or {@link #NONE} outside a request. */
  public static Conditions ofCurrentRequest() {
    ResteasyReactiveRequestContext context = CurrentRequestManager.get();
    if (context == null) {
      return NONE;
    }
    var headers = context.getHttpHeaders();
    return new Conditions(
        headers.getHeaderString("If-Match"),
        headers.getHeaderString("If-None-Match"),
        asksNoCache(headers.getHeaderString("Cache-Control"))
            || asksNoCache(headers.getHeaderString("Pragma")));
  }

  private static boolean asksNoCache(String header) {
    return header != null && header.toLowerCase(Locale.ROOT).contains("no-cache");
  }
}
