package org.bihuan.problem;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * An outside test's findings on numbering in plans and self-examinations, rebuilt as the text (or
 * Word) files they were found with and read through {@code POST /sources/{id}/import?dryRun=true}:
 * measures numbered 1. 2. under a problem （1）, 问题1：/问题一： items after a group that used 1., bare
 * numbers before a space or tab, 问题一： in a Word table cell, and line numbers in a Word document
 * with a table.
 */
@QuarkusTest
class ImportPlanNumberingRoundThreeTest {

  private static JsonPath text(String... lines) {
    byte[] body = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    return JsonPath.from(Api.dryRun("编号导入", body, "text/plain; charset=UTF-8"));
  }

  @Test
  void measuresNumberedOneTwoUnderAProblemNumberedInParenthesesAreItsMeasures() {
    JsonPath answer =
        text(
            "整改方案",
            "一、整改任务",
            "（一）组织建设方面",
            "（1）支部换届不及时。",
            "整改措施：",
            "1.制定换届计划。",
            "2.按期完成换届。",
            "责任单位：机关党委；整改时限：2024年11月30日",
            "（2）党员发展把关不严。",
            "整改措施：复查发展党员材料。",
            "责任单位：机关党委；整改时限：2024年12月31日");
    assertEquals(
        List.of("支部换届不及时", "党员发展把关不严"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of("组织建设方面"), List.of("组织建设方面")), answer.getList("problems.categoryPath"));
    assertEquals(
        List.of(List.of("制定换届计划。", "按期完成换届。"), List.of("复查发展党员材料。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of(List.of("机关党委"), List.of("机关党委")), List.of(List.of("机关党委"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of("2024-11-30", "2024-11-30"), List.of("2024-12-31")),
        answer.getList("problems.measures.deadline"));
    assertEquals(List.of(4, 8), answer.getList("problems[0].origin.lines"));
    assertEquals(List.of(), answer.getList("warnings"));
  }

  @Test
  void problemsNumberedInTheirLabelAfterAGroupThatUsedOneDotKeepTheirTitlesAndGroups() {
    JsonPath answer =
        text(
            "整改方案",
            "一、整改任务",
            "（一）理论学习方面",
            "1.中心组学习不深入。",
            "整改措施：制定年度学习计划。",
            "责任单位：中心办公室；整改时限：2024年9月30日",
            "（二）财务管理方面",
            "问题1：预算执行率偏低。",
            "整改措施：建立预算执行月通报制度。",
            "责任单位：财务科；整改时限：2024年11月30日",
            "问题2：政府采购程序不规范。",
            "整改措施：完善政府采购内控制度。",
            "责任单位：财务科；整改时限：2024年12月31日",
            "（三）干部管理方面",
            "问题一：干部轮岗交流不及时。",
            "整改措施：制定轮岗交流计划。",
            "责任单位：人事科；整改时限：2024年12月31日");
    assertEquals(
        List.of("中心组学习不深入", "预算执行率偏低", "政府采购程序不规范", "干部轮岗交流不及时"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of("中心组学习不深入。", "预算执行率偏低。", "政府采购程序不规范。", "干部轮岗交流不及时。"),
        answer.getList("problems.description"));
    assertEquals(
        List.of(List.of("理论学习方面"), List.of("财务管理方面"), List.of("财务管理方面"), List.of("干部管理方面")),
        answer.getList("problems.categoryPath"));
    assertEquals(
        List.of(
            List.of("制定年度学习计划。"),
            List.of("建立预算执行月通报制度。"),
            List.of("完善政府采购内控制度。"),
            List.of("制定轮岗交流计划。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(
            List.of(List.of("中心办公室")),
            List.of(List.of("财务科")),
            List.of(List.of("财务科")),
            List.of(List.of("人事科"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(List.of(8, 10), answer.getList("problems[1].origin.lines"));
    assertEquals(List.of(), answer.getList("warnings"));
  }

  @Test
  void bareNumbersBeforeASpaceOrTabNumberTheItemsOfAList() {
    JsonPath answer =
        text(
            "关于开展作风建设专项自查的报告",
            "一、存在的问题",
            "（一）理论学习方面",
            "1.学习不够系统。",
            "2.研讨不够深入。",
            "（二）工作作风方面",
            "主要表现在：",
            "1 调查研究不深入。",
            "2 服务意识不强。",
            "（三）纪律方面",
            "1\t请销假制度执行不严。",
            "2\t考勤管理流于形式。",
            "（四）其他方面",
            "1 存在制度执行不到位的问题。",
            "二、原因分析",
            "（一）思想认识不到位。");
    assertEquals(
        List.of("学习不够系统", "研讨不够深入", "调查研究不深入", "服务意识不强", "请销假制度执行不严", "考勤管理流于形式", "1 存在制度执行不到位的问题"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(
            List.of("理论学习方面"),
            List.of("理论学习方面"),
            List.of("工作作风方面"),
            List.of("工作作风方面"),
            List.of("纪律方面"),
            List.of("纪律方面"),
            List.of("其他方面")),
        answer.getList("problems.categoryPath"));
    assertEquals(List.of(8, 8), answer.getList("problems[2].origin.lines"));
    List<String> warnings = answer.getList("warnings");
    assertEquals(2, warnings.size(), warnings.toString());
    assertThat(warnings.get(1), containsString("Line 7 「主要表现在：」 introduces the group 「工作作风方面」"));
    assertThat(warnings.get(0), containsString("Line 14 「1 存在制度执行不到位的问题。」 starts with a number"));
  }

  @Test
  void aProblemNumberedInItsLabelInsideAWordTableCellIsTitledByItsText() {
    List<List<Object>> rows =
        List.of(
            List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "完成时限"),
            List.of("1", "问题一：学习不深入。", "措施一。", "王建国", "局办公室", "2024年9月30日"),
            List.of("2", "问题2：纪律松懈。", "措施二。", "李卫东", "人事科", "2024年10月31日"),
            List.of("3", "第三个问题：作风不实。", "措施三。", "张海", "综合科", "2024年11月30日"));
    byte[] docx = Ledgers.docx(List.of("某某局巡察整改任务清单"), new Ledgers.Table(null, rows, List.of(), 6));
    JsonPath answer = TableImportTest.dryRun(docx, DocumentText.DOCX);
    assertEquals(
        List.of("学习不深入", "纪律松懈", "作风不实"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of("措施一。"), List.of("措施二。"), List.of("措施三。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of("王建国"), List.of("李卫东"), List.of("张海")),
        answer.getList("problems.measures.leaderInCharge"));
  }

  @Test
  void lineNumbersOfOriginsAndWarningsAgreeInAWordDocumentWithATable() {
    List<List<Object>> rows =
        List.of(
            List.of("序号", "存在问题", "整改措施", "责任单位", "整改时限"),
            List.of("1", "项目验收把关不严。", "全面清查未验收项目。", "项目科", "2024年8月31日"),
            List.of("2", "专项资金闲置。", "盘活闲置资金。", "财务科", "2024年12月31日"));
    byte[] docx =
        Ledgers.docx(
            List.of(
                "关于巡察反馈意见整改落实的方案",
                "一、整改任务",
                "（一）党的建设方面",
                "1．党支部换届不及时。",
                "整改措施：按期完成支部换届。",
                "责任单位：机关党委；整改时限：2024年9月30日",
                "（二）业务工作方面（见下表）",
                new Ledgers.Table(null, rows, List.of(), 5),
                "（三）制度建设方面",
                "1．内控制度不健全。",
                "2．印章管理不规范。",
                "整改措施：修订印章管理办法。",
                "责任单位：办公室；整改时限：2024年12月31日",
                "二、保障措施",
                "加强组织领导。"));
    JsonPath answer = TableImportTest.dryRun(docx, DocumentText.DOCX);
    assertEquals(
        List.of("党支部换届不及时", "项目验收把关不严", "专项资金闲置", "内控制度不健全", "印章管理不规范"),
        answer.getList("problems.title"),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    List<Integer> lines = answer.getList("problems[3].origin.lines");
    assertThat(
        warnings.toString(),
        containsString("Problem 「内控制度不健全」 (line " + lines.get(0) + ") has no 整改措施."));
    assertThat(warnings.toString(), not(containsString("numbering jumps")));
  }
}
