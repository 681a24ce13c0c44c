package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.FormatFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan whose problems stand in a section named for the tasks (二、整改任务), grouped （一）…方面存在的问题, each
 * 1．… stating a problem, followed by points （1） that act — opening with 推行, 合并, 将…纳入 as well as 开展,
 * 建立 — each with a duty line of its own, in brackets or not, and no 整改措施： line: read through {@code
 * POST /sources/{id}/import?dryRun=true} as text and as Word paragraphs, the items are the
 * problems, in the group of their heading, the points their measures (docs/decisions/0412); refused
 * as having no outline before. The controls: a 整改措施 section after the problems still gives them its
 * measures; a 整改任务 section whose points state shortfalls is not taken for the plan's problems
 * (refused, 422 no-outline, as before).
 */
@QuarkusTest
class ImportPlanTaskSectionsHoldingProblemsTest {

  private static final String PLAN =
      """
      关于专项巡察反馈问题的整改方案
      为抓好专项巡察反馈问题整改，制定本方案。
      一、总体要求
      坚持问题导向，立行立改。
      二、整改任务
      （一）财务管理方面存在的问题
      1．公务用车管理不规范。部分车辆未按规定登记使用
      （1）推行公务用车使用登记和审批制度。
      （分管领导：钱伟；责任人：郑洁；责任单位：计划财务科；完成时限：2025年3月31日）
      （2）将公务用车管理纳入年度内部审计。
      分管领导：钱伟；责任人：郑洁；责任单位：计划财务科、审计科；完成时限：长期坚持
      （二）作风建设方面存在的问题
      1．会议过多过长。部分会议内容重复
      （1）合并内容相近的会议，推行视频会议。
      （分管领导：李明；责任人：赵磊；责任单位：办公室；完成时限：立行立改）
      三、保障措施
      （一）加强组织领导。成立整改工作领导小组。
      """;

  /** The control: a 整改任务 section whose points state shortfalls with their duty lines. */
  private static final String FINDINGS_UNDER_TASKS =
      """
      关于专项巡察反馈问题的整改方案
      一、总体要求
      坚持问题导向，立行立改。
      二、整改任务
      （一）财务管理方面
      1．财务管理存在漏洞。
      （1）公务接待审核把关宽松。
      分管领导：钱伟；责任人：郑洁；责任单位：计划财务科；完成时限：2025年3月31日
      （2）未严格执行公务卡结算制度。
      分管领导：钱伟；责任人：郑洁；责任单位：计划财务科；完成时限：2025年6月30日
      """;

  /** The control: a 整改措施 section after the problems, its measures acting with duty lines. */
  private static final String MEASURES_AFTER_PROBLEMS =
      """
      区城管局专项整治整改方案
      一、存在的问题
      1.占道经营整治反复。
      2.渣土车管理不严。
      二、整改措施
      （一）针对占道经营整治反复问题
      1.推行网格化巡查。
      责任领导：钱伟；责任单位：执法大队；整改时限：2025年6月30日
      （二）针对渣土车管理不严问题
      1.建立渣土车准运证制度。
      责任领导：钱伟；责任单位：执法大队；整改时限：2025年9月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aTaskSectionsItemsStatingProblemsAreTheProblemsTheirActingPointsTheMeasures(String format)
      throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "公务用车管理不规范",
                "公务用车管理不规范。部分车辆未按规定登记使用",
                List.of("财务管理方面存在的问题"),
                lines(7, 11, null),
                List.of(
                    measure(
                        "推行公务用车使用登记和审批制度。", List.of("计划财务科"), "钱伟", "郑洁", "DEADLINE", "2025-03-31"),
                    measure(
                        "将公务用车管理纳入年度内部审计。",
                        List.of("计划财务科", "审计科"),
                        "钱伟",
                        "郑洁",
                        "LONG_TERM",
                        null))),
            problem(
                "会议过多过长",
                "会议过多过长。部分会议内容重复",
                List.of("作风建设方面存在的问题"),
                lines(13, 15, null),
                List.of(
                    measure("合并内容相近的会议，推行视频会议。", List.of("办公室"), "李明", "赵磊", "IMMEDIATE", null)))),
        problems(answer),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aTaskSectionsPointsStatingShortfallsAreNotTakenForItsProblemsMeasures(String format)
      throws IOException {
    byte[] body =
        format.equals("text")
            ? FINDINGS_UNDER_TASKS.getBytes(StandardCharsets.UTF_8)
            : FormatFiles.paragraphs(FINDINGS_UNDER_TASKS);
    Api.dryRunAnswer(
            Api.patient(),
            Api.source("整改任务"),
            body,
            format.equals("text") ? "text/plain; charset=UTF-8" : DocumentText.DOCX)
        .then()
        .statusCode(422)
        .body("type", containsString("no-outline"));
  }

  /** The control: a 整改任务 section of tasks, each one sentence, over points that act. */
  private static final String TASKS_ONLY =
      """
      关于巡察反馈意见的整改方案
      一、指导思想
      全面落实巡察反馈意见。
      二、整改任务
      1.抓好理论学习。
      （1）召开党委理论学习中心组专题学习会。
      责任单位：党委办公室；完成时限：2024年6月30日
      （2）开展读书班活动。
      责任单位：组织部；完成时限：2024年9月30日
      2.党委要切实履行主体责任。
      （1）制定整改责任清单。
      责任单位：党委办公室；完成时限：2024年6月30日
      三、保障措施
      加强组织领导。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aTaskSectionOfTasksWrittenAsOneSentenceEachHoldsNoProblems(String format)
      throws IOException {
    byte[] body =
        format.equals("text")
            ? TASKS_ONLY.getBytes(StandardCharsets.UTF_8)
            : FormatFiles.paragraphs(TASKS_ONLY);
    Api.dryRunAnswer(
            Api.patient(),
            Api.source("整改任务"),
            body,
            format.equals("text") ? "text/plain; charset=UTF-8" : DocumentText.DOCX)
        .then()
        .statusCode(422)
        .body("type", containsString("no-outline"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aMeasuresSectionAfterTheProblemsStillGivesThemItsMeasures(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, MEASURES_AFTER_PROBLEMS);
    List<Map<String, Object>> read = problems(answer);
    assertEquals(
        List.of(
            problem(
                "占道经营整治反复",
                "占道经营整治反复。",
                List.of(),
                lines(3, 3, null),
                List.of(
                    measure("推行网格化巡查。", List.of("执法大队"), "钱伟", null, "DEADLINE", "2025-06-30"))),
            problem(
                "渣土车管理不严",
                "渣土车管理不严。",
                List.of(),
                lines(4, 4, null),
                List.of(
                    measure(
                        "建立渣土车准运证制度。", List.of("执法大队"), "钱伟", null, "DEADLINE", "2025-09-30")))),
        read,
        answer.prettify());
  }
}
