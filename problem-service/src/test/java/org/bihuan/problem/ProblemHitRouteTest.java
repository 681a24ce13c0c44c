package org.bihuan.problem;

import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.source;
import static org.bihuan.testing.AnswersBeforeRest.assertSame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.bihuan.platform.http.HitRoute;
import org.bihuan.testing.AnswersBeforeRest;
import org.bihuan.testing.AnswersBeforeRest.Answer;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A problem in memory is answered before Quarkus REST (docs/decisions/0302), byte for byte as the
 * resource method answers it; a service token, whose caller the route's list judges, always goes
 * the normal way.
 */
@QuarkusTest
class ProblemHitRouteTest {

  @Inject HitRoute hits;

  private AnswersBeforeRest answers;

  @BeforeEach
  void answers() {
    answers = new AnswersBeforeRest(hits::answered);
  }

  @Test
  void aProblemBeforeRestIsTheResourceMethodsAnswerByteForByte() throws Exception {
    String id = problem(source("前置问题"), List.of("理论学习方面"), "学习不系统");
    String path = "/api/v1/problems/" + id;
    String viewer = Tokens.viewer();

    Answer fast = answers.awaitFast(viewer, path);
    assertEquals(200, fast.status());
    assertSame(answers.get(Tokens.viewer(), path), fast);
    String tag = fast.response().header("ETag");
    Answer notModified = answers.awaitFast(viewer, path, "If-None-Match", tag);
    assertEquals(304, notModified.status());
    assertSame(answers.get(Tokens.viewer(), path, "If-None-Match", tag), notModified);
  }

  @Test
  void aServiceTokenGoesTheNormalWayEachTime() throws Exception {
    String id = problem(source("前置问题-服务"), List.of("理论学习方面"), "学习不深入");
    String path = "/api/v1/problems/" + id;
    answers.awaitFast(Tokens.viewer(), path);
    String listed = Tokens.service("rectification-service", "problem-service");
    String unlisted = Tokens.service("report-service", "problem-service");
    for (int i = 0; i < 3; i++) {
      Answer admitted = answers.get(listed, path);
      assertEquals(200, admitted.status());
      assertFalse(admitted.fast());
      Answer refused = answers.get(unlisted, path);
      assertEquals(403, refused.status());
      assertFalse(refused.fast());
    }
  }
}
