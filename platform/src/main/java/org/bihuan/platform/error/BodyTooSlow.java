package org.bihuan.platform.error;

import java.time.Duration;

/**
 * The one wording of 408 {@code body-too-slow}: a request body that did not arrive in time
 * (docs/decisions/0268, 0271, 0275). Written by the body deadline below Vert.x and, should the REST
 * layer's own read of a body give up while the connection is still open, by {@link ProblemMapping}.
 */
public final class BodyTooSlow {

  public static final String TYPE = "body-too-slow";
  public static final String TITLE = "Request timeout";

  private BodyTooSlow() {}

  /** The problem, saying how long the body was waited for when that is known ({@code waited}). */
  public static ApiProblem problem(Duration waited) {
    return new ApiProblem(408, TYPE, TITLE, detail(waited), null);
  }

  static String detail(Duration waited) {
    if (waited == null) {
      return "请求正文未按时传完，已放弃，未作任何更改。 The request body did not arrive in time;"
          + " nothing was changed. Send it again over a faster connection.";
    }
    long seconds = Math.max(1, Math.round(waited.toMillis() / 1000.0));
    return "请求正文未在 "
        + seconds
        + " 秒内传完，已放弃，未作任何更改。 The request body did not arrive within "
        + seconds
        + " seconds; nothing was changed. Send it again over a faster connection.";
  }
}
