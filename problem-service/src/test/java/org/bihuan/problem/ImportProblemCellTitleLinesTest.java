package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.bihuan.problem.support.ProblemCellTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Problem cells written as a short title line over a sentence of detail, whatever the title line
 * ends with (…超过承诺时限, …仍然存在, …流于形式, …问题突出), in files written by POI — a Word cell of two paragraphs
 * or of one paragraph with a line break, an Excel cell with Alt+Enter (.xlsx, .xls) — read through
 * {@code POST /sources/{id}/import?dryRun=true}: the title line is the title, the cell the
 * description. Sentences that only wrap stay one text: a line cut before its verb (部分项目未 / 按期…),
 * after a transitive verb (部分单位存在 / 违规…), after its subject where the line under it states the
 * problem (部分单位落实 / 中央八项规定精神不到位，…), under an area (党风廉政建设方面 / …), in a number (截至2023 / 年底…), at a
 * comma, or as wide as the line under it (the cell's width cut it); so does an Excel cell wrapped
 * by its width, without a line break (docs/decisions/0425, 0405).
 */
@QuarkusTest
class ImportProblemCellTitleLinesTest {

  private record Cell(String text, String title, String description) {}

  private static Cell heads(String title, String detail) {
    return new Cell(title + "\n" + detail, title, title + "\n" + detail);
  }

  private static Cell oneText(String text) {
    String joined = text.replace("\n", "");
    return new Cell(text, joined.replaceAll("。$", ""), joined);
  }

  private static final List<Cell> CELLS =
      List.of(
          heads("项目审批时限超过承诺时限", "部分审批事项平均办理时间超过承诺时限3个工作日。"),
          heads("文山会海问题仍然存在", "2023年以局名义印发文件较上年增长15%。"),
          heads("应急预案演练流于形式", "2023年未组织开展综合应急演练。"),
          heads("干部队伍年龄结构问题突出", "45岁以下干部占比仅为18%。"),
          heads("制度不健全，执行不到位", "部分科室未建立内控制度，已建制度未严格执行。"),
          // 0405's reading kept: a line stating the problem over a shorter detail
          heads("基本公卫项目资金拨付滞后", "2024年资金到位率仅65%。"),
          oneText("部分项目未\n按期开工建设，影响资金支出进度。"),
          oneText("部分单位存在\n违规发放津补贴问题。"),
          oneText("截至2023\n年底仍有3个项目未完工。"),
          // cut after its subject: the line under it states the problem in its first clause
          oneText("部分单位落实\n中央八项规定精神不到位，存在违规公款吃喝问题。"),
          oneText("部分涉农资金拨付\n进度滞后，影响项目实施。"),
          oneText("个别干部执行\n请销假制度不严格。"),
          // an area over the problem is no title of it
          oneText("党风廉政建设方面\n部分干部存在违规收受礼品礼金问题。"),
          oneText("专项资金执行率仅为\n62%，低于全省平均水平。"),
          oneText("部分审批事项平均办理时间超过\n承诺时限3个工作日。"),
          oneText("项目资金使用不规范，\n部分资金未专款专用。"),
          oneText("县医院在药品采购过程中未严格执行国家\n集中带量采购政策，存在自行议价采购现象。"),
          // wrapped by the cell's width, no line break: one line
          oneText("政府采购程序执行不严格部分项目未按规定公开招标存在化整为零规避招标情形。"));

  @ParameterizedTest
  @ValueSource(strings = {"docx", "docx-line-breaks", "xlsx", "xls"})
  void aTitleLineOverASentenceIsTheTitleAWrappedSentenceOneText(String format) throws IOException {
    List<String> texts = CELLS.stream().map(Cell::text).toList();
    String kind = format.startsWith("docx") ? "docx" : format;
    byte[] file =
        switch (format) {
          case "docx" -> ProblemCellTables.write("docx", texts);
          case "docx-line-breaks" -> docxWithLineBreaks(texts);
          case "xlsx" -> sheet(new XSSFWorkbook(), texts);
          default -> sheet(new HSSFWorkbook(), texts);
        };
    JsonPath answer = dryRunTableFile(kind, file);
    assertEquals(
        ProblemCellTables.expected(
            kind.equals("docx") ? "docx" : "xlsx",
            CELLS.stream().map(Cell::title).toList(),
            CELLS.stream().map(Cell::description).toList()),
        problems(answer),
        answer.prettify());
  }

  /** A .docx whose cells are one paragraph each, their lines broken by Shift+Enter (w:br). */
  private static byte[] docxWithLineBreaks(List<String> problemCells) throws IOException {
    List<List<String>> rows = ProblemCellTables.rows(problemCells);
    try (XWPFDocument document = new XWPFDocument()) {
      document.createParagraph().createRun().setText("整改任务清单");
      XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          XWPFTableCell cell = table.getRow(r).getCell(c);
          XWPFRun run = cell.getParagraphs().get(0).createRun();
          String[] lines = rows.get(r).get(c).split("\n", -1);
          for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
              run.addBreak();
            }
            run.setText(lines[i], i);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  /**
   * The sheet 台账 of an Excel workbook: Alt+Enter is a line break in the cell's text, every cell
   * wraps its text, the 存在问题 column narrow (ten characters), as a ledger's is.
   */
  private static byte[] sheet(Workbook wb, List<String> problemCells) throws IOException {
    try (wb) {
      CellStyle wrap = wb.createCellStyle();
      wrap.setWrapText(true);
      Sheet sheet = wb.createSheet("台账");
      sheet.setColumnWidth(1, 20 * 256);
      List<List<String>> rows = ProblemCellTables.rows(problemCells);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
          cell.setCellValue(rows.get(r).get(c));
          cell.setCellStyle(wrap);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }
}
