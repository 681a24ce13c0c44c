package org.bihuan.problem;

import static org.bihuan.problem.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.RevisedPlans;
import org.junit.jupiter.api.Test;

/**
 * Problems of one document with the same text — the same once 第N项问题： is left out, or the same row
 * text in two rows of a ledger, not one below the other — are each imported, and the document is
 * warned of, naming the lines or rows of each (docs/decisions/0318), in the dry run and the stored
 * import alike.
 */
@QuarkusTest
class ImportIdenticalProblemTextsTest {

  static final String TEXT =
      """
      一、存在的问题
      第1项问题：理论学习不够深入。
      第2项问题：理论学习不够深入。
      第3项问题：落实制度不够严格。
      第4项问题：理论学习不够深入。
      """;

  @Test
  void aTextsProblemsOfTheSameTextAreNamedByLine() {
    String source = Api.source("同文问题文本");
    String warning =
        "3 problems of the document have the same text 「理论学习不够深入」 (line 2; line 3; line 5): each"
            + " is imported as a problem of its own, told apart only by its number. Check that"
            + " the document does not list one problem more than once.";
    JsonPath dry =
        JsonPath.from(
            Api.dryRunAnswer(
                    Api.patient(), source, TEXT.getBytes(StandardCharsets.UTF_8), RevisedPlans.TXT)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertEquals(4, dry.getList("problems").size(), dry.prettify());
    assertEquals(List.of(warning), sameText(dry), dry.prettify());

    String importId =
        RevisedPlans.importing(source, TEXT, RevisedPlans.TXT, false, false, false)
            .then()
            .statusCode(201)
            .extract()
            .path("importId");
    JsonPath stored =
        Api.asViewer()
            .get("/api/v1/sources/" + source + "/imports/" + importId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(warning), sameText(stored));
  }

  @Test
  void aLedgersRowsOfTheSameTextAreNamedByRow() {
    Ledgers.Table table =
        new Ledgers.Table(
            "台账",
            List.of(
                row("序号", "存在问题", "整改措施", "责任单位", "整改时限"),
                row(1, "会议记录不完整。", "补齐会议记录。", "办公室", "2024年6月30日"),
                row(2, "公车使用登记不全。", "完善公车登记。", "办公室", "2024年6月30日"),
                row(3, "会议记录不完整", "建立会议记录审核制度。", "办公室", "2024年6月30日")),
            List.of(),
            5);
    String answer =
        Api.dryRun(
            "同文问题台账",
            Ledgers.xlsx(List.of(table)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    JsonPath dry = JsonPath.from(answer);
    assertEquals(3, dry.getList("problems").size(), dry.prettify());
    assertEquals(
        List.of(
            "2 problems of the document have the same text 「会议记录不完整」 (sheet 「台账」 row 2; sheet"
                + " 「台账」 row 4): each is imported as a problem of its own, told apart only by its"
                + " number. Check that the document does not list one problem more than once."),
        sameText(dry),
        dry.prettify());
  }

  private static List<String> sameText(JsonPath answer) {
    return answer.getList("warnings", String.class).stream()
        .filter(w -> w.contains("have the same text"))
        .toList();
  }
}
