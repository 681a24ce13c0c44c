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
import org.bihuan.problem.support.ProblemCellTables;
import org.junit.jupiter.api.Test;

/**
 * Ruled Word tables written by POI and printed to PDF by LibreOffice Writer in the test read as the
 * .docx does, through {@code POST /sources/{id}/import?dryRun=true}: a 整改措施 cell of unnumbered
 * paragraphs closed by stops beside a 完成时限 cell of one time limit a paragraph (0422), numbered
 * measures beside one date a paragraph, and problem cells whose first paragraph is a title over a
 * detail (0425) — the print's paragraph breaks (a line ending short of the cell's room) are given
 * to those rules as the .docx's paragraphs are (docs/decisions/0429). Control: the cell breaks of
 * 0319 still read as the .docx ({@link PdfCellBreaksTable}).
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
                    "2025年4月30日/2025年5月底/2025年6月30日"),
                row(
                    "2",
                    "卫生监督执法检查覆盖面不足",
                    "1.制定年度双随机抽查计划/2.对无证行医开展专项打击",
                    "县卫生监督所",
                    "邓辉",
                    "2025年2月28日/立行立改"),
                row(
                    "3",
                    "家庭医生签约服务履约率低",
                    "1.开展签约居民随访核查/2.纳入绩效考核",
                    "基层卫生股",
                    "许强",
                    "2025年8月31日/2025年12月31日")));
    readsAsTheWordFile(docx);
    JsonPath pdf = dryRunPath("外部文件", CalcPrint.pdf(docx, "t.docx"), DocumentText.PDF);
    assertEquals(3, pdf.getList("problems[0].measures").size(), pdf.prettify());
    assertEquals(
        List.of("2025-04-30", "2025-05-31", "2025-06-30"),
        pdf.getList("problems[0].measures.deadline"));
    assertEquals(List.of("DEADLINE", "IMMEDIATE"), pdf.getList("problems[1].measures.timing"));
    assertEquals(List.of("2025-08-31", "2025-12-31"), pdf.getList("problems[2].measures.deadline"));
  }

  @Test
  void aTitleParagraphOverADetailIsTheTitle() throws IOException {
    List<String> cells =
        List.of(
            "项目审批时限超过承诺时限\n部分审批事项平均办理时间超过承诺时限3个工作日。",
            "干部队伍年龄结构问题突出\n45岁以下干部占比仅为18%。",
            "部分项目未\n按期开工建设，影响资金支出进度。",
            "党风廉政建设方面\n部分干部存在违规收受礼品礼金问题。",
            "政府采购程序执行不严格部分项目未按规定公开招标存在化整为零规避招标情形。");
    byte[] docx = ProblemCellTables.write("docx", cells);
    readsAsTheWordFile(docx);
    JsonPath pdf = dryRunPath("外部文件", CalcPrint.pdf(docx, "t.docx"), DocumentText.PDF);
    assertEquals(
        List.of("项目审批时限超过承诺时限", "干部队伍年龄结构问题突出"), pdf.getList("problems.title").subList(0, 2));
  }

  @Test
  void theCellBreaksOfEarlierPrintsStillReadAsTheWordFile() throws IOException {
    readsAsTheWordFile(PdfCellBreaksTable.table().docx());
  }
}
