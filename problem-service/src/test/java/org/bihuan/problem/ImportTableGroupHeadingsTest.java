package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.PlainLedger.deadlineProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.PlainLedger;
import org.junit.jupiter.api.Test;

/**
 * A group heading written as a paragraph above a Word table that goes on without a header of its
 * own (三、作风建设方面 between the parts of one 整改台账): the heading is the category of the rows below it,
 * not a problem, and the rows are read under the table's header (docs/decisions/0273). A .docx
 * written by POI, through {@code POST /sources/{id}/import?dryRun=true}, every field of every
 * problem.
 */
@QuarkusTest
class ImportTableGroupHeadingsTest {

  @Test
  void aHeadingParagraphAboveAHeaderlessContinuationIsTheCategoryOfItsRows() {
    byte[] docx =
        Ledgers.docx(
            List.of(
                "整改任务清单",
                "一、政治建设方面",
                new Ledgers.Table(
                    null,
                    List.of(
                        PlainLedger.HEADER,
                        List.of("1", "理论学习不深入。", "制定学习计划。", "办公室", "2024年9月30日"),
                        List.of("2", "民主生活会质量不高。", "开好专题会。", "党委办", "2024年10月31日")),
                    List.of(),
                    5),
                "二、作风建设方面",
                new Ledgers.Table(
                    null,
                    List.of(
                        List.of("3", "文山会海仍然存在。", "压减发文数量。", "办公室", "2024年11月30日"),
                        List.of("4", "调查研究走过场。", "制定调研计划。", "政策研究室", "2024年12月31日")),
                    List.of(),
                    5)));
    JsonPath answer = dryRunPath("分组续表导入", docx, DocumentText.DOCX);
    assertEquals(
        List.of(
            deadlineProblem(
                "理论学习不深入",
                List.of("政治建设方面"),
                rows(1, 2, 2),
                "制定学习计划。",
                List.of("办公室"),
                "2024-09-30"),
            deadlineProblem(
                "民主生活会质量不高",
                List.of("政治建设方面"),
                rows(1, 3, 3),
                "开好专题会。",
                List.of("党委办"),
                "2024-10-31"),
            deadlineProblem(
                "文山会海仍然存在",
                List.of("作风建设方面"),
                rows(2, 1, 1),
                "压减发文数量。",
                List.of("办公室"),
                "2024-11-30"),
            deadlineProblem(
                "调查研究走过场",
                List.of("作风建设方面"),
                rows(2, 2, 2),
                "制定调研计划。",
                List.of("政策研究室"),
                "2024-12-31")),
        problems(answer),
        answer.prettify());
  }
}
