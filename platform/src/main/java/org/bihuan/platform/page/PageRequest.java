package org.bihuan.platform.page;

import org.bihuan.platform.problem.ApiProblem;

/** {@code ?limit=&cursor=} checked once: default 50, at most 500. */
public record PageRequest(long after, int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public static PageRequest of(Integer limit, String cursor) {
    int l = limit == null ? DEFAULT_LIMIT : limit;
    if (l < 1 || l > MAX_LIMIT) {
      throw ApiProblem.invalidField("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return new PageRequest(Cursor.decode(cursor), l);
  }
}
