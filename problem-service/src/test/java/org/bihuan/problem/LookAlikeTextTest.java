package org.bihuan.problem;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.RectificationStub;
import org.junit.jupiter.api.Test;

/**
 * A problem's or source's text of combining marks alone is as blank as empty text, and their
 * externalRef holds no invisible character, so no look-alike of an existing reference can be made
 * (docs/decisions/0217).
 */
@QuarkusTest
class LookAlikeTextTest {

  @RectificationStub.Stub WireMockServer rectification;

  private static void refused(String path, String body, String field) {
    Api.asAdmin()
        .body(body)
        .post(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors.field", hasItem(field));
  }

  private static List<Object> problemsUnder(String ref) {
    return Api.asViewer()
        .queryParam("externalRef", ref)
        .get("/api/v1/problems")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items");
  }

  @Test
  void titlesOfCombiningMarksAloneAreRefusedLikeEmptyOnes() {
    String source = Api.source("只有组合符号的标题");
    for (String marks : List.of("\\u0301", "\\u0301\\u0327", "\\u20DD", "\\u200B\\u0301")) {
      refused("/api/v1/problems", Api.problemJson(source, List.of(), marks, null), "title");
      refused(
          "/api/v1/sources",
          "{\"title\": \"" + marks + "\", \"kind\": \"MEETING\", \"organization\": \"党委\"}",
          "title");
    }
  }

  @Test
  void anExternalRefWithInvisibleCharactersIsRefusedSoNoLookAlikeIsMade() {
    String source = Api.source("外部编号");
    String ref = "OA-" + UUID.randomUUID().toString().substring(0, 8);
    Api.asAdmin()
        .body(Api.problemJson(source, List.of(), "原问题", ref))
        .post("/api/v1/problems")
        .then()
        .statusCode(201);
    for (String invisible :
        List.of("\\uFEFF", "\\u200B", "\\u200D", "\\u2060", "\\u200F", "\\uDB40\\uDC41")) {
      refused(
          "/api/v1/problems",
          Api.problemJson(source, List.of(), "仿冒问题", ref + invisible),
          "externalRef");
      refused(
          "/api/v1/sources",
          "{\"title\": \"仿冒来源\", \"kind\": \"MEETING\", \"externalRef\": \""
              + ref
              + invisible
              + "\"}",
          "externalRef");
    }
    assertEquals(1, problemsUnder(ref).size());
  }
}
