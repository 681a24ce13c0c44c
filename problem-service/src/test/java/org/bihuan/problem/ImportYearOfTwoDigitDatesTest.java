package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.FormatFiles;
import org.junit.jupiter.api.Test;

/**
 * A time limit without a year (9月30日前) is read in the year the document's dates name most often, a
 * date written with a two-digit year (24年10月底) counting for its year: two dates in 2024, one in 24
 * and two in 2025 make the document's year 2024. Text and .docx through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0309).
 */
@QuarkusTest
class ImportYearOfTwoDigitDatesTest {

  private static final String PLAN =
      """
      ××局关于审计发现问题整改工作的实施方案
      一、整改任务
      （一）预算管理方面
      1.部分项目预算执行率偏低。
      整改措施：对执行率低于50%的项目逐一督办。
      责任单位：财务处 整改时限：2024年9月30日
      2.政府采购程序不规范。
      整改措施：修订政府采购内部控制办法。
      责任单位：财务处 整改时限：2024年12月底前
      （二）资产管理方面
      3.房屋出租未履行审批程序。
      整改措施：清理出租合同，补办审批手续。
      整改时限：24年10月底 责任单位：资产处 责任人：刘洋
      4.账外资产未入账。
      整改措施：全面清理账外资产并入账。
      责任单位：资产处 整改时限：9月30日前
      （三）工程管理方面
      5.工程结算审核不严。
      整改措施：委托第三方复核结算。
      责任单位：基建处 整改时限：2025年3月31日
      6.工程变更手续不全。
      整改措施：完善变更审批流程。
      责任单位：基建处 整改时限：2025年3月底
      """;

  private static Map<String, Object> item(
      String title,
      String category,
      int from,
      String measure,
      String unit,
      String person,
      String deadline) {
    return problem(
        title,
        title + "。",
        List.of(category),
        lines(from, from + 2, null),
        List.of(measure(measure, List.of(unit), null, person, "DEADLINE", deadline)));
  }

  @Test
  void aMonthWithoutAYearIsReadInTheYearTheDatesNameMostOftenTwoDigitYearsIncluded()
      throws IOException {
    List<Map<String, Object>> expected =
        List.of(
            item("部分项目预算执行率偏低", "预算管理方面", 4, "对执行率低于50%的项目逐一督办。", "财务处", null, "2024-09-30"),
            item("政府采购程序不规范", "预算管理方面", 7, "修订政府采购内部控制办法。", "财务处", null, "2024-12-31"),
            item("房屋出租未履行审批程序", "资产管理方面", 11, "清理出租合同，补办审批手续。", "资产处", "刘洋", "2024-10-31"),
            item("账外资产未入账", "资产管理方面", 14, "全面清理账外资产并入账。", "资产处", null, "2024-09-30"),
            item("工程结算审核不严", "工程管理方面", 18, "委托第三方复核结算。", "基建处", null, "2025-03-31"),
            item("工程变更手续不全", "工程管理方面", 21, "完善变更审批流程。", "基建处", null, "2025-03-31"));
    List<String> warnings =
        List.of(
            "Problem 「房屋出租未履行审批程序」, measure 「清理出租合同，补办审批手续。」 (line 13): 「24年10月底」"
                + " has a two-digit year, read as 2024.",
            "Problem 「账外资产未入账」, measure 「全面清理账外资产并入账。」 (line 16): 「9月30日前」 has no"
                + " year; it was read in the document's year, 2024 (2024-09-30).");
    for (JsonPath answer :
        List.of(
            TableImportTest.dryRun(
                PLAN.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8"),
            TableImportTest.dryRun(FormatFiles.paragraphs(PLAN), DocumentText.DOCX))) {
      assertEquals(expected, problems(answer), answer.prettify());
      assertEquals(warnings, answer.getList("warnings"), answer.prettify());
    }
  }
}
