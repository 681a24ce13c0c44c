package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunLaidOutPdf;
import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.resource;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.OfficeTables;
import org.junit.jupiter.api.Test;

/**
 * Word tables whose rows break over pages, exported to PDF by LibreOffice, ruled and without
 * borders (docs/decisions/0232; the PDFs committed under src/test/resources/formats, {@link
 * OfficeTables}): the last row cut after its first line, its rest — the unit 后勤|服务中心 and the time
 * limit 2024年7|月30日 cut too — alone on the last page, and a row whose problem and measure cells run
 * over three pages, each read as the .docx it was made from is, every field of every problem
 * compared; and the rest of a cut row that cannot be joined is told in the dry run. Through {@code
 * POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfCellsOverPageBreaksTest {

  private static final String TITLE = "县教育局巡察反馈问题整改任务清单";

  @Test
  void aLastRowCutByThePageBreakIsOneProblemWithItsUnitAndTimeLimitWhole() throws IOException {
    List<List<String>> cells = OfficeTables.LAST_ROW_CUT;
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待第1方面的工作还存在薄弱环节需要逐项对照检查加以改进",
                cells.get(0).get(1),
                List.of(),
                rows(1, 2, 2, 1),
                List.of(
                    measure(
                        cells.get(0).get(2),
                        List.of("办公室"),
                        null,
                        "张三",
                        "DEADLINE",
                        "2024-06-30"))),
            problem(
                "会议管理第1方面的工作还存在薄弱环节需要逐项对照检查加以改进",
                cells.get(1).get(1),
                List.of(),
                rows(1, 3, 3, 1),
                List.of(
                    measure("精简会议，压缩会期。", List.of("综合科"), null, "李四", "DEADLINE", "2024-06-30"))),
            problem(
                "食堂管理不规范，采购验收制度执行不严，账目公示不及时",
                "食堂管理不规范，采购验收制度执行不严，账目公示不及时。",
                List.of(),
                rows(1, 4, 4, 1),
                List.of(
                    measure(
                        "修订食堂管理办法，严格采购验收，按月公示账目。",
                        List.of("后勤服务中心"),
                        null,
                        "王五",
                        "DEADLINE",
                        "2024-07-30"))));
    JsonPath word =
        dryRunPath("表格导入", OfficeTables.overPages(TITLE, cells, true).docx(), DocumentText.DOCX);
    assertEquals(withoutOrigins(expected), withoutOrigins(problems(word)), word.prettify());
    for (String name :
        List.of("table-last-row-cut-ruled.pdf", "table-last-row-cut-borderless.pdf")) {
      JsonPath pdf = dryRunPath("表格导入", resource("/formats/" + name), DocumentText.PDF);
      assertEquals(expected, problems(pdf), name + "\n" + pdf.prettify());
      assertEquals(List.of(), pdf.getList("warnings"), name);
    }
  }

  @Test
  void aCellOverThreePagesIsOneProblemWithItsTextWholeAndInOrder() throws IOException {
    List<List<String>> cells = OfficeTables.CELL_OVER_PAGES;
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "公务接待不规范，陪餐人数超标",
                "公务接待不规范，陪餐人数超标。",
                List.of(),
                rows(1, 2, 2, 1),
                List.of(
                    measure(
                        "修订接待制度，严格审批程序。", List.of("办公室"), null, "张三", "DEADLINE", "2024-06-30"))),
            problem(
                "财务管理第1方面的工作还存在薄弱环节需要逐项对照检查加以改进",
                cells.get(1).get(1),
                List.of(),
                rows(1, 3, 3, 1),
                List.of(
                    measure(
                        cells.get(1).get(2),
                        List.of("财务科"),
                        null,
                        "李四",
                        "DEADLINE",
                        "2024-08-31"))),
            problem(
                "档案管理不规范，归档不及时",
                "档案管理不规范，归档不及时。",
                List.of(),
                rows(1, 4, 4, 3),
                List.of(
                    measure(
                        "开展档案整理，建立归档台账。", List.of("档案室"), null, "钱七", "DEADLINE", "2024-10-31"))));
    JsonPath word =
        dryRunPath("表格导入", OfficeTables.overPages(TITLE, cells, true).docx(), DocumentText.DOCX);
    assertEquals(withoutOrigins(expected), withoutOrigins(problems(word)), word.prettify());
    for (String name :
        List.of("table-cell-over-pages-ruled.pdf", "table-cell-over-pages-borderless.pdf")) {
      JsonPath pdf = dryRunPath("表格导入", resource("/formats/" + name), DocumentText.PDF);
      assertEquals(expected, problems(pdf), name + "\n" + pdf.prettify());
      assertEquals(List.of(), pdf.getList("warnings"), name);
    }
  }

  @Test
  void theRestOfACutRowThatCannotBeJoinedIsToldInTheDryRun() {
    // page 2 begins with a measure's last line under no row of the table (prose follows it, not a
    // row): it is not joined, and the dry run says where it is
    JsonPath pdf =
        dryRunLaidOutPdf(
            """
            ××局整改任务清单
            <<COLUMNS 60 98 158 218 278 338>>
            |序号|问题描述|整改措施|责任单位|责任人|整改时限
            |1|接待超标|修订制度|办公室|张三|2024年6月30日
            |2|会议偏多|精简会议|综合科|李四|2024年7月31日
            - 1 -
            <<PAGE>>
            <<COLUMNS 60 98 158 218 278 338>>
            | | |压缩会期
            各单位要高度重视，认真抓好整改落实，按期报送整改情况。
            - 2 -""");
    assertEquals(
        List.of(
            problem(
                "接待超标",
                "接待超标",
                List.of(),
                rows(1, 2, 2, 1),
                List.of(measure("修订制度", List.of("办公室"), null, "张三", "DEADLINE", "2024-06-30"))),
            problem(
                "会议偏多",
                "会议偏多",
                List.of(),
                rows(1, 3, 3, 1),
                List.of(measure("精简会议", List.of("综合科"), null, "李四", "DEADLINE", "2024-07-31")))),
        problems(pdf),
        pdf.prettify());
    // the prose after it gives no problem either: named as read and not imported (0265)
    assertEquals(
        List.of(
            "Page 2 begins with 「压缩会期」 inside the columns of the table that page 1 ends with, but"
                + " it could not be read as the rest of that table's last row; it was read as text"
                + " outside the table. Check that row against the PDF.",
            "1 paragraph(s) of the text outside the tables (「各单位要高度重视，认真抓好整改落实，按期报送整改情况。」"
                + " line 6 (after table 1)) gave no problem; it was read and not imported. If a"
                + " paragraph lists problems, number each problem (1. 2.) and give it its 整改措施 or"
                + " 责任单位, or put it in the table."),
        pdf.getList("warnings"),
        pdf.prettify());
  }
}
