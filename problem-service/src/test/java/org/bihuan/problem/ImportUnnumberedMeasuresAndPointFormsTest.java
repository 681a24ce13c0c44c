package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * Measure lines without numbers after an empty 以上问题整改措施：, each with its own duties (a measure each)
 * or going on with one sentence (one measure), and points written 一是, 其一， and 第一， — as problems and
 * as measures, one a line or on one line, the first on the 整改措施 line — before the next group
 * heading, read from a text, a .docx written by POI and (the measure lines) a PDF written by PDFBox
 * through {@code POST /sources/{id}/import?dryRun=true}, every field of every problem and measure
 * and every warning compared (docs/decisions/0299).
 */
@QuarkusTest
class ImportUnnumberedMeasuresAndPointFormsTest {

  private static final String TEXT = "text/plain; charset=UTF-8";

  /**
   * Group 一: three measure lines, each its text then its duties; group 二: one measure going on in a
   * second line before its duties; group 三: one measure, its duties a line each.
   */
  static final List<String> MEASURE_LINES =
      List.of(
          "××学院关于巡察反馈问题的整改方案",
          "一、理论学习方面",
          "1.理论学习不深入。",
          "2.学习制度落实不到位。",
          "以上问题整改措施：",
          "建立理论学习台账，责任单位：党委办公室，责任人：张三，整改时限：2024年6月30日",
          "开展专题学习研讨，责任单位：宣传部，责任人：李四，整改时限：2024年9月30日",
          "落实学习考勤制度，责任单位：组织部，整改时限：长期坚持",
          "二、作风建设方面",
          "3.会风文风不实。",
          "以上问题整改措施：",
          "精简会议文件，严格控制会议数量，",
          "提高会议质量，责任单位：党委办公室，整改时限：2024年12月31日",
          "三、财务管理方面",
          "4.公务接待超标准。",
          "以上问题整改措施：",
          "严格执行接待审批制度。",
          "责任单位：财务科",
          "整改时限：2024年10月31日");

  private static List<Map<String, Object>> measureLines(Integer page) {
    return List.of(
        problem(
            "理论学习不深入",
            "理论学习不深入。",
            List.of("理论学习方面"),
            lines(3, 3, page),
            List.of(
                measure("建立理论学习台账", List.of("党委办公室"), null, "张三", "DEADLINE", "2024-06-30"),
                measure("开展专题学习研讨", List.of("宣传部"), null, "李四", "DEADLINE", "2024-09-30"),
                measure("落实学习考勤制度", List.of("组织部"), null, null, "LONG_TERM", null))),
        problem(
            "学习制度落实不到位",
            "学习制度落实不到位。",
            List.of("理论学习方面"),
            lines(4, 4, page),
            List.of(
                measure("建立理论学习台账", List.of("党委办公室"), null, "张三", "DEADLINE", "2024-06-30"),
                measure("开展专题学习研讨", List.of("宣传部"), null, "李四", "DEADLINE", "2024-09-30"),
                measure("落实学习考勤制度", List.of("组织部"), null, null, "LONG_TERM", null))),
        problem(
            "会风文风不实",
            "会风文风不实。",
            List.of("作风建设方面"),
            lines(10, 10, page),
            List.of(
                measure(
                    "精简会议文件，严格控制会议数量，提高会议质量",
                    List.of("党委办公室"),
                    null,
                    null,
                    "DEADLINE",
                    "2024-12-31"))),
        problem(
            "公务接待超标准",
            "公务接待超标准。",
            List.of("财务管理方面"),
            lines(15, 15, page),
            List.of(measure("严格执行接待审批制度。", List.of("财务科"), null, null, "DEADLINE", "2024-10-31"))));
  }

  private static final List<String> MEASURE_LINES_WARNINGS =
      List.of(
          "Line 5 「以上问题整改措施：」: 以上2个问题（1、2）共用整改措施; its 3 measure(s), with their 责任单位, 责任人 and 整改时限, were given to each of them.",
          "Line 11 「以上问题整改措施：」: 以上1个问题（3）共用整改措施; its 1 measure(s), with their 责任单位, 责任人 and 整改时限, were given to each of them.",
          "Line 16 「以上问题整改措施：」: 以上1个问题（4）共用整改措施; its 1 measure(s), with their 责任单位, 责任人 and 整改时限, were given to each of them.");

  @Test
  void measureLinesWithTheirOwnDutiesAreMeasuresOfTheirOwnInAText() {
    JsonPath answer =
        TableImportTest.dryRun(
            String.join("\n", MEASURE_LINES).getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(measureLines(null), problems(answer), answer.prettify());
    assertEquals(MEASURE_LINES_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void measureLinesWithTheirOwnDutiesAreMeasuresOfTheirOwnInWordParagraphs() {
    JsonPath answer =
        TableImportTest.dryRun(Ledgers.docx(List.<Object>copyOf(MEASURE_LINES)), DocumentText.DOCX);
    assertEquals(measureLines(null), problems(answer), answer.prettify());
    assertEquals(MEASURE_LINES_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  /**
   * Line 6, the page's longest, ends in a date at the page's right edge: line 7 is no rest of it.
   */
  @Test
  void measureLinesWithTheirOwnDutiesAreMeasuresOfTheirOwnInAPdf() {
    JsonPath answer =
        TableImportTest.dryRun(ChinesePdf.of(List.of(MEASURE_LINES)), DocumentText.PDF);
    assertEquals(measureLines(1), problems(answer), answer.prettify());
    assertEquals(MEASURE_LINES_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  /**
   * Shared measures numbered （1）, 一是 one a line, 一是 first on the label's line, 第一， and 其一，;
   * problems numbered 1., 其一， one a line and 第一，…第二， on one line; then 六、 and its problem 6.
   */
  static final List<String> POINTS =
      List.of(
          "××县交通运输局关于县委巡察反馈问题的整改方案",
          "一、政治理论学习方面",
          "1.理论学习不深入。",
          "2.学习记录不完整。",
          "以上问题整改措施：",
          "（1）建立学习台账；",
          "（2）每月开展集中学习。",
          "责任单位：党组办公室",
          "整改时限：2025年6月30日",
          "二、作风建设方面",
          "3.督查检查过多过频。",
          "4.会议文件偏多。",
          "以上问题整改措施：",
          "一是统筹督查检查计划；",
          "二是精简会议文件；",
          "三是严控文件篇幅。",
          "责任单位：办公室",
          "整改时限：2025年8月31日",
          "三、财务管理方面",
          "5.公务接待超标准。",
          "以上问题整改措施：一是严格公务接待审批；",
          "二是规范差旅报销审核。",
          "责任单位：财务科",
          "整改时限：2025年7月31日",
          "四、档案管理方面",
          "其一，档案管理不规范；",
          "其二，档案台账缺失。",
          "以上问题整改措施：",
          "第一，清理档案；",
          "第二，建立档案台账。",
          "责任单位：档案室",
          "整改时限：2025年10月31日",
          "五、车辆管理方面",
          "第一，公车使用不规范；第二，派车登记不全。",
          "以上问题整改措施：",
          "其一，建立公车台账；",
          "其二，规范派车登记。",
          "责任单位：办公室",
          "整改时限：2025年11月30日",
          "六、会议管理方面",
          "6.会议纪要不规范。",
          "整改措施：规范会议纪要。",
          "责任单位：办公室",
          "整改时限：2025年12月31日");

  private static List<Map<String, Object>> points(Integer page) {
    return List.of(
        problem(
            "理论学习不深入",
            "理论学习不深入。",
            List.of("政治理论学习方面"),
            lines(3, 3, page),
            List.of(
                measure("建立学习台账", List.of("党组办公室"), null, null, "DEADLINE", "2025-06-30"),
                measure("每月开展集中学习。", List.of("党组办公室"), null, null, "DEADLINE", "2025-06-30"))),
        problem(
            "学习记录不完整",
            "学习记录不完整。",
            List.of("政治理论学习方面"),
            lines(4, 4, page),
            List.of(
                measure("建立学习台账", List.of("党组办公室"), null, null, "DEADLINE", "2025-06-30"),
                measure("每月开展集中学习。", List.of("党组办公室"), null, null, "DEADLINE", "2025-06-30"))),
        problem(
            "督查检查过多过频",
            "督查检查过多过频。",
            List.of("作风建设方面"),
            lines(11, 11, page),
            List.of(
                measure("统筹督查检查计划", List.of("办公室"), null, null, "DEADLINE", "2025-08-31"),
                measure("精简会议文件", List.of("办公室"), null, null, "DEADLINE", "2025-08-31"),
                measure("严控文件篇幅。", List.of("办公室"), null, null, "DEADLINE", "2025-08-31"))),
        problem(
            "会议文件偏多",
            "会议文件偏多。",
            List.of("作风建设方面"),
            lines(12, 12, page),
            List.of(
                measure("统筹督查检查计划", List.of("办公室"), null, null, "DEADLINE", "2025-08-31"),
                measure("精简会议文件", List.of("办公室"), null, null, "DEADLINE", "2025-08-31"),
                measure("严控文件篇幅。", List.of("办公室"), null, null, "DEADLINE", "2025-08-31"))),
        problem(
            "公务接待超标准",
            "公务接待超标准。",
            List.of("财务管理方面"),
            lines(20, 20, page),
            List.of(
                measure("严格公务接待审批", List.of("财务科"), null, null, "DEADLINE", "2025-07-31"),
                measure("规范差旅报销审核。", List.of("财务科"), null, null, "DEADLINE", "2025-07-31"))),
        problem(
            "档案管理不规范",
            "档案管理不规范",
            List.of("档案管理方面"),
            lines(26, 26, page),
            List.of(
                measure("清理档案", List.of("档案室"), null, null, "DEADLINE", "2025-10-31"),
                measure("建立档案台账。", List.of("档案室"), null, null, "DEADLINE", "2025-10-31"))),
        problem(
            "档案台账缺失",
            "档案台账缺失。",
            List.of("档案管理方面"),
            lines(27, 27, page),
            List.of(
                measure("清理档案", List.of("档案室"), null, null, "DEADLINE", "2025-10-31"),
                measure("建立档案台账。", List.of("档案室"), null, null, "DEADLINE", "2025-10-31"))),
        problem(
            "公车使用不规范",
            "公车使用不规范",
            List.of("车辆管理方面"),
            lines(34, 34, page),
            List.of(
                measure("建立公车台账", List.of("办公室"), null, null, "DEADLINE", "2025-11-30"),
                measure("规范派车登记。", List.of("办公室"), null, null, "DEADLINE", "2025-11-30"))),
        problem(
            "派车登记不全",
            "派车登记不全。",
            List.of("车辆管理方面"),
            lines(34, 34, page),
            List.of(
                measure("建立公车台账", List.of("办公室"), null, null, "DEADLINE", "2025-11-30"),
                measure("规范派车登记。", List.of("办公室"), null, null, "DEADLINE", "2025-11-30"))),
        problem(
            "会议纪要不规范",
            "会议纪要不规范。",
            List.of("会议管理方面"),
            lines(41, 44, page),
            List.of(measure("规范会议纪要。", List.of("办公室"), null, null, "DEADLINE", "2025-12-31"))));
  }

  private static final List<String> POINTS_WARNINGS =
      List.of(
          "Line 5 「以上问题整改措施：」: 以上2个问题（1、2）共用整改措施; its 2 measure(s), with their 责任单位, 责任人 and 整改时限, were given to each of them.",
          "Line 13 「以上问题整改措施：」: 以上2个问题（3、4）共用整改措施; its 3 measure(s), with their 责任单位, 责任人 and 整改时限, were given to each of them.",
          "Line 21 「以上问题整改措施：一是严格公务接待审批；」: 以上1个问题（5）共用整改措施; its 2 measure(s), with their 责任单位, 责任人 and 整改时限, were given to each of them.",
          "Line 28 「以上问题整改措施：」: 以上2个问题（1、2）共用整改措施; its 2 measure(s), with their 责任单位, 责任人 and 整改时限, were given to each of them.",
          "Line 35 「以上问题整改措施：」: 以上1个问题（1）共用整改措施; its 2 measure(s), with their 责任单位, 责任人 and 整改时限, were given to each of them.",
          "Line 34 lists 2 problems on one line (一是…二是…); each was imported as a problem of its own with the same 整改措施.");

  @Test
  void pointsOfEveryFormAreItemsWithoutAFalseJumpInAText() {
    JsonPath answer =
        TableImportTest.dryRun(String.join("\n", POINTS).getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(points(null), problems(answer), answer.prettify());
    assertEquals(POINTS_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void pointsOfEveryFormAreItemsWithoutAFalseJumpInWordParagraphs() {
    JsonPath answer =
        TableImportTest.dryRun(Ledgers.docx(List.<Object>copyOf(POINTS)), DocumentText.DOCX);
    assertEquals(points(null), problems(answer), answer.prettify());
    assertEquals(POINTS_WARNINGS, answer.getList("warnings"), answer.prettify());
  }
}
