package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A duty line under a measure fills that measure's fields and is never a measure of its own:
 * 牵头：UNIT gives its unit, 牵头：NAME its person, 配合：UNIT a unit that helps, and 牵头单位及责任人：, 责任单位及联系人：,
 * 责任科室（责任人）： the units and the people in their brackets; read through {@code POST
 * /sources/{id}/import?dryRun=true} from a text file and a .docx (docs/decisions/0321).
 */
@QuarkusTest
class ImportDutyLinesOfLeadAndHelpTest {

  private static Map<String, Object> measure(
      String text, List<String> units, List<String> coUnits, String leader, String person) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("measure", text);
    m.put("responsibleUnits", units);
    m.put("coResponsibleUnits", coUnits);
    m.put("leaderInCharge", leader);
    m.put("responsiblePerson", person);
    m.put("timing", "DEADLINE");
    m.put("deadline", "2025-06-30");
    m.put("progress", null);
    m.put("statusHint", null);
    return m;
  }

  private static Map<String, Object> item(int n, int first, Map<String, Object> measure) {
    String title = "第" + n + "项问题未整改";
    return problem(title, title + "。", List.of(), lines(first, first + 5, null), List.of(measure));
  }

  @Test
  void aDutyLineFillsTheMeasureBeforeIt() throws IOException {
    String plan =
        """
        县民政局整改方案

        一、存在的问题及整改措施
        1.第1项问题未整改。
        整改措施：落实第1项要求。
        责任领导：副局长王长春
        牵头：执法支队
        配合：法规科
        整改时限：2025年6月30日
        2.第2项问题未整改。
        整改措施：落实第2项要求。
        责任领导：副局长王长春
        责任单位：计财科
        牵头：赵敏
        整改时限：2025年6月30日
        3.第3项问题未整改。
        整改措施：落实第3项要求。
        责任领导：副局长王长春
        牵头单位及责任人：救助科（赵敏）
        配合：法规科
        整改时限：2025年6月30日
        4.第4项问题未整改。
        整改措施：落实第4项要求。
        责任领导：副局长王长春
        责任单位及联系人：救助科（韩雪）
        配合：法规科
        整改时限：2025年6月30日
        5.第5项问题未整改。
        整改措施：落实第5项要求。
        责任领导：副局长王长春
        责任科室（责任人）：救助科（孔亮）
        配合：法规科
        整改时限：2025年6月30日
        """;
    List<Map<String, Object>> expected =
        List.of(
            item(1, 4, measure("落实第1项要求。", List.of("执法支队"), List.of("法规科"), "王长春", null)),
            item(2, 10, measure("落实第2项要求。", List.of("计财科"), List.of(), "王长春", "赵敏")),
            item(3, 16, measure("落实第3项要求。", List.of("救助科"), List.of("法规科"), "王长春", "赵敏")),
            item(4, 22, measure("落实第4项要求。", List.of("救助科"), List.of("法规科"), "王长春", "韩雪")),
            item(5, 28, measure("落实第5项要求。", List.of("救助科"), List.of("法规科"), "王长春", "孔亮")));
    for (String format : List.of("text", "docx")) {
      JsonPath answer = ImportAnswers.dryRunPlan(format, plan);
      assertEquals(expected, problems(answer), format);
      assertEquals(
          List.of(
              "责任领导 written with a post are stored by name only, so that the reports count each"
                  + " leader once: 「副局长王长春」 → 「王长春」."),
          answer.getList("warnings"),
          format);
    }
  }
}
