package org.bihuan.problem;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.Ledgers.Table;
import org.junit.jupiter.api.Test;

/**
 * Table rows whose problem begins like a note, a caption or a total (制表…, 说明：…, 注：…, 共计…) but that
 * have a 整改措施 and duties of their own are problems, in Word, .xlsx and .xls alike.
 */
@QuarkusTest
class ImportNotesTest {

  private static final List<Object> HEADER =
      List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "整改时限");

  private static Table table(boolean numbered, String... problems) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(HEADER);
    int n = 0;
    for (String problem : problems) {
      n++;
      rows.add(
          List.of(
              numbered ? String.valueOf(n) : "",
              problem,
              "整改措施" + n + "。",
              "王强",
              "办公室",
              "陈晓",
              "2024年9月30日"));
    }
    rows.add(List.of("注：完成时限为最迟时间。", "", "", "", "", "", ""));
    return new Table("台账", rows, List.of(new int[] {rows.size() - 1, rows.size() - 1, 0, 6}), 7);
  }

  private static final String[] PROBLEMS = {
    "填报数据不准确，统计台账与实际不符", "制表人员未经培训上岗", "共计12个项目未按期开工", "说明：部分单位未建立台账", "注：部分台账未签字"
  };

  private static final List<String> TITLES =
      List.of("填报数据不准确，统计台账与实际不符", "制表人员未经培训上岗", "共计12个项目未按期开工", "部分单位未建立台账", "部分台账未签字");

  @Test
  void rowsWithMeasuresAndDutiesAreProblemsWhateverTheirFirstWords() {
    for (boolean numbered : new boolean[] {false, true}) {
      Table t = table(numbered, PROBLEMS);
      for (JsonPath answer :
          List.of(
              TableImportTest.dryRun(Ledgers.xlsx(List.of(t)), DocumentText.XLSX),
              TableImportTest.dryRun(Ledgers.xls(List.of(t)), DocumentText.XLS),
              TableImportTest.dryRun(Ledgers.docx(List.of("整改任务清单"), t), DocumentText.DOCX))) {
        assertEquals(TITLES, answer.getList("problems.title"), answer.prettify());
        assertEquals(
            List.of(
                List.of("整改措施1。"),
                List.of("整改措施2。"),
                List.of("整改措施3。"),
                List.of("整改措施4。"),
                List.of("整改措施5。")),
            answer.getList("problems.measures.measure"));
        assertEquals("说明：部分单位未建立台账", answer.getString("problems[3].description"));
        assertThat(
            answer.getList("warnings"),
            not(hasItem(org.hamcrest.Matchers.containsString("totals row"))));
      }
    }
  }

  @Test
  void aTotalsRowWithoutDutiesIsStillNotAProblem() {
    List<List<Object>> rows = new ArrayList<>(table(true, PROBLEMS[0]).rows());
    rows.add(2, List.of("", "共计1个问题", "", "", "", "", ""));
    Table t = new Table("台账", rows, List.of(), 7);
    JsonPath answer = TableImportTest.dryRun(Ledgers.xlsx(List.of(t)), DocumentText.XLSX);
    assertEquals(List.of(TITLES.get(0)), answer.getList("problems.title"), answer.prettify());
    assertThat(
        answer.getList("warnings"), hasItem(org.hamcrest.Matchers.containsString("totals row")));
  }

  private static Table oneRow(String seq) {
    return new Table(
        "清单",
        List.of(HEADER, List.of(seq, "附件材料归档不全", "补齐附件。", "王强", "办公室", "陈晓", "2024年9月30日")),
        List.of(),
        7);
  }

  @Test
  void aNoteBetweenTextProblemsInAWordFileWithTablesGoesWithTheProblemAbove() {
    JsonPath answer =
        TableImportTest.dryRun(
            Ledgers.docx(
                List.of(
                    "某某局整改方案",
                    "一、反馈问题",
                    "1.意识形态工作研判不及时。",
                    "整改措施：每季度开展一次意识形态形势研判。",
                    "责任领导：王强；责任单位：宣传科；责任人：韩梅；整改时限：2024年9月30日",
                    "注：上述问题须于9月底前完成整改。",
                    "2.网络舆情处置机制不健全。",
                    "整改措施：制定网络舆情处置预案。",
                    "责任领导：王强；责任单位：宣传科；责任人：韩梅；整改时限：2024年10月31日",
                    "二、其他问题",
                    oneRow("1"))),
            DocumentText.DOCX);
    assertEquals(
        List.of("意识形态工作研判不及时", "网络舆情处置机制不健全", "附件材料归档不全"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("反馈问题"), List.of("反馈问题"), List.of("其他问题")),
        answer.getList("problems.categoryPath"));
    assertEquals("意识形态工作研判不及时。\n注：上述问题须于9月底前完成整改。", answer.getString("problems[0].description"));
    assertThat(
        answer.getList("warnings"),
        hasItem(org.hamcrest.Matchers.containsString("「注：上述问题须于9月底前完成整改。」")));
  }

  @Test
  void aNoteAboveTextProblemsInAWordFileWithTablesDoesNotSwallowThem() {
    JsonPath answer =
        TableImportTest.dryRun(
            Ledgers.docx(
                List.of(
                    "某某局整改方案",
                    "一、反馈问题",
                    "说明：以下问题由县委巡察组反馈，按要求逐项整改。",
                    "1.意识形态工作研判不及时。",
                    "整改措施：每季度开展一次意识形态形势研判。",
                    "责任领导：王强；责任单位：宣传科；责任人：韩梅；整改时限：2024年9月30日",
                    "2.网络舆情处置机制不健全。",
                    "整改措施：制定网络舆情处置预案。",
                    "责任领导：王强；责任单位：宣传科；责任人：韩梅；整改时限：2024年10月31日",
                    "二、其他问题",
                    oneRow(""))),
            DocumentText.DOCX);
    assertEquals(
        List.of("意识形态工作研判不及时", "网络舆情处置机制不健全", "附件材料归档不全"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("反馈问题"), List.of("反馈问题"), List.of("其他问题")),
        answer.getList("problems.categoryPath"));
  }

  @Test
  void aNoteBelowTheTableIsStillANote() {
    JsonPath answer =
        TableImportTest.dryRun(
            Ledgers.docx(
                List.of("某某局整改任务清单", oneRow("1"), "注：", "1.完成时限为最迟时间。", "2.请于每月25日前报送进展。")),
            DocumentText.DOCX);
    assertEquals(List.of("附件材料归档不全"), answer.getList("problems.title"), answer.prettify());
    assertThat(
        answer.getList("warnings"),
        hasItem(org.hamcrest.Matchers.containsString("were read as a note")));
  }

  @Test
  void noWarningNamesAHeadingATableTookAsItsCategory() {
    JsonPath answer =
        TableImportTest.dryRun(
            Ledgers.docx(
                List.of(
                    "某某局整改方案",
                    "一、反馈问题",
                    "1.意识形态工作研判不及时。",
                    "整改措施：每季度开展一次意识形态形势研判。",
                    "责任领导：王强；责任单位：宣传科；责任人：韩梅；整改时限：2024年9月30日",
                    "二、其他问题",
                    oneRow("1"),
                    "三、财务管理方面",
                    new Table(
                        "清单",
                        List.of(
                            HEADER,
                            List.of("1", "财务报销审核不严", "完善报销审核流程。", "孙红", "财务科", "钱八", "2024年9月30日")),
                        List.of(),
                        7))),
            DocumentText.DOCX);
    assertEquals(
        List.of("意识形态工作研判不及时", "附件材料归档不全", "财务报销审核不严"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("反馈问题"), List.of("其他问题"), List.of("财务管理方面")),
        answer.getList("problems.categoryPath"));
    List<String> warnings = answer.getList("warnings");
    assertThat(
        warnings, not(hasItem(org.hamcrest.Matchers.containsString("has no numbered problems"))));
    assertThat(warnings, not(hasItem(org.hamcrest.Matchers.containsString("Problem 「财务管理方面」"))));
  }
}
