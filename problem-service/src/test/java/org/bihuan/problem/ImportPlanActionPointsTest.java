package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan's item stating a problem over points that act, each with its own duty line, where the
 * points open with a phrase of by what, by whom or on what before their doing word (按照…方式开展, 由…牵头,
 * 按标准补充, 对…约谈) or hold a shortfall word describing what they act on (纠正…过于宽松的做法, 活动偏少的支部,
 * 金额仅为…的项目), read through {@code POST /sources/{id}/import?dryRun=true} as text and as Word
 * paragraphs: the points are the item's measures, a lone point too. The control: findings opening
 * the same way (对下属单位监督检查不够, 按规定应当公示的事项未公示, 由于审核把关不严…, 落实…不到位的情况较多) stay problems
 * (docs/decisions/0414).
 */
@QuarkusTest
class ImportPlanActionPointsTest {

  private static final String PLAN =
      """
      区局巡察反馈问题整改方案
      一、作风建设方面
      1、调查研究不够深入
      ①按照“四不两直”方式每季度开展一次基层调研。
      责任单位：办公室；责任人：韩梅；完成时限：2025年12月31日
      ②由分管领导牵头形成调研报告并推动成果转化。
      责任单位：办公室；责任人：韩梅；完成时限：长期坚持
      2、督查检查多头重复
      ①全面梳理年度督查检查事项，合并同类事项。
      责任单位：督查室；责任人：吕军；完成时限：2025年9月30日
      二、内部控制方面
      1、政府采购内控制度存在漏洞
      （1）修订采购内部控制办法，将单次金额仅为3万元以下的项目也纳入审核。
      责任单位：财务科；责任人：钟玉；完成时限：2025年10月31日
      （2）纠正审批环节过于宽松的做法，实行双签。
      责任单位：财务科；责任人：钟玉；完成时限：2025年8月31日
      （3）对报销材料偏少的单位进行约谈提醒。
      责任单位：财务科；责任人：钟玉；完成时限：立行立改
      2、应急物资储备不足
      ⑴按标准补充应急物资储备。
      责任单位：应急保障科；责任人：何文；完成时限：2025年11月30日
      """;

  /** The control: findings that open with 对, 按, 由于 or a doing word, and judge at their end. */
  private static final String FINDINGS =
      """
      机关巡察整改方案
      一、监督管理方面
      1、监督责任落实存在薄弱环节。
      （1）对下属单位监督检查不够。
      责任单位：纪检室；责任人：陈刚；完成时限：2025年6月30日
      （2）按规定应当公示的事项未公示。
      责任单位：办公室；责任人：林平；完成时限：2025年7月31日
      （3）由于审核把关不严，导致多报冒领补贴。
      责任单位：财务科；责任人：王五；完成时限：2025年8月31日
      （4）落实主体责任不到位的情况较多。
      责任单位：纪检室；责任人：陈刚；完成时限：2025年9月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void pointsActingAfterAPhraseOfByWhatOrWithShortfallWordsInTheirObjectsAreMeasures(String format)
      throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "调查研究不够深入",
                "调查研究不够深入",
                List.of("作风建设方面"),
                lines(3, 7, null),
                List.of(
                    measure(
                        "按照“四不两直”方式每季度开展一次基层调研。",
                        List.of("办公室"),
                        null,
                        "韩梅",
                        "DEADLINE",
                        "2025-12-31"),
                    measure(
                        "由分管领导牵头形成调研报告并推动成果转化。", List.of("办公室"), null, "韩梅", "LONG_TERM", null))),
            problem(
                "督查检查多头重复",
                "督查检查多头重复",
                List.of("作风建设方面"),
                lines(8, 10, null),
                List.of(
                    measure(
                        "全面梳理年度督查检查事项，合并同类事项。",
                        List.of("督查室"),
                        null,
                        "吕军",
                        "DEADLINE",
                        "2025-09-30"))),
            problem(
                "政府采购内控制度存在漏洞",
                "政府采购内控制度存在漏洞",
                List.of("内部控制方面"),
                lines(12, 18, null),
                List.of(
                    measure(
                        "修订采购内部控制办法，将单次金额仅为3万元以下的项目也纳入审核。",
                        List.of("财务科"),
                        null,
                        "钟玉",
                        "DEADLINE",
                        "2025-10-31"),
                    measure(
                        "纠正审批环节过于宽松的做法，实行双签。",
                        List.of("财务科"),
                        null,
                        "钟玉",
                        "DEADLINE",
                        "2025-08-31"),
                    measure("对报销材料偏少的单位进行约谈提醒。", List.of("财务科"), null, "钟玉", "IMMEDIATE", null))),
            problem(
                "应急物资储备不足",
                "应急物资储备不足",
                List.of("内部控制方面"),
                lines(19, 21, null),
                List.of(
                    measure(
                        "按标准补充应急物资储备。", List.of("应急保障科"), null, "何文", "DEADLINE", "2025-11-30")))),
        problems(answer),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void findingsOpeningWithAPhraseOfByWhatOrJudgingAtTheirEndStayProblems(String format)
      throws IOException {
    JsonPath answer = dryRunPlan(format, FINDINGS);
    List<Map<String, Object>> read = problems(answer);
    assertEquals(
        List.of("对下属单位监督检查不够", "按规定应当公示的事项未公示", "由于审核把关不严，导致多报冒领补贴", "落实主体责任不到位的情况较多"),
        read.stream().map(p -> p.get("title")).toList(),
        answer.prettify());
    assertEquals(
        List.of(
            List.of("监督管理方面", "监督责任落实存在薄弱环节"),
            List.of("监督管理方面", "监督责任落实存在薄弱环节"),
            List.of("监督管理方面", "监督责任落实存在薄弱环节"),
            List.of("监督管理方面", "监督责任落实存在薄弱环节")),
        read.stream().map(p -> p.get("categoryPath")).toList(),
        answer.prettify());
  }

  /**
   * Points following a rule across a comma; findings whose 对/将 phrase is a noun the doing word
   * describes.
   */
  private static final String RULES_AND_NOUNS =
      """
      关于巡视反馈意见整改落实的方案
      一、党的建设方面
      1．党建主体责任落实不到位。
      （1）按照党委会议事规则，每季度专题研究党建工作。
      责任领导：李建国；责任单位：党委办公室；责任人：周敏；完成时限：2024年9月30日
      （2）由机关党委牵头修订基层党建责任清单。
      责任领导：李建国；责任单位：机关党委；责任人：何涛；完成时限：2024年12月31日
      二、监督检查方面
      1．监督检查流于形式。
      （1）对下属单位的检查以听取汇报为主。
      责任单位：审计科；完成时限：2024年9月30日
      （2）将检查发现的问题口头反馈了事。
      责任单位：审计科；完成时限：2024年9月30日
      （3）按照要求开展的专项整治走过场。
      责任单位：审计科；完成时限：2024年9月30日
      三、行政审批方面
      1．行政审批事项办理时限过长。
      （1）将审批时限压缩情况纳入年度绩效考核。
      责任单位：行政审批科；责任人：宋洋；完成时限：2024年8月31日
      """;

  @SuppressWarnings("unchecked")
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void pointsFollowingARuleAcrossACommaActAndFindingsAboutNounsStayProblems(String format)
      throws IOException {
    JsonPath answer = dryRunPlan(format, RULES_AND_NOUNS);
    List<List<Object>> read =
        problems(answer).stream()
            .map(
                p ->
                    List.<Object>of(
                        p.get("title"),
                        p.get("categoryPath"),
                        ((List<Map<String, Object>>) p.get("measures"))
                            .stream()
                                .map(
                                    m ->
                                        java.util.Arrays.asList(
                                            m.get("measure"),
                                            m.get("responsibleUnits"),
                                            m.get("responsiblePerson"),
                                            m.get("leaderInCharge"),
                                            m.get("deadline")))
                                .toList()))
            .toList();
    assertEquals(
        List.of(
            List.of(
                "党建主体责任落实不到位",
                List.of("党的建设方面"),
                List.of(
                    java.util.Arrays.asList(
                        "按照党委会议事规则，每季度专题研究党建工作。", List.of("党委办公室"), "周敏", "李建国", "2024-09-30"),
                    java.util.Arrays.asList(
                        "由机关党委牵头修订基层党建责任清单。", List.of("机关党委"), "何涛", "李建国", "2024-12-31"))),
            List.of(
                "对下属单位的检查以听取汇报为主",
                List.of("监督检查方面", "监督检查流于形式"),
                List.of(
                    java.util.Arrays.asList(
                        "对下属单位的检查以听取汇报为主", List.of("审计科"), null, null, "2024-09-30"))),
            List.of(
                "将检查发现的问题口头反馈了事",
                List.of("监督检查方面", "监督检查流于形式"),
                List.of(
                    java.util.Arrays.asList(
                        "将检查发现的问题口头反馈了事", List.of("审计科"), null, null, "2024-09-30"))),
            List.of(
                "按照要求开展的专项整治走过场",
                List.of("监督检查方面", "监督检查流于形式"),
                List.of(
                    java.util.Arrays.asList(
                        "按照要求开展的专项整治走过场", List.of("审计科"), null, null, "2024-09-30"))),
            List.of(
                "行政审批事项办理时限过长",
                List.of("行政审批方面"),
                List.of(
                    java.util.Arrays.asList(
                        "将审批时限压缩情况纳入年度绩效考核。", List.of("行政审批科"), "宋洋", null, "2024-08-31")))),
        read,
        answer.prettify());
  }
}
