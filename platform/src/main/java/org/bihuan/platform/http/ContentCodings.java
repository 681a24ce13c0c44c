package org.bihuan.platform.http;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.ProblemMapping;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body sent with a content coding other than identity ({@code Content-Encoding: gzip},
 * {@code deflate}, {@code br} …) is answered 415 problem+json naming Content-Encoding (RFC 9110
 * §8.4, docs/decisions/0268), before anything reads it: no service decodes request bodies (Quarkus'
 * request decompression is not enabled), so such a body was read as if it were not coded — plain
 * JSON sent with the header was stored, real gzip was "malformed JSON".
 */
public class ContentCodings {

  @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 10)
  public Optional<Response> refuseCodedBodies(ContainerRequestContext request) {
    String coding = request.getHeaderString(HttpHeaders.CONTENT_ENCODING);
    if (coding == null || !hasBody(request)) {
      return Optional.empty();
    }
    for (String each : coding.split(",")) {
      String name = each.strip().toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && !name.equals("identity")) {
        return Optional.of(
            ProblemMapping.respond(
                ApiProblem.unsupportedMediaType(
                    "请求正文的编码 Content-Encoding: "
                        + coding.strip()
                        + " 不受支持，请发送未压缩的正文。 A request body with Content-Encoding '"
                        + coding.strip()
                        + "' is not accepted: send it uncoded (identity), without Content-Encoding.")));
      }
    }
    return Optional.empty();
  }

  private static boolean hasBody(ContainerRequestContext request) {
    if (request.getHeaderString("Transfer-Encoding") != null) {
      return true;
    }
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    return length != null && !length.strip().equals("0");
  }
}
