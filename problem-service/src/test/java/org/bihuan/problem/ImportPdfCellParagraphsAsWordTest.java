package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.CalcPrint;
import org.bihuan.problem.support.PdfCellBreaksTable;
import org.junit.jupiter.api.Test;

/**
 * Ruled Word tables written by POI and printed to PDF by LibreOffice Writer in the test read as the
 * .docx does, through {@code POST /sources/{id}/import?dryRun=true}: a 整改措施 cell of unnumbered
 * paragraphs closed by stops beside a 完成时限 cell of one time limit a paragraph (0422) — the print's
 * paragraph breaks (a line ending short of the cell's room) are given to that rule as the .docx's
 * paragraphs are (docs/decisions/0429; main read one measure of all three units and people and the
 * latest date). Control: the cell breaks of 0319 still read as the .docx ({@link
 * PdfCellBreaksTable}).
 */
@QuarkusTest
class ImportPdfCellParagraphsAsWordTest {

  private static byte[] table(List<List<List<String>>> rows) throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          XWPFTableCell cell = table.getRow(r).getCell(c);
          List<String> paragraphs = rows.get(r).get(c);
          cell.getParagraphs().get(0).createRun().setText(paragraphs.get(0));
          for (String p : paragraphs.subList(1, paragraphs.size())) {
            cell.addParagraph().createRun().setText(p);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  private static List<List<String>> row(String... cells) {
    return java.util.Arrays.stream(cells).map(c -> List.of(c.split("/"))).toList();
  }

  private static void readsAsTheWordFile(byte[] docx) throws IOException {
    JsonPath word = dryRunPath("外部文件", docx, DocumentText.DOCX);
    JsonPath pdf = dryRunPath("外部文件", CalcPrint.pdf(docx, "table.docx"), DocumentText.PDF);
    assertEquals(withoutOrigins(problems(word)), withoutOrigins(problems(pdf)), pdf.prettify());
  }

  @Test
  void timeLimitParagraphsGoToTheMeasureOfTheirPlace() throws IOException {
    byte[] docx =
        table(
            List.of(
                row("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
                row(
                    "1",
                    "医疗机构院感防控制度落实不到位",
                    "开展院感防控专项督查。/组织院感专职人员培训。/建立院感防控通报制度。",
                    "医政医管股/县人民医院/县卫生监督所",
                    "黄伟/邓辉/许强",
                    "2025年4月30日/2025年5月底/2025年6月30日")));
    readsAsTheWordFile(docx);
    JsonPath pdf = dryRunPath("外部文件", CalcPrint.pdf(docx, "t.docx"), DocumentText.PDF);
    assertEquals(3, pdf.getList("problems[0].measures").size(), pdf.prettify());
    assertEquals(
        List.of("2025-04-30", "2025-05-31", "2025-06-30"),
        pdf.getList("problems[0].measures.deadline"));
  }

  @Test
  void theCellBreaksOfEarlierPrintsStillReadAsTheWordFile() throws IOException {
    readsAsTheWordFile(PdfCellBreaksTable.table().docx());
  }
}
