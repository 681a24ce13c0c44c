package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A 10-column 整改台账 printed three pages wide by LibreOffice Calc without gridlines, whose sign-off
 * row stands right under the last row with no 序号: 制表人：王五 in the 问题类别 column on page 1, 填表人：林晓
 * 审核人：周正 日期：… in the 责任人/整改时限/整改进展 columns on page 3 (calc-wide-sheet-sign-offs-under-rows.xlsx,
 * written with POI, and its print). A line below the table's rows whose every cell is a sign-off
 * label with its value ends the table: it is not joined to the last row's cells, which read as the
 * workbook's (docs/decisions/0407). Through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfWideSheetSignOffsTest {

  private static JsonPath dryRun(String file, String type) throws IOException {
    return ImportAnswers.dryRunPath("整改台账", ImportAnswers.resource("/documents/" + file), type);
  }

  @Test
  void aSignOffUnderTheLastRowIsLeftOutOfItsCellsOnEveryPage() throws IOException {
    JsonPath sheet = dryRun("calc-wide-sheet-sign-offs-under-rows.xlsx", DocumentText.XLSX);
    JsonPath pdf = dryRun("calc-wide-sheet-sign-offs-under-rows.pdf", DocumentText.PDF);
    assertEquals(withoutOrigins(problems(sheet)), withoutOrigins(problems(pdf)), pdf.prettify());
    assertEquals(4, pdf.getList("problems").size());
    // the last row's cells, the sign-off under them left out
    assertEquals(List.of("社区治理"), pdf.getList("problems[3].categoryPath"));
    assertEquals("林晓", pdf.getString("problems[3].measures[0].responsiblePerson"));
    assertEquals("2025-06-30", pdf.getString("problems[3].measures[0].deadline"));
    assertEquals("已完成", pdf.getString("problems[3].measures[0].progress"));
    // 审核 inside a 整改进展 cell is no sign-off label
    assertEquals("方案已报党工委审核，待印发", pdf.getString("problems[1].measures[0].progress"));
  }
}
