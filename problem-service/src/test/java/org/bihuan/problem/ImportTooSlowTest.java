package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A document whose reading takes longer than {@code bihuan.import.max-read-time} is refused (422
 * import-too-slow, a zh-CN detail) and nothing of it is stored (docs/decisions/0245): here the
 * budget is a millisecond, which a text of many problems, read by the outline parser, overruns.
 */
@QuarkusTest
@TestProfile(ImportTooSlowTest.TinyReadTime.class)
class ImportTooSlowTest {

  public static class TinyReadTime implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("bihuan.import.max-read-time", "1ms");
    }
  }

  @Test
  void aTextReadPastTheReadTimeIsRefusedAndNothingIsStored() {
    StringBuilder text = new StringBuilder("一、存在的问题\n");
    for (int i = 1; i <= 20_000; i++) {
      text.append(i).append(".第").append(i).append("个问题，制度执行不到位。\n");
    }
    String source = source("读取超时");
    RestAssured.given()
        .auth()
        .oauth2(Tokens.reporter("导入人", null))
        .contentType("text/plain; charset=UTF-8")
        .body(text.toString().getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/sources/" + source + "/import")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/import-too-slow"))
        .body("detail", containsString("读取该文档超过"));
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
  }
}
