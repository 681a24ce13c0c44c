package org.bihuan.platform.http;

import java.util.Locale;
import java.util.function.UnaryOperator;
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
    return of(context.getHttpHeaders()::getHeaderString);
  }

  /**
   * The conditions of a request whose headers {@code header} gives by name, each as JAX-RS gives it
   * (every value of the name, joined by commas; null when absent).
   */
  public static Conditions of(UnaryOperator<String> header) {
    return new Conditions(
        header.apply("If-Match"),
        header.apply("If-None-Match"),
        asksNoCache(header.apply("Cache-Control")) || asksNoCache(header.apply("Pragma")));
  }

  private static boolean asksNoCache(String header) {
    return header != null && header.toLowerCase(Locale.ROOT).contains("no-cache");
  }
}
