package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunLaidOutPdf;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 注： line across a PDF table drawn without rulings, with the table's rows going on below it: the
 * note is named as a note and the rows below it are the table's (docs/decisions/0273). A PDF
 * written by PDFBox, through {@code POST /sources/{id}/import?dryRun=true}, every field of every
 * problem.
 */
@QuarkusTest
class ImportBorderlessTableNoteTest {

  @Test
  void theRowsBelowANoteAcrossAnUnruledTableAreTheTables() {
    JsonPath pdf =
        dryRunLaidOutPdf(
            """
            ××局巡察反馈问题整改任务清单
            <<COLUMNS 30 75 190 305 396 452>>
            |序号|问题描述|具体措施|责任部门|联系人|完成时间
            |1|公务接待不规范。|修订接待制度。|办公室|张三|2024年6月30日
            注：完成时间为最迟完成时间，各责任部门可根据工作实际提前完成，并及时报送整改情况。
            <<COLUMNS 30 75 190 305 396 452>>
            |2|会议偏多。|精简会议。|办公室|李四|2024年7月31日
            |3|调研不深入。|开展专题调研。|党委办公室|赵六|2024年9月30日""");
    assertEquals(
        List.of(
            problem(
                "公务接待不规范",
                "公务接待不规范。",
                List.of(),
                rows(1, 2, 2, 1),
                List.of(measure("修订接待制度。", List.of("办公室"), null, "张三", "DEADLINE", "2024-06-30"))),
            problem(
                "会议偏多",
                "会议偏多。",
                List.of(),
                rows(1, 4, 4, 1),
                List.of(measure("精简会议。", List.of("办公室"), null, "李四", "DEADLINE", "2024-07-31"))),
            problem(
                "调研不深入",
                "调研不深入。",
                List.of(),
                rows(1, 5, 5, 1),
                List.of(
                    measure("开展专题调研。", List.of("党委办公室"), null, "赵六", "DEADLINE", "2024-09-30")))),
        problems(pdf),
        pdf.prettify());
    List<String> warnings = pdf.getList("warnings");
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    w.contains("is a note (「注：完成时间为最迟完成时间")
                        && w.endsWith("not a problem; it was not imported.")),
        warnings.toString());
    assertTrue(
        warnings.stream().noneMatch(w -> w.contains("line(s) after it")), warnings.toString());
  }
}
