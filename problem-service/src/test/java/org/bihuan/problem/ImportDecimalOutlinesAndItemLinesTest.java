package org.bihuan.problem;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * An outside tester's plans of issue 11, rebuilt as real files (text, Word paragraphs and tables by
 * POI, PDFs by PDFBox) and read through {@code POST /sources/{id}/import?dryRun=true}: an item line
 * right after a short duty line in a PDF, decimal outline numbering (2.1 / 2.1.1, 6.1. / 6.1.1.),
 * and 第N项问题： in a table's problem cell (docs/decisions/0262).
 */
@QuarkusTest
class ImportDecimalOutlinesAndItemLinesTest {

  private static JsonPath text(String document) {
    return TableImportTest.dryRun(
        document.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
  }

  private static JsonPath pdf(String document) {
    return TableImportTest.dryRun(
        ChinesePdf.of(List.of(document.lines().toList())), DocumentText.PDF);
  }

  private static final String PLAN_WITH_IMMEDIATE_DUTY =
      """
      某某局关于巡察反馈意见的整改方案
      一、整改任务
      （一）党的建设方面
      1.理论学习不深入。
      整改措施：制定年度学习计划，每月集中学习一次。
      牵头单位：组织科；配合单位：各党支部；完成时限：2024年9月底
      （二）业务工作方面
      ⑴项目审批把关不严。
      整改措施：完善项目审批流程。
      责任单位：业务科　责任人：王五　完成时限：立行立改
      ⑵台账管理混乱。
      整改措施：建立统一的项目台账。
      责任单位：业务科　责任人：赵六　完成时限：长期坚持
      """;

  @Test
  void anItemLineAfterAShortDutyLineInAPdfIsTheNextProblem() {
    JsonPath answer = pdf(PLAN_WITH_IMMEDIATE_DUTY);
    assertEquals(
        List.of("理论学习不深入", "项目审批把关不严", "台账管理混乱"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("党的建设方面"), List.of("业务工作方面"), List.of("业务工作方面")),
        answer.getList("problems.categoryPath"));
    assertEquals(
        List.of(List.of("制定年度学习计划，每月集中学习一次。"), List.of("完善项目审批流程。"), List.of("建立统一的项目台账。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of(List.of("组织科")), List.of(List.of("业务科")), List.of(List.of("业务科"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of(List.of("各党支部")), List.of(List.of()), List.of(List.of())),
        answer.getList("problems.measures.coResponsibleUnits"));
    assertEquals(
        List.of(Arrays.asList((Object) null), List.of("王五"), List.of("赵六")),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(
        List.of(List.of("DEADLINE"), List.of("IMMEDIATE"), List.of("LONG_TERM")),
        answer.getList("problems.measures.timing"));
    assertEquals(
        List.of(List.of("2024-09-30"), Arrays.asList((Object) null), Arrays.asList((Object) null)),
        answer.getList("problems.measures.deadline"));
    assertEquals(List.of(1, 1, 1), answer.getList("problems.origin.page"));
    for (String w : answer.getList("warnings", String.class)) {
      assertThat(w, not(containsString("jumps")));
    }
  }

  private static final String DECIMAL_PLAN =
      """
      关于审计发现问题的整改工作方案
      1 指导思想
      以审计整改为契机，完善内控制度。
      2 问题及整改措施
      2.1 预算管理方面
      2.1.1 预算编制不细化，部分项目未细化到具体支出。
      整改措施：按项目细化预算编制。
      责任单位：财务处
      责任人：李明
      完成时限：2024年10月31日
      2.1.2 预算执行进度缓慢。
      整改措施：建立预算执行月通报制度。
      责任单位：财务处
      责任人：李明
      完成时限：2024年11月30日
      2.2 资产管理方面
      2.2.1 固定资产账实不符。
      整改措施：开展固定资产全面清查。
      责任单位：资产处
      配合单位：各二级单位
      责任人：周敏
      完成时限：2024年12月31日
      2.2.3 出租房产未履行审批程序。
      整改措施：补办审批手续，规范出租管理。
      责任单位：资产处
      责任人：周敏
      完成时限：2025年1月31日
      3 工作要求
      3.1 提高认识。
      3.2 按时报送整改情况。
      """;

  private static void assertDecimalPlan(JsonPath answer) {
    assertEquals(
        List.of("预算编制不细化，部分项目未细化到具体支出", "预算执行进度缓慢", "固定资产账实不符", "出租房产未履行审批程序"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("预算管理方面"), List.of("预算管理方面"), List.of("资产管理方面"), List.of("资产管理方面")),
        answer.getList("problems.categoryPath"));
    assertEquals(
        List.of(
            List.of("按项目细化预算编制。"),
            List.of("建立预算执行月通报制度。"),
            List.of("开展固定资产全面清查。"),
            List.of("补办审批手续，规范出租管理。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(
            List.of(List.of("财务处")),
            List.of(List.of("财务处")),
            List.of(List.of("资产处")),
            List.of(List.of("资产处"))),
        answer.getList("problems.measures.responsibleUnits"));
    // 配合单位 belongs to 2.2.1 alone
    assertEquals(
        List.of(
            List.of(List.of()), List.of(List.of()), List.of(List.of("各二级单位")), List.of(List.of())),
        answer.getList("problems.measures.coResponsibleUnits"));
    assertEquals(
        List.of(List.of("李明"), List.of("李明"), List.of("周敏"), List.of("周敏")),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(
        List.of(
            List.of("2024-10-31"),
            List.of("2024-11-30"),
            List.of("2024-12-31"),
            List.of("2025-01-31")),
        answer.getList("problems.measures.deadline"));
    List<String> warnings = answer.getList("warnings", String.class);
    // the missing 2.2.2 is a real jump; the sections 1 and 3 are named, not imported
    assertThat(warnings, hasItem(containsString("numbering jumps to 2.2.3")));
    assertThat(warnings, hasItem(containsString("指导思想」 holds no problems")));
    assertThat(warnings, hasItem(containsString("工作要求」 holds no problems")));
    assertEquals(
        1, warnings.stream().filter(w -> w.contains("jumps")).count(), String.join("\n", warnings));
  }

  @Test
  void decimalNumberingGivesSectionsCategoriesAndProblemsInText() {
    assertDecimalPlan(text(DECIMAL_PLAN));
  }

  @Test
  void decimalNumberingGivesSectionsCategoriesAndProblemsInWordParagraphs() {
    List<Object> paragraphs = new ArrayList<>(DECIMAL_PLAN.lines().toList());
    assertDecimalPlan(TableImportTest.dryRun(Ledgers.docx(paragraphs), DocumentText.DOCX));
  }

  @Test
  void decimalNumbersWrittenCloseToTheirHeadingsInAPdf() {
    // as a PDF of Word's outline numbering reads: no space after the number
    String closed = DECIMAL_PLAN.replaceAll("(?m)^(\\d+(?:\\.\\d+)*) ", "$1");
    assertThat(closed, containsString("1指导思想"));
    assertDecimalPlan(pdf(closed));
  }

  @Test
  void dottedDecimalNumbersUnderAChineseSectionAreCategoriesAndProblems() {
    JsonPath answer =
        text(
            """
            整改方案
            六、存在问题及整改措施
            6.1. 政治建设方面
            6.1.1. 贯彻落实上级决策部署不够及时。
            整改措施：建立重大决策部署落实台账。
            责任领导：张三；责任单位：办公室；完成时限：2024年8月31日
            6.1.2. 意识形态工作责任制落实不到位。
            整改措施：每半年专题研究意识形态工作。
            责任领导：李四；责任单位：宣传科；完成时限：长期坚持
            6.2. 纪律建设方面
            6.2.1. 廉政风险排查不全面。
            整改措施：全面排查廉政风险点。
            责任领导：王五；责任单位：纪检组；完成时限：2024年9月30日
            """);
    assertEquals(
        List.of("贯彻落实上级决策部署不够及时", "意识形态工作责任制落实不到位", "廉政风险排查不全面"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("政治建设方面"), List.of("政治建设方面"), List.of("纪律建设方面")),
        answer.getList("problems.categoryPath"));
    assertEquals(
        List.of(List.of("张三"), List.of("李四"), List.of("王五")),
        answer.getList("problems.measures.leaderInCharge"));
    assertEquals(
        List.of(List.of(List.of("办公室")), List.of(List.of("宣传科")), List.of(List.of("纪检组"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of("DEADLINE"), List.of("LONG_TERM"), List.of("DEADLINE")),
        answer.getList("problems.measures.timing"));
    assertEquals(
        List.of(List.of("2024-08-31"), Arrays.asList((Object) null), List.of("2024-09-30")),
        answer.getList("problems.measures.deadline"));
    // a plan that begins at its sixth part has lost nothing before it
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void decimalPointsUnderANumberedItemAreItsMeasurePointsAndQuantitiesStayText() {
    JsonPath answer =
        text(
            """
            一、存在的问题及整改措施
            1.公务用车管理不规范，2.5万元油费未按规定报销。
            整改措施：
            1.1 建立用车登记制度。
            1.2 开展油费专项清理。
            责任单位：办公室；整改时限：2024年9月30日
            2.会议费超支。
            整改措施：严控会议规模。
            责任单位：财务科；整改时限：2024年10月31日
            """);
    assertEquals(
        List.of("公务用车管理不规范，2.5万元油费未按规定报销", "会议费超支"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("建立用车登记制度。", "开展油费专项清理。"), List.of("严控会议规模。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of(List.of("办公室"), List.of("办公室")), List.of(List.of("财务科"))),
        answer.getList("problems.measures.responsibleUnits"));
  }

  @Test
  void aTableProblemCellLabelledWithItsItemNumberIsTitledByTheTextAfterIt() {
    List<List<Object>> rows =
        List.of(
            List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
            List.of("1", "第1项问题：相关制度执行不到位，记录缺失。", "健全台账，逐项销号。", "办公室", "李娜", "2024年12月31日"),
            List.of("2", "第2项问题：公务接待超标准。", "严格执行接待标准。", "财务科", "孙磊", "2024年11月30日"));
    JsonPath answer =
        TableImportTest.dryRun(
            Ledgers.docx(List.of("整改任务清单"), new Ledgers.Table(null, rows, List.of(), 6)),
            DocumentText.DOCX);
    assertEquals(
        List.of("相关制度执行不到位，记录缺失", "公务接待超标准"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of("健全台账，逐项销号。"), List.of("严格执行接待标准。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of("李娜"), List.of("孙磊")),
        answer.getList("problems.measures.responsiblePerson"));
  }
}
