package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * An import creates only problems that can be saved again as they were read (issue 10): a problem
 * whose text is longer than an edit accepts is refused with where it was read — as a dry run and as
 * an import, nothing stored — and one just under the limit is imported and can be PUT back as is.
 */
@QuarkusTest
class ImportFieldLimitsTest {

  /**
   * A plan of two problems, the first described by {@code sentences} sentences of 27 characters.
   */
  private static byte[] plan(int sentences) {
    StringBuilder long_ = new StringBuilder("1.理论学习不够深入。");
    for (int i = 0; i < sentences; i++) {
      long_.append("部分党员对党的创新理论学习不系统不深入，第").append(String.format("%04d", i)).append("条。");
    }
    return Ledgers.docx(List.<Object>of("一、存在的问题", long_.toString(), "2.制度执行不严格。会议记录不全。"));
  }

  @Test
  void aProblemLongerThanAnEditAcceptsIsRefusedNamingWhereItWasRead() {
    String source = source("过长的问题描述");
    byte[] docx = plan(830); // about 22,420 characters
    for (boolean dryRun : new boolean[] {true, false}) {
      var request =
          RestAssured.given()
              .auth()
              .oauth2(Tokens.reporter("导入人", null))
              .contentType(DocumentText.DOCX)
              .body(docx);
      if (dryRun) {
        request = request.queryParam("dryRun", "true");
      }
      request
          .post("/api/v1/sources/" + source + "/import")
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("type", endsWith("/problems/import-field-too-long"))
          .body("errors", hasSize(1))
          .body("errors[0].field", equalTo("problems[0].description"))
          .body("errors[0].message", containsString("「理论学习不够深入」 (lines 2–2)"))
          .body("errors[0].message", containsString("at most 20,000"))
          .body("detail", containsString("nothing was imported"));
    }
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
  }

  @Test
  void aProblemJustUnderTheLimitIsImportedAndSavedAgainAsItIs() {
    String source = source("较长的问题描述");
    JsonPath imported =
        RestAssured.given()
            .auth()
            .oauth2(Tokens.reporter("导入人", null))
            .contentType(DocumentText.DOCX)
            .body(plan(730)) // about 19,720 characters
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .log()
            .ifValidationFails()
            .statusCode(201)
            .extract()
            .jsonPath();
    String id = imported.getString("problems[0].id");
    JsonPath view = asViewer().get("/api/v1/problems/" + id).then().extract().jsonPath();
    Api.putBackUnchanged(source, id, view);
  }
}
