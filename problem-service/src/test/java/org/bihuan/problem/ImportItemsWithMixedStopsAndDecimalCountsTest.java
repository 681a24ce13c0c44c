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
 * An item numbered 2、 whose text begins with a digit in a list numbered 1. 2. (2、4个年级…), and a
 * decimal item whose text begins with a count word (2.3个别… under 2.1, 2.2), are the list's items,
 * read through {@code POST /sources/{id}/import?dryRun=true} from a text file and a .docx; a line
 * that starts so and fits no list is never joined to the item before without a warning
 * (docs/decisions/0321).
 */
@QuarkusTest
class ImportItemsWithMixedStopsAndDecimalCountsTest {

  private static Map<String, Object> item(String title, List<String> categories, int line) {
    return problem(title, title + "。", categories, lines(line, line, null), List.of());
  }

  private static List<String> warningsWith(JsonPath answer, String words) {
    return answer.<String>getList("warnings").stream().filter(w -> w.contains(words)).toList();
  }

  @Test
  void anItemClosedByAnEnumerationCommaBeginningWithADigitInADottedList() throws IOException {
    String report =
        """
        市第一中学关于教育收费问题的自查报告

        一、教育收费问题
        （一）代收费方面
        1.校服费代收未经家长委员会同意。
        2、4个年级收取资料费未公示。
        （二）服务性收费方面
        1.课后服务收费标准未报备。
        2.午托费收取不规范。
        二、整改措施
        （一）建立收费公示制度。
        """;
    List<String> first = List.of("教育收费问题", "代收费方面");
    List<String> second = List.of("教育收费问题", "服务性收费方面");
    List<Map<String, Object>> expected =
        List.of(
            item("校服费代收未经家长委员会同意", first, 5),
            item("4个年级收取资料费未公示", first, 6),
            item("课后服务收费标准未报备", second, 8),
            item("午托费收取不规范", second, 9));
    for (String format : List.of("text", "docx")) {
      JsonPath answer = ImportAnswers.dryRunPlan(format, report);
      assertEquals(expected, problems(answer), format);
      assertEquals(
          List.of(
              "Line 6 「2、4个年级收取资料费未公示。」 was read as item 2 of the list around it, its text"
                  + " beginning with the digit after 2、."),
          warningsWith(answer, "of the list around it"),
          format);
    }
  }

  @Test
  void aPlansItemClosedByAnEnumerationCommaBetweenDottedItems() throws IOException {
    String plan =
        """
        县某局整改方案

        一、存在的问题
        1.部分学校代收费项目未经公示。
        整改措施：公示收费标准。
        责任单位：财务科
        整改时限：2025年3月31日
        2、3个二级单位未退还结余伙食费。
        整改措施：限期清退。
        责任单位：财务科
        整改时限：2025年4月30日
        3.部分民办学校擅自提高收费标准。
        整改措施：约谈学校负责人。
        责任单位：民办科
        整改时限：2025年5月31日
        """;
    List<Map<String, Object>> expected =
        List.of(
            planItem("部分学校代收费项目未经公示", 4, "公示收费标准。", "财务科", "2025-03-31"),
            planItem("3个二级单位未退还结余伙食费", 8, "限期清退。", "财务科", "2025-04-30"),
            planItem("部分民办学校擅自提高收费标准", 12, "约谈学校负责人。", "民办科", "2025-05-31"));
    JsonPath answer = ImportAnswers.dryRunPlan("text", plan);
    assertEquals(expected, problems(answer));
    assertEquals(
        List.of(
            "Line 8 「2、3个二级单位未退还结余伙食费。」 was read as item 2 of the list around it, its text"
                + " beginning with the digit after 2、."),
        warningsWith(answer, "of the list around it"));
    assertEquals(List.of(), warningsWith(answer, "numbering jumps"));
    assertEquals(List.of(), warningsWith(answer, "no number that was read"));
  }

  private static Map<String, Object> planItem(
      String title, int line, String measure, String unit, String deadline) {
    return problem(
        title,
        title + "。",
        List.of(),
        lines(line, line + 3, null),
        List.of(measure(measure, List.of(unit), null, null, "DEADLINE", deadline)));
  }

  @Test
  void aDecimalItemWhoseTextBeginsWithACountWord() throws IOException {
    String plan =
        """
        县发改局巡察反馈问题整改方案

        一、存在的问题及整改措施
        1.业务工作方面
        1.1项目审批效率不高。
        整改措施：压缩审批时限。
        责任单位：审批科
        整改时限：2025年5月31日
        1.2价格监测数据报送不及时。
        整改措施：建立数据报送督办机制。
        责任单位：价格科
        整改时限：2025年4月30日
        1.3个别重点项目推进缓慢。
        整改措施：实行重点项目周调度。
        责任单位：重点办
        整改时限：2025年8月31日
        """;
    List<String> group = List.of("业务工作方面");
    List<Map<String, Object>> expected =
        List.of(
            decimalItem("项目审批效率不高", group, 5, "压缩审批时限。", "审批科", "2025-05-31"),
            decimalItem("价格监测数据报送不及时", group, 9, "建立数据报送督办机制。", "价格科", "2025-04-30"),
            decimalItem("个别重点项目推进缓慢", group, 13, "实行重点项目周调度。", "重点办", "2025-08-31"));
    for (String format : List.of("text", "docx")) {
      JsonPath answer = ImportAnswers.dryRunPlan(format, plan);
      assertEquals(expected, problems(answer), format);
      assertEquals(
          List.of(
              "Line 13 「1.3个别重点项目推进缓慢。」 was read as item 1.3 of the list around it, its text"
                  + " beginning with 个 right after the number."),
          warningsWith(answer, "of the list around it"),
          format);
      assertEquals(List.of(), warningsWith(answer, "no number that was read"), format);
    }
  }

  private static Map<String, Object> decimalItem(
      String title, List<String> group, int line, String measure, String unit, String deadline) {
    return problem(
        title,
        title + "。",
        group,
        lines(line, line + 3, null),
        List.of(measure(measure, List.of(unit), null, null, "DEADLINE", deadline)));
  }

  @Test
  void aLineWithAnEnumerationCommaBeforeADigitThatFitsNoListIsNamed() throws IOException {
    String list =
        """
        自查问题清单

        一、教育收费问题
        （一）代收费方面
        1.校服费代收未经家长委员会同意。
        5、4个年级收取资料费未公示。
        """;
    for (String format : List.of("text", "docx")) {
      JsonPath answer = ImportAnswers.dryRunPlan(format, list);
      assertEquals(
          List.of(
              problem(
                  "校服费代收未经家长委员会同意",
                  "校服费代收未经家长委员会同意。\n5、4个年级收取资料费未公示。",
                  List.of("教育收费问题", "代收费方面"),
                  lines(5, 6, null),
                  List.of())),
          problems(answer),
          format);
      assertEquals(
          List.of(
              "Line 6 「5、4个年级收取资料费未公示。」 starts with a number, 、 and a digit, but the list"
                  + " around it is not numbered so far; it was read as text of what comes before it,"
                  + " not as a numbered item: check the numbering."),
          warningsWith(answer, "starts with a number, 、 and a digit"),
          format);
    }
  }
}
