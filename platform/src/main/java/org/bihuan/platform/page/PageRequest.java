package org.bihuan.platform.page;

import org.bihuan.platform.error.ApiProblem;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * {@code ?limit=&cursor=} checked once: default 50, at most 500. {@code list} names the list the
 * cursor belongs to (the request's path), so a cursor of another list is refused.
 */
public record PageRequest(String list, long after, int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  /** The page of the list served by the current request. */
  public static PageRequest of(Integer limit, String cursor) {
    ResteasyReactiveRequestContext request = CurrentRequestManager.get();
    return of(request == null ? "" : request.getPath(), limit, cursor);
  }

  public static PageRequest of(String list, Integer limit, String cursor) {
    int l = limit == null ? DEFAULT_LIMIT : limit;
    if (l < 1 || l > MAX_LIMIT) {
      throw ApiProblem.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return new PageRequest(list, Cursor.decode(list, cursor), l);
  }
}
