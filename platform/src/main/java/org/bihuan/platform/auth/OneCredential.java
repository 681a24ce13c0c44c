package org.bihuan.platform.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.ProblemMapping;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request carries at most one {@code Authorization} header (docs/decisions/0240). With two, the
 * token reader took the first and the request ran as whoever it named, while a proxy, a log or an
 * audit in front of the service may have read the second: which caller the request is depends on
 * who reads it. Refused 401 before any route runs (RFC 6750 §3.1: more than one way of sending a
 * token is an invalid request), naming the header, like any credential that cannot be used.
 */
public class OneCredential {

  /** Whether the {@code Authorization} headers {@code sent} (null: none) are refused here. */
  public static boolean refuses(List<String> sent) {
    return sent != null && sent.size() >= 2;
  }

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> refuseTwoCredentials(ContainerRequestContext request) {
    List<String> sent = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (!refuses(sent)) {
      return Optional.empty();
    }
    return Optional.of(
        ProblemMapping.respond(
            new ApiProblem(
                    401,
                    "unauthorized",
                    "Unauthorized",
                    "The request carries "
                        + sent.size()
                        + " Authorization headers; send exactly one (Authorization: Bearer"
                        + " <JWT>).",
                    null)
                .header(
                    "WWW-Authenticate",
                    "Bearer error=\"invalid_request\", error_description=\"more than one"
                        + " Authorization header\"")));
  }
}
