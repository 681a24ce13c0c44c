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
 * A plan's 整改时限 written in the stages of its measures, in the forms besides 第一阶段：…；第二阶段：… — each
 * stage's date in a bracket with nothing after it (第一阶段（2024年7月31日前）；第二阶段（…）), the stages after a
 * comma with the date at once (阶段一2024年7月31日前，阶段二…; 第一步2024年7月31日前，第二步…), a stage a line under an
 * empty 整改时限：, the second stage on the line after the label's, and a stage of 长期坚持 written at once
 * (第二阶段长期坚持) — gives each measure in stages its own stage's time limit, not the latest date. From a
 * text and a .docx of paragraphs through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0317).
 */
@QuarkusTest
class ImportStagedTimeLimitsInPlansTest {

  static final String PLAN =
      """
      ××局关于巡察反馈问题的整改方案
      一、存在问题及整改措施
      1.问题台账管理不规范。
      整改措施：第一阶段：完成全面排查；第二阶段：完成整改，建立长效机制。
      责任单位：办公室
      责任人：张三
      责任领导：李局长
      整改时限：第一阶段（2024年7月31日前）；第二阶段（2024年9月30日前）
      2.财务报销审核不严格。
      整改措施：
      第一阶段：清理报销凭证；
      第二阶段：修订报销管理办法。
      责任单位：财务科
      责任人：王五
      整改时限：阶段一2024年7月31日前，阶段二2024年9月30日前
      3.车辆管理不规范。
      整改措施：第一步：完成公车清查；第二步：修订公车管理办法。
      责任单位：后勤科
      责任人：钱七
      整改时限：第一步2024年8月31日前，第二步2024年11月30日前
      4.档案管理混乱。
      整改措施：第一阶段：完成档案清理；第二阶段：建立档案管理制度。
      责任单位：档案室
      责任人：赵六
      整改时限：
      第一阶段：2024年7月31日前
      第二阶段：2024年12月31日前
      5.食堂管理不规范。
      整改措施：第一阶段：完成食堂自查；第二阶段：建立食堂管理制度。
      责任单位：后勤科
      责任人：孙八
      整改时限：第一阶段2024年6月30日前；第二阶段长期坚持
      6.会议记录不完整。
      整改措施：第一阶段：补齐会议记录；第二阶段：建立会议记录审核制度。
      责任单位：办公室
      责任人：张三
      整改时限：第一阶段：立行立改
      第二阶段：长期坚持
      """;

  static List<Map<String, Object>> expected() {
    return List.of(
        problem(
            "问题台账管理不规范",
            "问题台账管理不规范。",
            List.of(),
            lines(3, 8, null),
            List.of(
                measure("完成全面排查", List.of("办公室"), "李局长", "张三", "DEADLINE", "2024-07-31"),
                measure("完成整改，建立长效机制。", List.of("办公室"), "李局长", "张三", "DEADLINE", "2024-09-30"))),
        problem(
            "财务报销审核不严格",
            "财务报销审核不严格。",
            List.of(),
            lines(9, 15, null),
            List.of(
                measure("清理报销凭证", List.of("财务科"), null, "王五", "DEADLINE", "2024-07-31"),
                measure("修订报销管理办法。", List.of("财务科"), null, "王五", "DEADLINE", "2024-09-30"))),
        problem(
            "车辆管理不规范",
            "车辆管理不规范。",
            List.of(),
            lines(16, 20, null),
            List.of(
                measure("完成公车清查", List.of("后勤科"), null, "钱七", "DEADLINE", "2024-08-31"),
                measure("修订公车管理办法。", List.of("后勤科"), null, "钱七", "DEADLINE", "2024-11-30"))),
        problem(
            "档案管理混乱",
            "档案管理混乱。",
            List.of(),
            lines(21, 25, null),
            List.of(
                measure("完成档案清理", List.of("档案室"), null, "赵六", "DEADLINE", "2024-07-31"),
                measure("建立档案管理制度。", List.of("档案室"), null, "赵六", "DEADLINE", "2024-12-31"))),
        problem(
            "食堂管理不规范",
            "食堂管理不规范。",
            List.of(),
            lines(28, 32, null),
            List.of(
                measure("完成食堂自查", List.of("后勤科"), null, "孙八", "DEADLINE", "2024-06-30"),
                measure("建立食堂管理制度。", List.of("后勤科"), null, "孙八", "LONG_TERM", null))),
        problem(
            "会议记录不完整",
            "会议记录不完整。",
            List.of(),
            lines(33, 37, null),
            List.of(
                measure("补齐会议记录", List.of("办公室"), null, "张三", "IMMEDIATE", null),
                measure("建立会议记录审核制度。", List.of("办公室"), null, "张三", "LONG_TERM", null))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void eachStageOfTheTimeLimitIsItsMeasuresOwn(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(expected(), problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
