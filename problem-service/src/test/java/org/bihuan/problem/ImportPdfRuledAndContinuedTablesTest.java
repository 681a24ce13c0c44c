package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.bihuan.problem.support.ImportAnswers.dryRunLaidOutPdf;
import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.RuledPdfs;
import org.bihuan.problem.support.TaskListTable;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A table without rulings that goes on over the next page without repeating its header, and tables
 * whose cells are drawn with lines, in PDFs PDFBox writes here — read through {@code POST
 * /sources/{id}/import?dryRun=true} with every field of every problem and measure compared, and the
 * same table written as a Word table by POI read to the same problems.
 */
@QuarkusTest
class ImportPdfRuledAndContinuedTablesTest {

  @Test
  void anUnruledTableGoesOnOverThePageBreakWithoutItsHeaderAndItsPageNumbersStayOut() {
    // page 1 ends with row 3 cut by the page break and the page number right under it; page 2
    // goes on with the rest of row 3's cells, row 4, and its own page number
    JsonPath pdf =
        dryRunLaidOutPdf(
            """
            ××局巡察反馈问题整改任务清单
            一、作风建设方面
            <<COLUMNS 30 75 190 305 396 452>>
            |序号|问题描述|具体措施|责任部门|联系人|完成时间
            |1|公务接待不规范，|修订接待制度，|办公室|张三|2024年6月30日
            | |陪餐人数超标。|严格审批程序。
            |2|会议偏多。|精简会议。|办公室|李四|2024年7月31日
            | | |合并同类会议。|综合科|王五|2024年8月31日
            |3|调研不深入，|开展专题调研。|党委办公室、|赵六|2024年9月30日
            — 1 —
            <<PAGE>>
            <<COLUMNS 30 75 190 305 396 452>>
            | |成果转化少。| |纪委办公室
            |4|档案管理不规范。|开展档案整理。|档案室|钱七|2024年10月31日

            注：完成时间以实际完成为准。
            — 2 —""");
    assertEquals(
        TaskListTable.problems(
            List.of(rows(1, 2, 2, 1), rows(1, 3, 4, 1), rows(1, 5, 5, 1), rows(1, 6, 6, 2))),
        problems(pdf),
        pdf.prettify());
    // the note under the table is named, not dropped silently (0252)
    assertEquals(
        List.of(
            "The note 「注：完成时间以实际完成为准。」 was read as a note, not as a problem; it was not imported."),
        pdf.getList("warnings"),
        pdf.prettify());
  }

  @Test
  void theNextPagesRowsAreTheirOwnWhenTheyStartARow() {
    JsonPath pdf =
        dryRunLaidOutPdf(
            """
            ××局巡察反馈问题整改任务清单
            一、作风建设方面
            <<COLUMNS 30 75 190 305 396 452>>
            |序号|问题描述|具体措施|责任部门|联系人|完成时间
            |1|公务接待不规范，|修订接待制度，|办公室|张三|2024年6月30日
            | |陪餐人数超标。|严格审批程序。
            |2|会议偏多。|精简会议。|办公室|李四|2024年7月31日
            <<PAGE>>
            ××局巡察反馈问题整改任务清单
            <<COLUMNS 30 75 190 305 396 452>>
            | | |合并同类会议。|综合科|王五|2024年8月31日
            |3|调研不深入，|开展专题调研。|党委办公室、|赵六|2024年9月30日
            | |成果转化少。| |纪委办公室
            |4|档案管理不规范。|开展档案整理。|档案室|钱七|2024年10月31日
            第2页""");
    List<Map<String, Object>> expected =
        TaskListTable.problems(
            List.of(rows(1, 2, 2, 1), rows(1, 3, 4, 1), rows(1, 5, 5, 2), rows(1, 6, 6, 2)));
    assertEquals(expected, problems(pdf), pdf.prettify());
  }

  @Test
  void aRuledTableIsReadByItsLinesWithWrappedAndMergedCellsAsTheSameWordTable() {
    byte[] pdf =
        RuledPdfs.ruled(
            List.of("××局巡察反馈问题整改任务清单", "一、作风建设方面"),
            List.of(
                List.of("序号", "问题描述", "具体措施", "责任部门", "联系人", "完成时间"),
                List.of("1", "公务接待不规范，\n陪餐人数超标。", "修订接待制度，\n严格审批程序。", "办公室", "张三", "2024年6月30日"),
                List.of("2", "会议偏多。", "精简会议。", "办公室", "李四", "2024年7月31日"),
                List.of("^", "^", "合并同类会议。", "综合科", "王五", "2024年8月31日"),
                List.of("3", "调研不深入，\n成果转化少。", "开展专题调研。", "党委办公室、\n纪委办公室", "赵六", "2024年9月30日"),
                List.of("4", "档案管理不规范。", "开展档案整理。", "档案室", "钱七", "2024年10月31日")),
            TaskListTable.WIDTHS,
            List.of("注：完成时间以实际完成为准。"));
    List<Map<String, Object>> expected =
        TaskListTable.problems(List.of(rows(1, 2, 2), rows(1, 3, 4), rows(1, 5, 5), rows(1, 6, 6)));
    JsonPath answer = dryRunPath("表格PDF", pdf, DocumentText.PDF);
    assertEquals(
        TaskListTable.problems(
            List.of(rows(1, 2, 2, 1), rows(1, 3, 4, 1), rows(1, 5, 5, 1), rows(1, 6, 6, 1))),
        problems(answer),
        answer.prettify());

    byte[] docx = TaskListTable.docx(4);
    JsonPath word = dryRunPath("表格Word", docx, DocumentText.DOCX);
    assertEquals(expected, problems(word), word.prettify());
  }

  @Test
  void aRuledTableWhoseCellsCannotBeFoundIsRefusedAndNothingIsWritten() {
    // the header names the columns, but the table is drawn with more columns than are read
    float[] widths = new float[6 + 70];
    System.arraycopy(TaskListTable.WIDTHS, 0, widths, 0, 6);
    Arrays.fill(widths, 6, widths.length, 2.5f);
    List<List<String>> table = new ArrayList<>();
    table.add(List.of("序号", "问题描述", "具体措施", "责任部门", "联系人", "完成时间"));
    table.add(List.of("1", "会议偏多。", "精简会议。", "办公室", "李四", "2024年7月31日"));
    byte[] pdf = RuledPdfs.ruled(List.of("××局整改任务清单"), table, widths, List.of());
    String source = Api.source("表格PDF");
    for (String dryRun : List.of("true", "false")) {
      given()
          .auth()
          .oauth2(Tokens.reporter("导入人", null))
          .contentType(DocumentText.PDF)
          .body(pdf)
          .queryParam("dryRun", dryRun)
          .post("/api/v1/sources/" + source + "/import")
          .then()
          .statusCode(422)
          .contentType(containsString("application/problem+json"))
          .body("status", equalTo(422))
          .body(
              "detail",
              equalTo(
                  "Page 1 of the PDF holds its problems in a ruled table whose cells could not be"
                      + " found (more rows or columns than are read, or text that does not line up"
                      + " with the rulings). Send the original Word (.docx/.doc) or Excel"
                      + " (.xlsx/.xls) file the PDF was made from."));
    }
    Api.asViewer()
        .queryParam("sourceId", source)
        .get("/api/v1/problems")
        .then()
        .statusCode(200)
        .body("items", empty());
  }
}
