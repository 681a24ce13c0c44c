package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.CalcPrint;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A Word document (.docx written by POI, printed to PDF by LibreOffice when the test runs) whose
 * page 1 is a table of problems without a 整改措施 column (序号 存在问题 责任单位 责任人 完成时限) and whose page 2
 * begins with a plain heading 「整改措施」 over two paragraphs of prose. The heading stands where the
 * table's header does, but it is no column of that table: page 2 draws no cells whose rows are page
 * 1's rows, its lines stand in no row of page 1 (docs/decisions/0423). The problems are read
 * without measures, the missing column is told, and the two paragraphs are named as not imported —
 * with cell borders or without; never joined to the rows, never refused as a sheet wider than its
 * page (a sheet's column printed alone on page 2 is ImportPdfCalcWideLedgerPagesTest).
 */
@QuarkusTest
class ImportPdfWordTableThenHeadingPageTest {

  private static final String[] HEADER = {"序号", "存在问题", "责任单位", "责任人", "完成时限"};

  private static final String[][] ROWS = {
    {"1", "政治理论学习不够深入，学习制度执行不严格。", "办公室", "李明", "2024年7月31日"},
    {"2", "固定资产账实不符，部分资产未登记入账。", "财务科", "孙丽", "2024年9月30日"},
    {"3", "公务接待审批不规范，接待清单不完整。", "办公室", "周涛", "2024年10月31日"}
  };

  private static byte[] document(boolean ruled) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFTable table = doc.createTable(ROWS.length + 1, HEADER.length);
      for (int c = 0; c < HEADER.length; c++) {
        table.getRow(0).getCell(c).setText(HEADER[c]);
      }
      for (int r = 0; r < ROWS.length; r++) {
        for (int c = 0; c < HEADER.length; c++) {
          table.getRow(r + 1).getCell(c).setText(ROWS[r][c]);
        }
      }
      if (!ruled) { // a table of no style: no borders drawn (Word's default without 网格型)
        table.getCTTbl().getTblPr().unsetTblBorders();
      }
      doc.createParagraph().createRun().addBreak(BreakType.PAGE);
      doc.createParagraph().createRun().setText("整改措施");
      doc.createParagraph().createRun().setText("各责任单位要对照问题清单，逐项制定整改措施，明确整改时限，确保按期完成。");
      doc.createParagraph().createRun().setText("整改完成后，及时报送整改情况。");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static JsonPath dryRun(boolean ruled) throws IOException {
    return ImportAnswers.dryRunPath(
        "整改通知", CalcPrint.pdf(document(ruled), "notice.docx"), DocumentText.PDF);
  }

  private static void readAsItsTableAndText(JsonPath pdf) {
    List<Map<String, Object>> expected = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (int r = 0; r < ROWS.length; r++) {
      String title = ROWS[r][1].substring(0, ROWS[r][1].length() - 1);
      expected.add(problem(title, ROWS[r][1], List.of(), rows(1, r + 2, r + 2, 1), List.of()));
      warnings.add(
          "Problem 「"
              + title
              + "」: the table has no 整改措施 column, so its 责任单位 and 时限 could not be given to a"
              + " measure.");
    }
    warnings.add(
        "2 paragraph(s) of the text outside the tables (「各责任单位要对照问题清单，逐项制定整改措施，明确整改时限，确…」 line 18"
            + " (after table 1), 「整改完成后，及时报送整改情况。」 line 19 (after table 1)) gave no problem;"
            + " they were read and not imported. If a paragraph lists problems, number each problem"
            + " (1. 2.) and give it its 整改措施 or 责任单位, or put it in the table.");
    assertEquals(expected, problems(pdf), pdf.prettify());
    assertEquals(warnings, pdf.getList("warnings"), pdf.prettify());
  }

  @Test
  void theHeadingOnPageTwoAfterARuledTableIsNoColumnOfIt() throws IOException {
    readAsItsTableAndText(dryRun(true));
  }

  @Test
  void theHeadingOnPageTwoAfterABorderlessTableIsNoColumnOfItAndNotRefused() throws IOException {
    readAsItsTableAndText(dryRun(false));
  }
}
