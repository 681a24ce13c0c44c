package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunLaidOutPdf;
import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.RuledPdfs;
import org.junit.jupiter.api.Test;

/**
 * A group heading line (二、作风建设方面) between a PDF table and its rest drawn without a header of its
 * own, in tables drawn with rulings and without, on the table's page or (ruled) at the next page's
 * top: the heading is the category of the rows below it, not a problem, as in a Word document
 * (docs/decisions/0273, 0278). PDFs written by PDFBox, through {@code POST
 * /sources/{id}/import?dryRun=true}, every field of every problem.
 */
@QuarkusTest
class ImportPdfGroupHeadingsTest {

  private static List<Map<String, Object>> expected(List<Map<String, Object>> origins) {
    return List.of(
        problem(
            "理论学习不深入",
            "理论学习不深入。",
            List.of("政治建设方面"),
            origins.get(0),
            List.of(measure("制定学习计划。", List.of("办公室"), null, "张三", "DEADLINE", "2024-09-30"))),
        problem(
            "组织生活不规范",
            "组织生活不规范。",
            List.of("政治建设方面"),
            origins.get(1),
            List.of(measure("开好专题会。", List.of("党委办"), null, "李四", "DEADLINE", "2024-10-31"))),
        problem(
            "文山会海仍存在",
            "文山会海仍存在。",
            List.of("作风建设方面"),
            origins.get(2),
            List.of(measure("压减发文数量。", List.of("办公室"), null, "王五", "DEADLINE", "2024-11-30"))),
        problem(
            "调查研究走过场",
            "调查研究走过场。",
            List.of("作风建设方面"),
            origins.get(3),
            List.of(measure("制定调研计划。", List.of("政策研究室"), null, "赵六", "DEADLINE", "2024-12-31"))));
  }

  @Test
  void aHeadingLineAboveTheHeaderlessRestOfAnUnruledTableIsTheCategoryOfItsRows() {
    JsonPath pdf =
        dryRunLaidOutPdf(
            """
            整改任务清单
            一、政治建设方面
            <<COLUMNS 30 66 196 300 380 440>>
            |序号|存在问题|整改措施|责任单位|责任人|整改时限
            |1|理论学习不深入。|制定学习计划。|办公室|张三|2024年9月30日
            |2|组织生活不规范。|开好专题会。|党委办|李四|2024年10月31日
            二、作风建设方面
            <<COLUMNS 30 66 196 300 380 440>>
            |3|文山会海仍存在。|压减发文数量。|办公室|王五|2024年11月30日
            |4|调查研究走过场。|制定调研计划。|政策研究室|赵六|2024年12月31日""");
    assertEquals(
        expected(List.of(rows(1, 2, 2, 1), rows(1, 3, 3, 1), rows(2, 1, 1, 1), rows(2, 2, 2, 1))),
        problems(pdf),
        pdf.prettify());
  }

  @Test
  void aHeadingLineAboveTheHeaderlessRestOfARuledTableIsTheCategoryOfItsRows() {
    byte[] pdf = RuledPdfs.ruledParts(TWO_GROUPS, WIDTHS);
    JsonPath answer = dryRunPath("表格PDF", pdf, DocumentText.PDF);
    assertEquals(
        expected(List.of(rows(1, 2, 2, 1), rows(1, 3, 3, 1), rows(2, 1, 1, 1), rows(2, 2, 2, 1))),
        problems(answer),
        answer.prettify());
  }

  @Test
  void aHeadingLineAtTheTopOfThePageAboveTheHeaderlessRestOfARuledTableIsItsCategory() {
    byte[] pdf = RuledPdfs.ruledPages(TWO_GROUPS, WIDTHS);
    JsonPath answer = dryRunPath("表格PDF", pdf, DocumentText.PDF);
    assertEquals(
        expected(List.of(rows(1, 2, 2, 1), rows(1, 3, 3, 1), rows(2, 1, 1, 2), rows(2, 2, 2, 2))),
        problems(answer),
        answer.prettify());
  }

  private static final float[] WIDTHS = {30, 110, 110, 60, 40, 100};

  /** A ruled task list over two pages, a category heading above each page's rows. */
  private static final List<RuledPdfs.RuledPage> TWO_GROUPS =
      List.of(
          new RuledPdfs.RuledPage(
              List.of("整改任务清单", "一、政治建设方面"),
              List.of(
                  List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
                  List.of("1", "理论学习不深入。", "制定学习计划。", "办公室", "张三", "2024年9月30日"),
                  List.of("2", "组织生活不规范。", "开好专题会。", "党委办", "李四", "2024年10月31日")),
              List.of()),
          new RuledPdfs.RuledPage(
              List.of("二、作风建设方面"),
              List.of(
                  List.of("3", "文山会海仍存在。", "压减发文数量。", "办公室", "王五", "2024年11月30日"),
                  List.of("4", "调查研究走过场。", "制定调研计划。", "政策研究室", "赵六", "2024年12月31日")),
              List.of()));
}
