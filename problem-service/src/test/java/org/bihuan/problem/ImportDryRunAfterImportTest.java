package org.bihuan.problem;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import org.bihuan.problem.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A dry run answers what the import would: once a document is imported into a source, its dry run
 * answers the import's own 409 {@code already-imported} problem+json (with {@code Location} and
 * {@code existingImportId}), not 200 with a warning. Through {@code POST /sources/{id}/import}
 * (docs/decisions/0372).
 */
@QuarkusTest
class ImportDryRunAfterImportTest {

  static final String PLAN =
      """
      县局整改方案
      一、问题清单及整改措施
      1.公文处理不及时。
      整改措施：规范公文流转。
      责任单位：办公室；整改时限：2024年6月30日
      """;

  @Test
  void aDryRunOfAnImportedDocumentAnswersTheImportsConflict() {
    String source = Api.source("重复导入试运行");
    byte[] body = PLAN.getBytes(StandardCharsets.UTF_8);
    String type = "text/plain; charset=UTF-8";
    String importId =
        Api.importAnswer(Api.patient(), source, body, type)
            .then()
            .statusCode(201)
            .extract()
            .path("importId");
    JsonPath real =
        Api.importAnswer(Api.patient(), source, body, type)
            .then()
            .statusCode(409)
            .contentType(containsString("application/problem+json"))
            .extract()
            .jsonPath();
    JsonPath dry =
        Api.dryRunAnswer(Api.patient(), source, body, type)
            .then()
            .statusCode(409)
            .contentType(containsString("application/problem+json"))
            .header(
                "Location", containsString("/api/v1/sources/" + source + "/imports/" + importId))
            .body("existingImportId", equalTo(importId))
            .extract()
            .jsonPath();
    assertEquals(real.getString("type"), dry.getString("type"));
    assertEquals(real.getString("title"), dry.getString("title"));
    assertEquals(real.getString("detail"), dry.getString("detail"));
  }
}
