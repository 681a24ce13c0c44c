package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.importAnswer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A revised version of an imported plan (one measure's deadline changed) imported into the same
 * source: it repeats the earlier import's problems, so it is warned about, naming that import, and
 * {@code ?replace=true} replaces that import (docs/decisions/0290).
 */
@QuarkusTest
class ImportRevisedDocumentTest {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  static final String PLAN =
      """
      XX局落实审计整改工作方案
      一、财务管理方面
      （一）预算执行进度缓慢
      存在问题：2023年预算执行率仅为78%，低于序时进度。
      整改措施：建立预算执行月通报制度。
      责任领导：周平；责任单位：财务科；具体责任人：吴敏；整改时限：2024年5月31日
      （二）固定资产账实不符
      存在问题：部分资产未及时入账。
      整改措施：开展资产清查。
      责任领导：周平；责任单位：办公室；具体责任人：郑洁；整改时限：2024年6月30日
      二、工程项目管理方面
      （一）工程款超付
      存在问题：某项目超付工程款3.2万元。
      整改措施：追回超付款项。
      责任领导：孙涛；责任单位：工程部；具体责任人：王刚；整改时限：2024年6月30日
      """;

  static final String OTHER_PLAN =
      """
      XX局巡察反馈问题整改方案
      一、党建工作方面
      （一）三会一课制度落实不到位
      存在问题：部分支部组织生活会记录不全。
      整改措施：补齐会议记录。
      责任领导：李明；责任单位：机关党委；具体责任人：陈红；整改时限：2024年7月31日
      """;

  @RectificationStub.Stub WireMockServer rectification;

  static byte[] plan() throws IOException {
    return FormatFiles.paragraphs(PLAN);
  }

  /** The plan with the deadline of its last measure moved by three months. */
  static byte[] revised() throws IOException {
    int last = PLAN.lastIndexOf("2024年6月30日");
    return FormatFiles.paragraphs(
        PLAN.substring(0, last) + "2024年9月30日" + PLAN.substring(last + "2024年6月30日".length()));
  }

  static String imported(String source, byte[] docx) {
    return importAnswer(RestAssured.given(), source, docx, DOCX)
        .then()
        .statusCode(201)
        .extract()
        .path("importId");
  }

  static List<String> problems(String source, String status) {
    return asViewer()
        .queryParam("sourceId", source)
        .queryParam("status", status)
        .queryParam("limit", 500)
        .get("/api/v1/problems")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id");
  }

  @Test
  void aRevisedPlanIsWarnedAboutNamingTheImportItRepeats() throws IOException {
    String source = source("修订后的整改方案");
    String first = imported(source, plan());
    String repeats = "3 of the 3 live problems of import " + first;

    importAnswer(RestAssured.given().queryParam("dryRun", "true"), source, revised(), DOCX)
        .then()
        .statusCode(200)
        .body("problems", hasSize(3))
        .body("warnings", hasItem(containsString(repeats)))
        .body("warnings", hasItem(containsString("?replace=true")));

    String second =
        importAnswer(RestAssured.given(), source, revised(), DOCX)
            .then()
            .statusCode(201)
            .body("warnings", hasItem(containsString(repeats)))
            .extract()
            .path("importId");
    // the warning stays with the import
    RestAssured.given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/sources/" + source + "/imports/" + second)
        .then()
        .statusCode(200)
        .body("warnings", hasItem(containsString(repeats)));
    assertEquals(6, problems(source, "OPEN").size());

    // a document that repeats nothing is not warned about
    importAnswer(
            RestAssured.given().queryParam("dryRun", "true"),
            source,
            FormatFiles.paragraphs(OTHER_PLAN),
            DOCX)
        .then()
        .statusCode(200)
        .body("warnings", not(hasItem(containsString("repeats"))));
  }

  @Test
  void replacingWithARevisedPlanReplacesTheImportItRepeats() throws IOException {
    String source = source("替换修订后的整改方案");
    String other = imported(source, FormatFiles.paragraphs(OTHER_PLAN));
    List<String> otherProblems = problems(source, "OPEN");
    String first = imported(source, plan());
    List<String> firstProblems = problems(source, "OPEN");
    firstProblems.removeAll(otherProblems);

    // replacing withdraws: only those who may withdraw, and nothing changes otherwise
    importAnswer(RestAssured.given().queryParam("replace", "true"), source, revised(), DOCX)
        .then()
        .statusCode(403);
    assertEquals(4, problems(source, "OPEN").size());

    String second =
        RestAssured.given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(DOCX)
            .body(revised())
            .queryParam("replace", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .body("problems", hasSize(3))
            .body("problems[2].measures[0].deadline", equalTo("2024-09-30"))
            .body(
                "warnings",
                hasItem(containsString("replaced 3 of the 3 live problems of import " + first)))
            .extract()
            .path("importId");
    // the revision repeats every problem: each is kept (0308)
    assertEquals(List.of(), problems(source, "WITHDRAWN"));
    List<String> open = problems(source, "OPEN");
    assertEquals(4, open.size());
    assertEquals(true, open.containsAll(firstProblems), "the repeated problems are kept");
    assertEquals(true, open.containsAll(otherProblems), "the unrelated import is left alone");
    RestAssured.given()
        .auth()
        .oauth2(Tokens.reporter("导入人", null))
        .post("/api/v1/sources/" + source + "/imports/" + first + "/tickets")
        .then()
        .statusCode(409)
        .body("type", containsString("import-replaced"));

    // the same document again is still refused, naming the import that has it
    importAnswer(RestAssured.given(), source, revised(), DOCX)
        .then()
        .statusCode(409)
        .body("existingImportId", equalTo(second));
    importAnswer(RestAssured.given(), source, FormatFiles.paragraphs(OTHER_PLAN), DOCX)
        .then()
        .statusCode(409)
        .body("existingImportId", equalTo(other));
  }
}
