package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.bihuan.platform.http.HitRoute;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A problem in memory is answered before Quarkus REST (docs/decisions/0302), byte for byte as the
 * resource method answers it; a service token, whose caller the route's list judges, always goes
 * the normal way.
 */
@QuarkusTest
class ProblemHitRouteTest {

  @Inject HitRoute hits;

  private record Answer(Response response, boolean fast) {
    List<String> head() {
      return response.headers().asList().stream()
          .map(h -> h.getName().toLowerCase() + ": " + h.getValue())
          .toList();
    }
  }

  private Answer get(String token, String path, String... headers) {
    var r = given().auth().oauth2(token);
    for (int i = 0; i < headers.length; i += 2) {
      r = r.header(headers[i], headers[i + 1]);
    }
    long before = hits.answered();
    Response response = r.get(path);
    response.asByteArray();
    return new Answer(response, hits.answered() > before);
  }

  private Answer awaitFast(String token, String path, String... headers) throws Exception {
    long deadline = System.currentTimeMillis() + 5_000;
    Answer a = get(token, path, headers);
    while (!a.fast()) {
      assertTrue(System.currentTimeMillis() < deadline, path + ": never answered before REST");
      Thread.sleep(50);
      a = get(token, path, headers);
    }
    return a;
  }

  private static void assertSame(Answer normal, Answer fast) {
    assertFalse(normal.fast(), "the comparison went the normal way");
    assertTrue(fast.fast(), "the answer was given before Quarkus REST");
    assertEquals(normal.response().statusCode(), fast.response().statusCode(), "status");
    assertEquals(normal.head(), fast.head(), "headers");
    assertArrayEquals(normal.response().asByteArray(), fast.response().asByteArray(), "body");
  }

  @Test
  void aProblemBeforeRestIsTheResourceMethodsAnswerByteForByte() throws Exception {
    String id = problem(source("前置问题"), List.of("理论学习方面"), "学习不系统");
    String path = "/api/v1/problems/" + id;
    String viewer = Tokens.viewer();

    Answer fast = awaitFast(viewer, path);
    assertEquals(200, fast.response().statusCode());
    assertSame(get(Tokens.viewer(), path), fast);
    String tag = fast.response().header("ETag");
    Answer notModified = awaitFast(viewer, path, "If-None-Match", tag);
    assertEquals(304, notModified.response().statusCode());
    assertSame(get(Tokens.viewer(), path, "If-None-Match", tag), notModified);
  }

  @Test
  void aServiceTokenGoesTheNormalWayEachTime() throws Exception {
    String id = problem(source("前置问题-服务"), List.of("理论学习方面"), "学习不深入");
    String path = "/api/v1/problems/" + id;
    awaitFast(Tokens.viewer(), path);
    String listed = Tokens.service("rectification-service", "problem-service");
    String unlisted = Tokens.service("report-service", "problem-service");
    for (int i = 0; i < 3; i++) {
      Answer admitted = get(listed, path);
      assertEquals(200, admitted.response().statusCode());
      assertFalse(admitted.fast());
      Answer refused = get(unlisted, path);
      assertEquals(403, refused.response().statusCode());
      assertFalse(refused.fast());
    }
  }
}
