package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunLaidOutPdf;
import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.RuledPdfs;
import org.bihuan.problem.support.RuledPdfs.RuledPage;
import org.bihuan.problem.support.TaskListTable;
import org.junit.jupiter.api.Test;

/**
 * PDF tables that go on over a page break as offices print them (docs/decisions/0220): a ruled
 * table whose header row is not repeated on the next page, and an unruled one whose next page sets
 * its columns at other x positions — PDFs PDFBox writes here, read through {@code POST
 * /sources/{id}/import?dryRun=true} with every field of every problem and measure compared, each
 * problem's origin naming the page its first row stands on.
 */
@QuarkusTest
class ImportPdfTablesAcrossPagesTest {

  @Test
  void aRuledTableGoesOnOnTheNextPageWithoutItsHeaderRow() {
    // Word draws the rest of the table on page 2 without repeating its header; problem 2's merged
    // cell goes on over the break (its part on page 2 is blank)
    byte[] pdf =
        RuledPdfs.ruledPages(
            List.of(
                new RuledPage(
                    List.of("××局巡察反馈问题整改任务清单", "一、作风建设方面"),
                    List.of(
                        List.of("序号", "问题描述", "具体措施", "责任部门", "联系人", "完成时间"),
                        List.of(
                            "1",
                            "公务接待不规范，\n陪餐人数超标。",
                            "修订接待制度，\n严格审批程序。",
                            "办公室",
                            "张三",
                            "2024年6月30日"),
                        List.of("2", "会议偏多。", "精简会议。", "办公室", "李四", "2024年7月31日")),
                    List.of("— 1 —")),
                new RuledPage(
                    List.of("××局巡察反馈问题整改任务清单"),
                    List.of(
                        List.of("", "", "合并同类会议。", "综合科", "王五", "2024年8月31日"),
                        List.of(
                            "3", "调研不深入，\n成果转化少。", "开展专题调研。", "党委办公室、\n纪委办公室", "赵六", "2024年9月30日"),
                        List.of("4", "档案管理不规范。", "开展档案整理。", "档案室", "钱七", "2024年10月31日")),
                    List.of("注：完成时间以实际完成为准。", "— 2 —"))),
            TaskListTable.WIDTHS);
    JsonPath answer = dryRunPath("表格PDF", pdf, DocumentText.PDF);
    assertEquals(
        TaskListTable.problems(
            List.of(rows(1, 2, 2, 1), rows(1, 3, 4, 1), rows(1, 5, 5, 2), rows(1, 6, 6, 2))),
        problems(answer),
        answer.prettify());
  }

  @Test
  void anUnruledTableGoesOnOnANextPageThatSetsItsColumnsElsewhere() {
    // page 2 sets the columns at other x positions (its cells narrower): 联系人 stands left of where
    // page 1's header put it, under no header word
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
            — 1 —
            <<PAGE>>
            ××局巡察反馈问题整改任务清单
            <<COLUMNS 30 60 176 280 372 420>>
            | | |合并同类会议。|综合科|王五|2024年8月31日
            |3|调研不深入，|开展专题调研。|党委办公室、|赵六|2024年9月30日
            | |成果转化少。| |纪委办公室
            |4|档案管理不规范。|开展档案整理。|档案室|钱七|2024年10月31日
            — 2 —""");
    assertEquals(
        TaskListTable.problems(
            List.of(rows(1, 2, 2, 1), rows(1, 3, 4, 1), rows(1, 5, 5, 2), rows(1, 6, 6, 2))),
        problems(pdf),
        pdf.prettify());
    assertEquals(
        List.of(
            "The line 「××局巡察反馈问题整改任务清单」, repeated at the top or bottom of page(s) 1–2, was read as"
                + " a running header or footer and left out of the text."),
        pdf.getList("warnings"),
        pdf.prettify());
  }
}
