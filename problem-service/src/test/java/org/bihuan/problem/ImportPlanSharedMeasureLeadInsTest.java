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
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * A measure shared by the problems above it, written with its points one a line under an empty
 * 以上问题整改措施： inside a group 一、…方面 of a plan without a section heading, and introduced by a lead-in
 * (以上问题整改措施如下：, 针对上述问题，采取以下整改措施：, 针对以上问题，主要采取以下措施：, 上述问题的整改措施如下：), read from a text and a .docx
 * written by POI through {@code POST /sources/{id}/import?dryRun=true}, every field of every
 * problem and measure and every warning compared (docs/decisions/0292).
 */
@QuarkusTest
class ImportPlanSharedMeasureLeadInsTest {

  private static final String TEXT = "text/plain; charset=UTF-8";

  /** Groups 一、…方面 and no section: the empty 以上问题整改措施： is no section heading of its own. */
  private static final List<String> UNDER_GROUPS =
      List.of(
          "××局关于巡察反馈问题的整改方案",
          "一、理论学习方面",
          "1.理论学习不深入，学习流于形式。",
          "2.学习记录不完整。",
          "以上问题整改措施：",
          "1.建立学习台账；",
          "2.每月开展集中学习。",
          "责任单位：党委办公室",
          "责任人：张三",
          "整改时限：2025年6月30日",
          "二、财务管理方面",
          "1.预算执行缓慢。",
          "整改措施：加快预算执行进度。",
          "责任单位：财务科",
          "整改时限：2025年9月30日");

  private static final List<Map<String, Object>> UNDER_GROUPS_READ;

  static {
    List<Map<String, Object>> study =
        List.of(
            measure("建立学习台账", List.of("党委办公室"), null, "张三", "DEADLINE", "2025-06-30"),
            measure("每月开展集中学习。", List.of("党委办公室"), null, "张三", "DEADLINE", "2025-06-30"));
    UNDER_GROUPS_READ =
        List.of(
            problem(
                "理论学习不深入，学习流于形式", "理论学习不深入，学习流于形式。", List.of("理论学习方面"), lines(3, 3, null), study),
            problem("学习记录不完整", "学习记录不完整。", List.of("理论学习方面"), lines(4, 4, null), study),
            problem(
                "预算执行缓慢",
                "预算执行缓慢。",
                List.of("财务管理方面"),
                lines(12, 15, null),
                List.of(
                    measure("加快预算执行进度。", List.of("财务科"), null, null, "DEADLINE", "2025-09-30"))));
  }

  private static final List<String> UNDER_GROUPS_WARNINGS =
      List.of(
          "Line 5 「以上问题整改措施：」: 以上2个问题（1、2）共用整改措施; its 2 measure(s), with their 责任单位, 责任人 and"
              + " 整改时限, were given to each of them.");

  @Test
  void anEmptySharedMeasureLabelUnderAGroupWithoutASectionKeepsTheProblemsAboveInAText() {
    JsonPath answer =
        TableImportTest.dryRun(
            String.join("\n", UNDER_GROUPS).getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(UNDER_GROUPS_READ, problems(answer), answer.prettify());
    assertEquals(UNDER_GROUPS_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void anEmptySharedMeasureLabelUnderAGroupWithoutASectionKeepsTheProblemsAboveInWord() {
    JsonPath answer =
        TableImportTest.dryRun(Ledgers.docx(List.<Object>copyOf(UNDER_GROUPS)), DocumentText.DOCX);
    assertEquals(UNDER_GROUPS_READ, problems(answer), answer.prettify());
    assertEquals(UNDER_GROUPS_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  /**
   * Four lead-ins to a shared measure: one line of text, points a line, points on the line; the
   * group （三） after the points （1）（2） is no third point.
   */
  private static final List<String> LEAD_INS =
      List.of(
          "××局关于巡察反馈问题的整改方案",
          "一、存在问题及整改措施",
          "（一）作风建设方面",
          "1.督查检查过多过频。",
          "2.会议文件偏多。",
          "以上问题整改措施如下：精简会议文件，统筹督查检查计划。",
          "责任单位：督查室",
          "整改时限：长期坚持",
          "（二）财务管理方面",
          "1.预算执行缓慢。",
          "2.报销审核不严。",
          "针对上述问题，采取以下整改措施：",
          "（1）加快预算执行进度；",
          "（2）规范报销审核。",
          "责任单位：财务科",
          "责任人：李四",
          "整改时限：2025年9月30日",
          "（三）干部管理方面",
          "1.干部培训不足。",
          "整改措施：制定年度培训计划。",
          "责任单位：组织部",
          "整改时限：2025年12月31日",
          "2.年轻干部储备不足。",
          "3.干部轮岗交流不够。",
          "针对以上问题，主要采取以下措施：",
          "1.建立年轻干部库；",
          "2.开展轮岗交流。",
          "责任单位：组织部",
          "责任人：王五",
          "整改时限：2025年10月31日",
          "（四）会风文风方面",
          "1.会议时间过长。",
          "2.文件篇幅过长。",
          "上述问题的整改措施如下：1.严控会议时长；2.精简文件篇幅。",
          "责任单位：办公室",
          "整改时限：2025年5月31日");

  private static final List<Map<String, Object>> LEAD_INS_READ;

  static {
    List<Map<String, Object>> finance =
        List.of(
            measure("加快预算执行进度", List.of("财务科"), null, "李四", "DEADLINE", "2025-09-30"),
            measure("规范报销审核。", List.of("财务科"), null, "李四", "DEADLINE", "2025-09-30"));
    List<Map<String, Object>> style =
        List.of(measure("精简会议文件，统筹督查检查计划。", List.of("督查室"), null, null, "LONG_TERM", null));
    List<Map<String, Object>> cadres =
        List.of(
            measure("建立年轻干部库", List.of("组织部"), null, "王五", "DEADLINE", "2025-10-31"),
            measure("开展轮岗交流。", List.of("组织部"), null, "王五", "DEADLINE", "2025-10-31"));
    List<Map<String, Object>> meetings =
        List.of(
            measure("严控会议时长", List.of("办公室"), null, null, "DEADLINE", "2025-05-31"),
            measure("精简文件篇幅。", List.of("办公室"), null, null, "DEADLINE", "2025-05-31"));
    LEAD_INS_READ =
        List.of(
            problem("督查检查过多过频", "督查检查过多过频。", List.of("作风建设方面"), lines(4, 4, null), style),
            problem("会议文件偏多", "会议文件偏多。", List.of("作风建设方面"), lines(5, 5, null), style),
            problem("预算执行缓慢", "预算执行缓慢。", List.of("财务管理方面"), lines(10, 10, null), finance),
            problem("报销审核不严", "报销审核不严。", List.of("财务管理方面"), lines(11, 11, null), finance),
            problem(
                "干部培训不足",
                "干部培训不足。",
                List.of("干部管理方面"),
                lines(19, 22, null),
                List.of(
                    measure("制定年度培训计划。", List.of("组织部"), null, null, "DEADLINE", "2025-12-31"))),
            problem("年轻干部储备不足", "年轻干部储备不足。", List.of("干部管理方面"), lines(23, 23, null), cadres),
            problem("干部轮岗交流不够", "干部轮岗交流不够。", List.of("干部管理方面"), lines(24, 24, null), cadres),
            problem("会议时间过长", "会议时间过长。", List.of("会风文风方面"), lines(32, 32, null), meetings),
            problem("文件篇幅过长", "文件篇幅过长。", List.of("会风文风方面"), lines(33, 33, null), meetings));
  }

  private static final String GIVEN = " 整改时限, were given to ";

  private static final List<String> LEAD_INS_WARNINGS =
      List.of(
          "Line 6 「以上问题整改措施如下：精简会议文件，统筹督查检查计划。」: 以上2个问题（1、2）共用整改措施; its 1 measure(s), with"
              + " their 责任单位, 责任人 and"
              + GIVEN
              + "each of them.",
          "Line 12 「针对上述问题，采取以下整改措施：」: 以上2个问题（1、2）共用整改措施; its 2 measure(s), with their 责任单位, 责任人"
              + " and"
              + GIVEN
              + "each of them.",
          "Line 25 「针对以上问题，主要采取以下措施：」: 以上3个问题（1、2、3）共用整改措施; its 2 measure(s), with their 责任单位,"
              + " 责任人 and"
              + GIVEN
              + "问题2、3 (问题1 keeps its own).",
          "Line 34 「上述问题的整改措施如下：1.严控会议时长；2.精简文件篇幅。」: 以上2个问题（1、2）共用整改措施; its 2 measure(s),"
              + " with their 责任单位, 责任人 and"
              + GIVEN
              + "each of them.");

  @Test
  void leadInsToASharedMeasureOpenItInAText() {
    JsonPath answer =
        TableImportTest.dryRun(String.join("\n", LEAD_INS).getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(LEAD_INS_READ, problems(answer), answer.prettify());
    assertEquals(LEAD_INS_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void leadInsToASharedMeasureOpenItInWord() {
    JsonPath answer =
        TableImportTest.dryRun(Ledgers.docx(List.<Object>copyOf(LEAD_INS)), DocumentText.DOCX);
    assertEquals(LEAD_INS_READ, problems(answer), answer.prettify());
    assertEquals(LEAD_INS_WARNINGS, answer.getList("warnings"), answer.prettify());
  }
}
