package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan's measure written in time stages under 整改措施： — 第一阶段（2024年7月31日前）：…；第二阶段（…）：… on the
 * label's line and the next, a stage a line with the date in its text (…，2024年7月31日前完成), 阶段一（…）：…,
 * 第一步：… on one line, 第1阶段（…）：… each with its own duty lines — gives a measure per stage, without
 * its stage words, each with its stage's date and the problem's duties unless it has its own; a
 * 整改时限 beside the stages naming another date is not read for a stage, and the dry run says so. From
 * a text, a .docx of paragraphs and a PDF through {@code POST /sources/{id}/import?dryRun=true},
 * and one real import (docs/decisions/0310).
 */
@QuarkusTest
class ImportStageMeasuresInPlansTest {

  static final String PLAN =
      """
      ××局关于巡察反馈问题的整改方案
      一、存在问题及整改措施
      1.问题台账管理不规范。
      整改措施：第一阶段（2024年7月31日前）：完成全面排查，建立问题台账；
      第二阶段（2024年10月31日前）：完成整改，建立长效机制。
      责任单位：办公室
      责任人：张三
      责任领导：李局长
      2.财务报销审核不严格。
      整改措施：
      第一阶段：全面清理2023年以来报销凭证，2024年7月31日前完成；
      第二阶段：修订报销管理办法，2024年10月31日前完成。
      责任单位：财务科
      责任人：王五
      3.档案管理混乱。
      整改措施：
      阶段一（2024年8月31日前）：完成档案清理。
      阶段二（2024年12月31日前）：建立档案管理制度。
      责任单位：档案室
      责任人：赵六
      整改时限：2024年12月31日前
      4.车辆管理不规范。
      整改措施：第一步：2024年9月30日前完成公车清查；第二步：2024年11月30日前修订公车管理办法。
      责任单位：后勤科
      责任人：钱七
      5.食堂管理不规范。
      整改措施：
      第1阶段（2024年6月30日前）：完成食堂全面自查。
      责任单位：后勤科
      责任人：钱七
      第2阶段（2024年9月30日前）：建立食堂管理制度。
      责任单位：办公室
      责任人：孙八
      """;

  static List<Map<String, Object>> expected(Integer page) {
    return List.of(
        problem(
            "问题台账管理不规范",
            "问题台账管理不规范。",
            List.of(),
            lines(3, 8, page),
            List.of(
                measure("完成全面排查，建立问题台账", List.of("办公室"), "李局长", "张三", "DEADLINE", "2024-07-31"),
                measure("完成整改，建立长效机制。", List.of("办公室"), "李局长", "张三", "DEADLINE", "2024-10-31"))),
        problem(
            "财务报销审核不严格",
            "财务报销审核不严格。",
            List.of(),
            lines(9, 14, page),
            List.of(
                measure(
                    "全面清理2023年以来报销凭证，2024年7月31日前完成",
                    List.of("财务科"),
                    null,
                    "王五",
                    "DEADLINE",
                    "2024-07-31"),
                measure(
                    "修订报销管理办法，2024年10月31日前完成。",
                    List.of("财务科"),
                    null,
                    "王五",
                    "DEADLINE",
                    "2024-10-31"))),
        problem(
            "档案管理混乱",
            "档案管理混乱。",
            List.of(),
            lines(15, 21, page),
            List.of(
                measure("完成档案清理。", List.of("档案室"), null, "赵六", "DEADLINE", "2024-08-31"),
                measure("建立档案管理制度。", List.of("档案室"), null, "赵六", "DEADLINE", "2024-12-31"))),
        problem(
            "车辆管理不规范",
            "车辆管理不规范。",
            List.of(),
            lines(22, 25, page),
            List.of(
                measure("2024年9月30日前完成公车清查", List.of("后勤科"), null, "钱七", "DEADLINE", "2024-09-30"),
                measure(
                    "2024年11月30日前修订公车管理办法。",
                    List.of("后勤科"),
                    null,
                    "钱七",
                    "DEADLINE",
                    "2024-11-30"))),
        problem(
            "食堂管理不规范",
            "食堂管理不规范。",
            List.of(),
            lines(26, 33, page),
            List.of(
                measure("完成食堂全面自查。", List.of("后勤科"), null, "钱七", "DEADLINE", "2024-06-30"),
                measure("建立食堂管理制度。", List.of("办公室"), null, "孙八", "DEADLINE", "2024-09-30"))));
  }

  static final List<String> WARNINGS =
      List.of(
          "Problem 「档案管理混乱」, measure 「完成档案清理。」: its stage gives its own time limit 「2024年8月31日前」;"
              + " the 整改时限 「2024年12月31日前」 beside it was not read for it.");

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aMeasureInTimeStagesIsAMeasurePerStageWithItsDate(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(expected(null), problems(answer), answer.prettify());
    assertEquals(WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aPdfOfThePlanReadsAsItsText() {
    JsonPath answer = dryRunPath("表格导入", ChinesePdf.ofText(PLAN.strip()), DocumentText.PDF);
    assertEquals(expected(1), problems(answer), answer.prettify());
    assertEquals(WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aTimeLimitInTheSameStagesGivesEachStageItsOwn(String format) throws IOException {
    JsonPath answer =
        dryRunPlan(
            format,
            """
            ××局关于巡察反馈问题的整改方案
            一、存在问题及整改措施
            1.问题台账管理不规范。
            整改措施：第一阶段：完成全面排查，建立问题台账；第二阶段：完成整改，建立长效机制。
            责任单位：办公室
            责任人：张三
            整改时限：第一阶段：2024年7月31日前；第二阶段：2024年10月31日前
            2.财务报销审核不严格。
            整改措施：
            第一阶段：全面清理报销凭证；
            第二阶段：修订报销管理办法。
            责任单位：财务科
            责任人：王五
            整改时限：第一阶段：立行立改；第二阶段：长期坚持
            """);
    assertEquals(
        List.of(
            problem(
                "问题台账管理不规范",
                "问题台账管理不规范。",
                List.of(),
                lines(3, 7, null),
                List.of(
                    measure("完成全面排查，建立问题台账", List.of("办公室"), null, "张三", "DEADLINE", "2024-07-31"),
                    measure("完成整改，建立长效机制。", List.of("办公室"), null, "张三", "DEADLINE", "2024-10-31"))),
            problem(
                "财务报销审核不严格",
                "财务报销审核不严格。",
                List.of(),
                lines(8, 14, null),
                List.of(
                    measure("全面清理报销凭证", List.of("财务科"), null, "王五", "IMMEDIATE", null),
                    measure("修订报销管理办法。", List.of("财务科"), null, "王五", "LONG_TERM", null)))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void anImportKeepsEveryStageAsAMeasure() {
    JsonPath answer =
        ParagraphImports.commit(PLAN.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
    // the answer of an import names no origin
    List<Map<String, Object>> expected = new ArrayList<>();
    for (Map<String, Object> p : expected(null)) {
      Map<String, Object> q = new LinkedHashMap<>(p);
      q.put("origin", null);
      expected.add(q);
    }
    assertEquals(expected, problems(answer), answer.prettify());
  }
}
