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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rectification plan without 整改措施： lines whose items (1、…) state problems and are followed at
 * once by points numbered ①, （1） or ⑴ that read as actions, each with a duty line of its own
 * (完成时限：…；责任人：…；分管领导：…；责任单位：… in any order, full-width or ASCII marks), read through {@code POST
 * /sources/{id}/import?dryRun=true} as text and as Word paragraphs: the items are the problems, in
 * the group of their heading, the points their measures; an item with its own duty line and no
 * points stays a problem. Points that state shortfalls with their own duty lines under an item stay
 * problems, the item their category (docs/decisions/0406).
 */
@QuarkusTest
class ImportPlanMeasuresWithDutyLinesTest {

  private static final String PLAN =
      """
      学校巡察整改方案
      一、后勤管理方面
      1、校园食堂食品安全管理存在漏洞。
      ①落实食堂负责人陪餐制度。
      完成时限：2025年3月31日；责任人：朱红；分管领导：钱文；责任单位：后勤保障处
      ②更换老化消毒设备。
      责任单位：后勤保障处；分管领导：钱文；责任人：朱红；完成时限：2025年4月底
      2、学生资助认定程序不规范
      （1）修订家庭经济困难学生认定办法。
      完成时限:2025年6月30日; 责任人:蒋玲; 分管领导:冯志; 责任单位:学生工作处
      （2）对2024年认定的资助对象逐一复核。
      完成时限:立行立改; 责任人:蒋玲; 分管领导:冯志; 责任单位:学生工作处; 配合单位:财务处
      二、安全管理方面
      1、实验室危化品管理台账不健全。
      ⑴建立危化品“双人双锁”管理台账。
      完成时限：长期坚持；责任人：秦明；分管领导：钱文；责任单位：实验室管理中心
      2、消防设施维护不及时。
      完成时限：2025年5月31日；责任人：秦明；分管领导：钱文；责任单位：保卫处
      """;

  /** The control: points that state shortfalls, each with its duty line, are problems. */
  private static final String POINTS_ARE_PROBLEMS =
      """
      机关党委巡察整改方案
      一、党的建设方面
      1、基层党建工作存在薄弱环节。
      （1）党支部组织生活不规范。
      完成时限：2025年6月30日；责任人：周敏；分管领导：郑强；责任单位：机关党委
      （2）落实党员发展程序不到位。
      完成时限：2025年8月31日；责任人：周敏；分管领导：郑强；责任单位：组织科
      2、制度执行存在偏差。
      （1）未严格执行“三会一课”制度。
      完成时限：2025年9月30日；责任人：周敏；分管领导：郑强；责任单位：组织科
      （2）没有建立党费收缴台账。
      完成时限：立行立改；责任人：周敏；分管领导：郑强；责任单位：机关党委
      """;

  /**
   * The control of findings worded with doing words (学习, 培训, 审核, 公示) and shortfalls without a
   * negation (偏少, 窄, 宽松, 过于简单, 仅为): problems, the item their category.
   */
  private static final String FINDINGS_WITH_DOING_WORDS =
      """
      党委巡察整改方案
      一、党建工作方面
      1、党员教育管理存在薄弱环节。
      （1）中心组学习研讨次数偏少。
      责任单位：办公室；责任人：张三；完成时限：2025年6月30日
      （2）党员培训覆盖面窄，参训率仅为60%。
      责任单位：组织科；责任人：李四；完成时限：2025年7月31日
      二、财务管理方面
      1、财务管理存在漏洞。
      （1）公务接待审核把关宽松。
      责任单位：财务科；责任人：王五；完成时限：2025年8月31日
      （2）项目资金公示内容过于简单。
      责任单位：财务科；责任人：王五；完成时限：2025年9月30日
      """;

  private static Map<String, Object> withCoUnits(Map<String, Object> measure, List<String> co) {
    Map<String, Object> m = new LinkedHashMap<>(measure);
    m.put("coResponsibleUnits", co);
    return m;
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void itemsStatingProblemsOwnThePointsThatActWithTheirDutyLinesAsMeasures(String format)
      throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "校园食堂食品安全管理存在漏洞",
                "校园食堂食品安全管理存在漏洞。",
                List.of("后勤管理方面"),
                lines(3, 7, null),
                List.of(
                    measure("落实食堂负责人陪餐制度。", List.of("后勤保障处"), "钱文", "朱红", "DEADLINE", "2025-03-31"),
                    measure("更换老化消毒设备。", List.of("后勤保障处"), "钱文", "朱红", "DEADLINE", "2025-04-30"))),
            problem(
                "学生资助认定程序不规范",
                "学生资助认定程序不规范",
                List.of("后勤管理方面"),
                lines(8, 12, null),
                List.of(
                    measure(
                        "修订家庭经济困难学生认定办法。", List.of("学生工作处"), "冯志", "蒋玲", "DEADLINE", "2025-06-30"),
                    withCoUnits(
                        measure(
                            "对2024年认定的资助对象逐一复核。", List.of("学生工作处"), "冯志", "蒋玲", "IMMEDIATE", null),
                        List.of("财务处")))),
            problem(
                "实验室危化品管理台账不健全",
                "实验室危化品管理台账不健全。",
                List.of("安全管理方面"),
                lines(14, 16, null),
                List.of(
                    measure(
                        "建立危化品“双人双锁”管理台账。", List.of("实验室管理中心"), "钱文", "秦明", "LONG_TERM", null))),
            problem(
                "消防设施维护不及时",
                "消防设施维护不及时。",
                List.of("安全管理方面"),
                lines(17, 18, null),
                List.of(
                    measure("消防设施维护不及时", List.of("保卫处"), "钱文", "秦明", "DEADLINE", "2025-05-31")))),
        problems(answer),
        answer.prettify());
  }

  @SuppressWarnings("unchecked")
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void pointsStatingShortfallsWithTheirDutyLinesStayProblems(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, POINTS_ARE_PROBLEMS);
    List<Map<String, Object>> read = problems(answer);
    assertEquals(
        List.of("党支部组织生活不规范", "落实党员发展程序不到位", "未严格执行“三会一课”制度", "没有建立党费收缴台账"),
        read.stream().map(p -> p.get("title")).toList(),
        answer.prettify());
    assertEquals(
        List.of("党的建设方面", "基层党建工作存在薄弱环节"), read.get(0).get("categoryPath"), answer.prettify());
    assertEquals(List.of("党的建设方面", "制度执行存在偏差"), read.get(3).get("categoryPath"), answer.prettify());
    assertEquals(
        List.of("组织科"),
        ((List<Map<String, Object>>) read.get(1).get("measures")).get(0).get("responsibleUnits"),
        answer.prettify());
  }

  @SuppressWarnings("unchecked")
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void findingsWordedWithDoingWordsStayProblems(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, FINDINGS_WITH_DOING_WORDS);
    List<Map<String, Object>> read = problems(answer);
    assertEquals(
        List.of("中心组学习研讨次数偏少", "党员培训覆盖面窄，参训率仅为60%", "公务接待审核把关宽松", "项目资金公示内容过于简单"),
        read.stream().map(p -> p.get("title")).toList(),
        answer.prettify());
    assertEquals(
        List.of(
            List.of("党建工作方面", "党员教育管理存在薄弱环节"),
            List.of("党建工作方面", "党员教育管理存在薄弱环节"),
            List.of("财务管理方面", "财务管理存在漏洞"),
            List.of("财务管理方面", "财务管理存在漏洞")),
        read.stream().map(p -> p.get("categoryPath")).toList(),
        answer.prettify());
    assertEquals(
        List.of("组织科"),
        ((List<Map<String, Object>>) read.get(1).get("measures")).get(0).get("responsibleUnits"),
        answer.prettify());
  }
}
