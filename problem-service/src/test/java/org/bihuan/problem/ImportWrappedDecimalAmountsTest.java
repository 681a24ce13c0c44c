package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A plan typed with hard line breaks whose problem text wraps right before a decimal amount
 * (…截至2023年底仍有 / 1.8亿元未拨付…): the amount is no item 1., 2. or 3. of the list around it, whatever
 * number it begins with; the line goes on with the problem, every character kept. Read through
 * {@code POST /sources/{id}/import?dryRun=true} from a text file and from the paragraphs of a .docx
 * (docs/decisions/0361).
 */
@QuarkusTest
class ImportWrappedDecimalAmountsTest {

  static final String PLAN =
      """
      县水利局关于审计反馈问题的整改方案
      一、问题清单及整改措施
      （一）资金管理方面
      1.水利建设资金拨付滞后，截至2023年底仍有
      1.8亿元未拨付到项目单位。
      整改措施：建立资金拨付月调度制度。
      责任领导：刘明；责任单位：计划财务科；责任人：陈红；整改时限：2024年9月30日
      2.项目绩效评价流于形式，抽查发现
      2.4万元绩效资金未开展评价。
      整改措施：全面开展项目绩效自评。
      责任领导：刘明；责任单位：计划财务科；责任人：陈红；整改时限：2024年10月31日
      3.往来款项长期挂账，其中
      3.7万元超过三年未清理。
      整改措施：开展往来款项专项清理。
      责任领导：孙伟；责任单位：审计科；责任人：周亮；整改时限：2024年12月31日
      （二）资产管理方面
      1.固定资产账实不符，盘亏资产
      12.6万元未按规定报批核销。
      整改措施：开展固定资产全面清查。
      责任领导：孙伟；责任单位：办公室；责任人：赵敏；整改时限：2025年3月31日
      """;

  private static Map<String, Object> wrapped(
      String text, String group, int first, Map<String, Object> measure) {
    return problem(
        text.substring(0, text.length() - 1),
        text,
        List.of(group),
        lines(first, first + 3, null),
        List.of(measure));
  }

  @Test
  void aLineBeginningWithADecimalAmountGoesOnWithTheProblemAboveIt() throws IOException {
    List<Map<String, Object>> expected =
        List.of(
            wrapped(
                "水利建设资金拨付滞后，截至2023年底仍有1.8亿元未拨付到项目单位。",
                "资金管理方面",
                4,
                measure("建立资金拨付月调度制度。", List.of("计划财务科"), "刘明", "陈红", "DEADLINE", "2024-09-30")),
            wrapped(
                "项目绩效评价流于形式，抽查发现2.4万元绩效资金未开展评价。",
                "资金管理方面",
                8,
                measure("全面开展项目绩效自评。", List.of("计划财务科"), "刘明", "陈红", "DEADLINE", "2024-10-31")),
            wrapped(
                "往来款项长期挂账，其中3.7万元超过三年未清理。",
                "资金管理方面",
                12,
                measure("开展往来款项专项清理。", List.of("审计科"), "孙伟", "周亮", "DEADLINE", "2024-12-31")),
            wrapped(
                "固定资产账实不符，盘亏资产12.6万元未按规定报批核销。",
                "资产管理方面",
                17,
                measure("开展固定资产全面清查。", List.of("办公室"), "孙伟", "赵敏", "DEADLINE", "2025-03-31")));
    for (String format : List.of("text", "docx")) {
      JsonPath answer = ImportAnswers.dryRunPlan(format, PLAN);
      assertEquals(expected, problems(answer), format + ": " + answer.prettify());
      assertEquals(
          List.of(),
          answer.<String>getList("warnings").stream()
              .filter(w -> w.contains("of the list around it") || w.contains("numbering jumps"))
              .toList(),
          format);
    }
  }
}
