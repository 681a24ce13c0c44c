package org.bihuan.problem;

import static org.bihuan.problem.support.LedgerSheets.dryRunXlsx;
import static org.bihuan.problem.support.LedgerSheets.row;
import static org.bihuan.problem.support.LedgerSheets.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.LedgerColumnConstructs;
import org.bihuan.problem.support.LedgerConstructs;
import org.bihuan.problem.support.LedgerConstructs.Construct;
import org.bihuan.problem.support.LedgerRowAndSheetConstructs;
import org.bihuan.problem.support.LedgerTypedConstructs;
import org.junit.jupiter.api.Test;

/**
 * Ledger constructs of other organisations' 台账, each in a workbook POI writes here as .xlsx and as
 * .xls, read through {@code POST /sources/{id}/import?dryRun=true}; every problem, measure and
 * warning of the answer is compared with the one written by hand in {@link LedgerConstructs}.
 */
@QuarkusTest
class LedgerConstructsImportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static void assertBothFormats(Construct c) throws IOException {
    for (boolean xlsx : List.of(true, false)) {
      byte[] file = c.workbook().apply(xlsx ? new XSSFWorkbook() : new HSSFWorkbook());
      JsonNode answer =
          ImportAnswers.dryRun("台账构造", file, xlsx ? DocumentText.XLSX : DocumentText.XLS);
      String format = xlsx ? "xlsx: " : "xls: ";
      assertEquals(
          JSON.valueToTree(c.problems()), answer.get("problems"), format + answer.toPrettyString());
      assertEquals(
          c.warnings(),
          JSON.convertValue(answer.get("warnings"), List.class),
          format + answer.toPrettyString());
    }
  }

  @Test
  void formerValueAndHiddenColumnsAreNotReadAndAreNamed() throws IOException {
    assertBothFormats(LedgerColumnConstructs.formerAndHiddenColumns());
  }

  @Test
  void severalCategoryColumnsFormOnePathFromTopToSub() throws IOException {
    assertBothFormats(LedgerColumnConstructs.categoryColumns());
  }

  @Test
  void aMeasureMergedOverTwoProblemsIsAMeasureOfEach() throws IOException {
    assertBothFormats(LedgerRowAndSheetConstructs.measureMergedOverTwoProblems());
  }

  @Test
  void phoneNumbersAreLeftOutOfLeaderAndPersonNames() throws IOException {
    assertBothFormats(LedgerColumnConstructs.phoneNumbersInNameCells());
  }

  @Test
  void yearMonthEightDigitAndSlashDatesAreRead() throws IOException {
    assertBothFormats(LedgerColumnConstructs.yearMonthAndEightDigitDates());
  }

  @Test
  void aNewSeqNumberStartsAProblemAndABlankOneContinuesIt() throws IOException {
    assertBothFormats(LedgerRowAndSheetConstructs.seqNumbersStartProblems());
  }

  @Test
  void typedColumnsGroupsOfOneSequenceAndASummarySheetAreRead() throws IOException {
    assertBothFormats(LedgerTypedConstructs.typedColumnsGroupsAndSummary());
  }

  @Test
  void aMeasuresSheetNamingProblemsBySeqAddsItsMeasuresToThem() throws IOException {
    assertBothFormats(LedgerRowAndSheetConstructs.measuresSheetLinkedBySeq());
  }

  @Test
  void hiddenRowsAreReadAndNamedAndFormulaErrorsAreNamedByCell() throws IOException {
    assertBothFormats(LedgerColumnConstructs.hiddenRowsAndFormulaErrors());
  }

  @Test
  void aMeasuresSheetWithOnlyItsSeqColumnRefersToTheProblemsBySeq() {
    JsonPath answer =
        dryRunXlsx(
            table("问题", List.of("序号", "存在问题"), List.of(row("1", "学习不深入。"), row("2", "采购不规范。"))),
            table(
                "措施",
                List.of("序号", "整改措施", "责任单位", "整改时限"),
                List.of(
                    row("2", "建立比价制度。", "财务科", "2024年9月30日"),
                    row("1", "制定学习计划。", "机关党委", "2024年10月31日"))));
    assertEquals(List.of("学习不深入", "采购不规范"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of("制定学习计划。"), List.of("建立比价制度。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of(List.of("机关党委")), List.of(List.of("财务科"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of("2024-10-31"), List.of("2024-09-30")),
        answer.getList("problems.measures.deadline"));
    assertEquals(List.of(List.of(), List.of()), answer.getList("problems.categoryPath"));
  }

  @Test
  void twoRowHeadersOfLinkedSheetsAreCombinedFromGroupAndSubHeader() throws IOException {
    assertBothFormats(LedgerRowAndSheetConstructs.linkedSheetsWithTwoRowHeaders());
  }

  @Test
  void aTwoRowHeaderIsCombinedFromGroupAndSubHeader() throws IOException {
    assertBothFormats(LedgerRowAndSheetConstructs.twoRowHeaderOverSubHeaders());
  }
}
