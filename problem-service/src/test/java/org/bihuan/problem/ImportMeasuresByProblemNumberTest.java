package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.ImportAnswers.sheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.MeasuresByProblemNumber;
import org.junit.jupiter.api.Test;

/**
 * 整改清单 whose measures stand in a table of their own (问题序号 | 整改措施 | 责任单位 | 完成时限) and name their
 * problem by its 序号, read through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0365): in a Word file and on one worksheet under the problems, each measure is
 * added to the problem whose 序号 it names, with its unit and time limit, and no measure becomes a
 * problem.
 */
@QuarkusTest
class ImportMeasuresByProblemNumberTest {

  private static final String DEC = "2024-12-31";
  private static final String JUN = "2024-06-30";

  static List<Map<String, Object>> expected(List<Map<String, Object>> origins) {
    return List.of(
        problem(
            "理论学习不深入",
            "理论学习不深入。",
            List.of(),
            origins.get(0),
            List.of(
                measure("制定学习计划", List.of("机关党委"), null, null, "DEADLINE", DEC),
                measure("开展专题研讨", List.of("办公室"), null, null, "DEADLINE", JUN))),
        problem(
            "采购未执行比价程序",
            "采购未执行比价程序。",
            List.of(),
            origins.get(1),
            List.of(measure("建立比价制度", List.of("财务科"), null, null, "DEADLINE", DEC))),
        problem(
            "档案移交不及时",
            "档案移交不及时。",
            List.of(),
            origins.get(2),
            List.of(measure("完成档案移交", List.of("档案室"), null, null, "DEADLINE", JUN))));
  }

  private static List<String> notImported(JsonPath answer) {
    return answer.getList("warnings", String.class).stream()
        .filter(w -> w.contains("not imported") || w.contains("ignored"))
        .toList();
  }

  @Test
  void aWordMeasuresTableAddsEachMeasureToTheProblemItNames() {
    JsonPath answer = dryRunTableFile("docx", MeasuresByProblemNumber.word());
    assertEquals(
        expected(List.of(rows(1, 2, 2), rows(1, 3, 3), rows(1, 4, 4))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), notImported(answer), answer.prettify());
  }

  @Test
  void measuresUnderTheProblemsOnOneSheetAreTheirMeasures() {
    JsonPath answer = dryRunTableFile("xlsx", MeasuresByProblemNumber.oneSheet());
    assertEquals(
        expected(
            List.of(sheetRows("整改清单", 3, 3), sheetRows("整改清单", 4, 4), sheetRows("整改清单", 5, 5))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), notImported(answer), answer.prettify());
  }

  @Test
  void measuresNameProblemsOfTheSheetTheyReferToNeverOfAnUnrelatedOne() {
    JsonPath answer = dryRunTableFile("xlsx", MeasuresByProblemNumber.besideAnUnrelatedSheet());
    List<Map<String, Object>> expected = new ArrayList<>();
    String[][] earlier = {
      {"会议记录不完整", "规范会议记录", "办公室"},
      {"公车管理不严格", "建立公车台账", "办公室"},
      {"合同管理不规范", "修订合同制度", "财务科"}
    };
    for (int i = 0; i < earlier.length; i++) {
      expected.add(
          problem(
              earlier[i][0],
              earlier[i][0] + "。",
              List.of("上轮问题"),
              sheetRows("上轮问题", i + 2, i + 2),
              List.of(
                  measure(earlier[i][1], List.of(earlier[i][2]), null, null, "DEADLINE", DEC))));
    }
    for (Map<String, Object> p :
        expected(
            List.of(sheetRows("问题清单", 2, 2), sheetRows("问题清单", 3, 3), sheetRows("问题清单", 4, 4)))) {
      Map<String, Object> inSheet = new LinkedHashMap<>(p);
      inSheet.put("categoryPath", List.of("问题清单"));
      expected.add(inSheet);
    }
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(List.of(), notImported(answer), answer.prettify());
    assertTrue(
        answer
            .getList("warnings", String.class)
            .contains(
                "Sheet 「措施清单」: its 问题序号 were matched to the 序号 of sheet 「问题清单」 only (it lists"
                    + " problems without 整改措施 of their own), never to another sheet's."),
        answer.prettify());
  }
}
