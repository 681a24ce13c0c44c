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
 * Plans that give one 整改措施 for the problems above it (以上问题整改措施：…, 针对以上问题，整改措施：…, 上述问题的整改措施：…) and
 * plans whose duty lines number their items (责任单位：1.纪检监察室；2.院办公室, or one item a line under an empty
 * label), read from real files (text, a .docx written by POI, a PDF written by PDFBox) through
 * {@code POST /sources/{id}/import?dryRun=true}, every field of every problem and measure compared
 * (docs/decisions/0284).
 */
@QuarkusTest
class ImportPlanSharedAndNumberedDutiesTest {

  private static final String TEXT = "text/plain; charset=UTF-8";

  /** Three groups, each with a measure shared by its problems, spelled three ways. */
  private static final List<String> SHARED =
      List.of(
          "××局关于巡察反馈问题的整改方案",
          "一、存在问题及整改措施",
          "（一）理论学习方面",
          "1.理论学习不深入，学习流于形式。",
          "2.学习记录不完整。",
          "以上问题整改措施：1.建立学习台账；2.每月开展集中学习。",
          "责任单位：党委办公室",
          "责任人：张三",
          "整改时限：2025年6月30日",
          "（二）财务管理方面",
          "1.预算执行缓慢。",
          "整改措施：加快预算执行进度。",
          "责任单位：财务科",
          "整改时限：2025年9月30日",
          "2.报销审核不严。",
          "3.票据管理混乱。",
          "针对以上问题，整改措施：规范报销审核和票据管理。",
          "责任单位：财务科",
          "责任人：李四",
          "整改时限：2025年8月31日",
          "（三）作风建设方面",
          "1.督查检查过多过频。",
          "2.会议文件偏多。",
          "上述问题的整改措施：精简会议文件，统筹督查检查计划。",
          "责任单位：督查室",
          "整改时限：长期坚持");

  private static List<Map<String, Object>> shared(Integer page) {
    List<Map<String, Object>> study =
        List.of(
            measure("建立学习台账", List.of("党委办公室"), null, "张三", "DEADLINE", "2025-06-30"),
            measure("每月开展集中学习。", List.of("党委办公室"), null, "张三", "DEADLINE", "2025-06-30"));
    List<Map<String, Object>> finance =
        List.of(measure("规范报销审核和票据管理。", List.of("财务科"), null, "李四", "DEADLINE", "2025-08-31"));
    List<Map<String, Object>> style =
        List.of(measure("精简会议文件，统筹督查检查计划。", List.of("督查室"), null, null, "LONG_TERM", null));
    return List.of(
        problem("理论学习不深入，学习流于形式", "理论学习不深入，学习流于形式。", List.of("理论学习方面"), lines(4, 4, page), study),
        problem("学习记录不完整", "学习记录不完整。", List.of("理论学习方面"), lines(5, 5, page), study),
        problem(
            "预算执行缓慢",
            "预算执行缓慢。",
            List.of("财务管理方面"),
            lines(11, 14, page),
            List.of(measure("加快预算执行进度。", List.of("财务科"), null, null, "DEADLINE", "2025-09-30"))),
        problem("报销审核不严", "报销审核不严。", List.of("财务管理方面"), lines(15, 15, page), finance),
        problem("票据管理混乱", "票据管理混乱。", List.of("财务管理方面"), lines(16, 16, page), finance),
        problem("督查检查过多过频", "督查检查过多过频。", List.of("作风建设方面"), lines(22, 22, page), style),
        problem("会议文件偏多", "会议文件偏多。", List.of("作风建设方面"), lines(23, 23, page), style));
  }

  private static final List<String> SHARED_WARNINGS =
      List.of(
          "Line 6 「以上问题整改措施：1.建立学习台账；2.每月开展集中学习。」: 以上2个问题（1、2）共用整改措施; its 2 measure(s),"
              + " with their 责任单位, 责任人 and 整改时限, were given to each of them.",
          "Line 17 「针对以上问题，整改措施：规范报销审核和票据管理。」: 以上3个问题（1、2、3）共用整改措施; its 1 measure(s), with"
              + " their 责任单位, 责任人 and 整改时限, were given to 问题2、3 (问题1 keeps its own).",
          "Line 24 「上述问题的整改措施：精简会议文件，统筹督查检查计划。」: 以上2个问题（1、2）共用整改措施; its 1 measure(s), with"
              + " their 责任单位, 责任人 and 整改时限, were given to each of them.");

  @Test
  void aMeasureSharedByTheProblemsAboveGoesToEachOfThemThatHasNoneInAText() {
    JsonPath answer =
        TableImportTest.dryRun(String.join("\n", SHARED).getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(shared(null), problems(answer), answer.prettify());
    assertEquals(SHARED_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aMeasureSharedByTheProblemsAboveGoesToEachOfThemInWordParagraphs() {
    JsonPath answer =
        TableImportTest.dryRun(Ledgers.docx(List.<Object>copyOf(SHARED)), DocumentText.DOCX);
    assertEquals(shared(null), problems(answer), answer.prettify());
    assertEquals(SHARED_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aMeasureSharedByTheProblemsAboveGoesToEachOfThemInAPdf() {
    JsonPath answer = TableImportTest.dryRun(ChinesePdf.of(List.of(SHARED)), DocumentText.PDF);
    assertEquals(shared(1), problems(answer), answer.prettify());
    assertEquals(SHARED_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aSharedMeasureListedUnderAnEmptyLabelKeepsItsPointsAndTheDutiesGivenAfterIt() {
    String text =
        String.join(
            "\n",
            "××局整改方案",
            "一、存在问题及整改措施",
            "（一）党建工作方面",
            "1.“三会一课”制度落实不到位。",
            "2.党费收缴不及时。",
            "上述问题整改措施：",
            "1.制定党建工作年度计划；",
            "2.建立党建工作台账。",
            "责任单位：机关党委",
            "整改时限：2025年3月31日",
            "以上问题责任领导：王建国",
            "（二）财务管理方面",
            "1.预算执行缓慢。",
            "整改措施：加快预算执行进度。",
            "责任单位：财务科",
            "整改时限：2025年9月30日");
    JsonPath answer = TableImportTest.dryRun(text.getBytes(StandardCharsets.UTF_8), TEXT);
    List<Map<String, Object>> party =
        List.of(
            measure("制定党建工作年度计划", List.of("机关党委"), "王建国", null, "DEADLINE", "2025-03-31"),
            measure("建立党建工作台账。", List.of("机关党委"), "王建国", null, "DEADLINE", "2025-03-31"));
    List<Map<String, Object>> expected =
        List.of(
            problem("“三会一课”制度落实不到位", "“三会一课”制度落实不到位。", List.of("党建工作方面"), lines(4, 4, null), party),
            problem("党费收缴不及时", "党费收缴不及时。", List.of("党建工作方面"), lines(5, 5, null), party),
            problem(
                "预算执行缓慢",
                "预算执行缓慢。",
                List.of("财务管理方面"),
                lines(13, 16, null),
                List.of(
                    measure("加快预算执行进度。", List.of("财务科"), null, null, "DEADLINE", "2025-09-30"))));
    assertEquals(expected, problems(answer), answer.prettify());
    // no numbering jump is reported at the shared measure's points
    assertEquals(
        List.of(
            "Line 6 「上述问题整改措施：」: 以上2个问题（1、2）共用整改措施; its 2 measure(s), with their 责任单位, 责任人 and"
                + " 整改时限, were given to each of them.",
            "Line 11 「以上问题责任领导：王建国」 gives 责任领导 for the 2 problem(s) above it; they were given to 2 of"
                + " them where they name none."),
        answer.getList("warnings"),
        answer.prettify());
  }

  /**
   * Duty lines numbering their items on one line and one item a line, in every spelling; a duty
   * with one unnumbered value for all measures; and a list shorter than the measures.
   */
  private static final List<String> NUMBERED =
      List.of(
          "××学院关于巡察反馈问题的整改方案",
          "一、存在问题及整改措施",
          "1.问责工作不到位。",
          "整改措施：1.建立问责台账；2.开展专项检查。",
          "责任单位：1.纪检监察室；2.院办公室",
          "责任人：1.马超；2.黄忠",
          "整改时限：1.2024年6月30日；2.长期坚持",
          "2.制度建设滞后。",
          "整改措施：",
          "1.修订管理制度；",
          "2.开展制度培训。",
          "责任单位：",
          "1.院办公室；",
          "2.人事科",
          "责任人：",
          "1、赵云；",
          "2、关羽",
          "整改时限：",
          "（1）2024年9月30日；",
          "（2）2024年12月31日",
          "3.档案管理不规范。",
          "整改措施：（1）清理档案；（2）建立档案目录；（3）落实专人管理。",
          "责任单位：（1）档案室；（2）院办公室",
          "责任人：张飞",
          "整改时限：2024年10月31日",
          "4.财务报销不规范。",
          "整改措施：①严格报销审核；②开展财务培训。",
          "责任单位：①财务科；②人事科",
          "责任人：(1)孙权；(2)周瑜",
          "整改时限：1．2024年8月31日；2．2024年11月30日");

  private static List<Map<String, Object>> numbered(Integer page) {
    return List.of(
        problem(
            "问责工作不到位",
            "问责工作不到位。",
            List.of(),
            lines(3, 7, page),
            List.of(
                measure("建立问责台账", List.of("纪检监察室"), null, "马超", "DEADLINE", "2024-06-30"),
                measure("开展专项检查。", List.of("院办公室"), null, "黄忠", "LONG_TERM", null))),
        problem(
            "制度建设滞后",
            "制度建设滞后。",
            List.of(),
            // the items under an empty label are read as that label's line (0284)
            lines(8, 18, page),
            List.of(
                measure("修订管理制度", List.of("院办公室"), null, "赵云", "DEADLINE", "2024-09-30"),
                measure("开展制度培训。", List.of("人事科"), null, "关羽", "DEADLINE", "2024-12-31"))),
        problem(
            "档案管理不规范",
            "档案管理不规范。",
            List.of(),
            lines(21, 25, page),
            List.of(
                measure("清理档案", List.of("档案室"), null, "张飞", "DEADLINE", "2024-10-31"),
                measure("建立档案目录", List.of("院办公室"), null, "张飞", "DEADLINE", "2024-10-31"),
                measure("落实专人管理。", List.of(), null, "张飞", "DEADLINE", "2024-10-31"))),
        problem(
            "财务报销不规范",
            "财务报销不规范。",
            List.of(),
            lines(26, 30, page),
            List.of(
                measure("严格报销审核", List.of("财务科"), null, "孙权", "DEADLINE", "2024-08-31"),
                measure("开展财务培训。", List.of("人事科"), null, "周瑜", "DEADLINE", "2024-11-30"))));
  }

  private static final List<String> NUMBERED_WARNINGS =
      List.of(
          // 1.2024年6月30日；2.长期坚持 beside two measures: read by number, as any numbered duty (0305)
          "Line 23: 责任单位 numbers 2 items beside 3 measures; they were given by number (measure 3"
              + " 「落实专人管理。」 got none); check them, in the problem 「档案管理不规范」.",
          "Problem 「档案管理不规范」, measure 「落实专人管理。」: no 责任单位 is given.");

  @Test
  void numberedDutyItemsGoToTheMeasuresByNumberInAText() {
    JsonPath answer =
        TableImportTest.dryRun(String.join("\n", NUMBERED).getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(numbered(null), problems(answer), answer.prettify());
    assertEquals(NUMBERED_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void numberedDutyItemsGoToTheMeasuresByNumberInWordParagraphs() {
    JsonPath answer =
        TableImportTest.dryRun(Ledgers.docx(List.<Object>copyOf(NUMBERED)), DocumentText.DOCX);
    assertEquals(numbered(null), problems(answer), answer.prettify());
    assertEquals(NUMBERED_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void numberedDutyItemsGoToTheMeasuresByNumberInAPdf() {
    JsonPath answer = TableImportTest.dryRun(ChinesePdf.of(List.of(NUMBERED)), DocumentText.PDF);
    assertEquals(numbered(1), problems(answer), answer.prettify());
    assertEquals(NUMBERED_WARNINGS, answer.getList("warnings"), answer.prettify());
  }
}
