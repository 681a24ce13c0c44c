package org.bihuan.platform.http;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.ProblemMapping;

/**
 * The problem+json answers that the connection's own handlers (request lines, broken chunks, the
 * body deadline) write below Vert.x, each ending the connection: HTTP/1.1, the problem's length,
 * {@code Connection: close}.
 */
final class ClosingProblems {

  private ClosingProblems() {}

  /** {@code problem} as such an answer (its type, title, status and detail). */
  static DefaultFullHttpResponse of(ApiProblem problem) {
    return of(
        HttpResponseStatus.valueOf(problem.status()),
        "/problems/" + problem.type(),
        problem.title(),
        problem.getMessage());
  }

  static DefaultFullHttpResponse of(
      HttpResponseStatus status, String type, String title, String detail) {
    byte[] body =
        new JsonObject()
            .put("type", type)
            .put("title", org.bihuan.platform.error.ProblemTitles.of(status.code(), type, title))
            .put("status", status.code())
            .put("detail", detail)
            .encode()
            .getBytes(StandardCharsets.UTF_8);
    DefaultFullHttpResponse response =
        new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(body));
    response.headers().set(HttpHeaderNames.CONTENT_TYPE, ProblemMapping.PROBLEM_JSON);
    response.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
    response.headers().set(HttpHeaderNames.CONNECTION, "close");
    return response;
  }
}
