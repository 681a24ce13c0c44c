package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.PlainLedger.deadlineProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.PlainLedger;
import org.junit.jupiter.api.Test;

/**
 * The same problem title on two sheets named after categories (党建方面, 作风方面): two problems, one in
 * each category, not one with the other's measures added (docs/decisions/0273). A workbook written
 * by POI, through {@code POST /sources/{id}/import?dryRun=true}, every field of every problem.
 */
@QuarkusTest
class ImportCategorySheetsTest {

  @Test
  void theSameTitleOnTwoCategorySheetsIsTwoProblems() {
    byte[] xlsx =
        Ledgers.xlsx(
            List.of(
                new Ledgers.Table(
                    "党建方面",
                    List.of(
                        PlainLedger.HEADER,
                        List.of("1", "制度执行不到位。", "落实三会一课制度。", "党办", "2024年9月30日"),
                        List.of("2", "理论学习不深入。", "制定学习计划。", "党办", "2024年10月31日")),
                    List.of(),
                    5),
                new Ledgers.Table(
                    "作风方面",
                    List.of(
                        PlainLedger.HEADER,
                        List.of("1", "制度执行不到位。", "落实公务接待制度。", "办公室", "2024年11月30日")),
                    List.of(),
                    5)));
    JsonPath answer = dryRunPath("分类工作表导入", xlsx, DocumentText.XLSX);
    assertEquals(
        List.of(
            deadlineProblem(
                "制度执行不到位",
                List.of("党建方面"),
                Map.of("sheet", "党建方面", "rows", List.of(2, 2)),
                "落实三会一课制度。",
                List.of("党办"),
                "2024-09-30"),
            deadlineProblem(
                "理论学习不深入",
                List.of("党建方面"),
                Map.of("sheet", "党建方面", "rows", List.of(3, 3)),
                "制定学习计划。",
                List.of("党办"),
                "2024-10-31"),
            deadlineProblem(
                "制度执行不到位",
                List.of("作风方面"),
                Map.of("sheet", "作风方面", "rows", List.of(2, 2)),
                "落实公务接待制度。",
                List.of("办公室"),
                "2024-11-30")),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertTrue(
        warnings.stream().noneMatch(w -> w.contains("is the same problem")), warnings.toString());
  }
}
