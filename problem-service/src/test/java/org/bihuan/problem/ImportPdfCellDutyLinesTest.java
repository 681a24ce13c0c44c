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
 * Duty lines inside a PDF table's 整改措施 cell (责任单位：… / 责任人：… on lines of the cell below the measure)
 * and cells wrapped over two lines (a date 「2025年 6」 / 「月 30日」, a unit 「人事」 / 「科」), in tables drawn
 * with rulings and without: the duty lines give the measure its units and person, as they do in a
 * Word cell, and are never a measure of their own; a wrapped cell's lines are one text
 * (docs/decisions/0278). PDFs written by PDFBox, through {@code POST
 * /sources/{id}/import?dryRun=true}, every field of every problem.
 */
@QuarkusTest
class ImportPdfCellDutyLinesTest {

  private static List<Map<String, Object>> expected(
      Map<String, Object> first, Map<String, Object> second) {
    return List.of(
        problem(
            "培训覆盖面不足",
            "培训覆盖面不足。",
            List.of(),
            first,
            List.of(measure("加强培训，提升能力。", List.of("人事科"), null, "陈静", "DEADLINE", "2025-06-30"))),
        problem(
            "会议偏多",
            "会议偏多。",
            List.of(),
            second,
            List.of(measure("精简会议。", List.of("办公室"), null, "李四", "DEADLINE", "2025-07-31"))));
  }

  @Test
  void dutyLinesOfAnUnruledMeasureCellAreItsDutiesAndAWrappedDateIsOneDate() {
    JsonPath pdf =
        dryRunLaidOutPdf(
            """
            ××局巡察反馈问题整改任务清单
            <<COLUMNS 30 66 196 338 406 464>>
            |序号|问题描述|整改措施|责任单位|责任人|完成时限
            |1|培训覆盖面不足。|加强培训，提升能力。| | |2025年 6
            | | |责任单位：人事科| | |月 30日
            | | |责任人：陈静
            |2|会议偏多。|精简会议。|办公室|李四|2025年7月31日""");
    assertEquals(expected(rows(1, 2, 2, 1), rows(1, 3, 3, 1)), problems(pdf), pdf.prettify());
  }

  @Test
  void aUnitAndADateWrappedInAnUnruledTableAreOneUnitAndOneDate() {
    JsonPath pdf =
        dryRunLaidOutPdf(
            """
            ××局巡察反馈问题整改任务清单
            <<COLUMNS 30 66 196 338 406 464>>
            |序号|问题描述|整改措施|责任单位|责任人|完成时限
            |1|培训覆盖面不足。|加强培训，提升能力。|人事 |陈静|2025年6月
            | | | |科| |30日
            |2|会议偏多。|精简会议。|办公室|李四|2025年7月31日""");
    assertEquals(expected(rows(1, 2, 2, 1), rows(1, 3, 3, 1)), problems(pdf), pdf.prettify());
  }

  private static final float[] WIDTHS = {30, 110, 110, 60, 40, 100};

  private static final List<String> HEADER = List.of("序号", "问题描述", "整改措施", "责任单位", "责任人", "完成时限");

  @Test
  void dutyLinesOfARuledMeasureCellAreItsDutiesAndAWrappedDateIsOneDate() {
    byte[] pdf =
        RuledPdfs.ruled(
            List.of("××局巡察反馈问题整改任务清单"),
            List.of(
                HEADER,
                List.of("1", "培训覆盖面不足。", "加强培训，提升能力。\n责任单位：人事科\n责任人：陈静", "", "", "2025年 6\n月 30日"),
                List.of("2", "会议偏多。", "精简会议。", "办公室", "李四", "2025年7月31日")),
            WIDTHS,
            List.of());
    JsonPath answer = dryRunPath("表格PDF", pdf, DocumentText.PDF);
    assertEquals(expected(rows(1, 2, 2, 1), rows(1, 3, 3, 1)), problems(answer), answer.prettify());
  }

  @Test
  void aUnitAndADateWrappedInARuledTableAreOneUnitAndOneDate() {
    byte[] pdf =
        RuledPdfs.ruled(
            List.of("××局巡察反馈问题整改任务清单"),
            List.of(
                HEADER,
                List.of("1", "培训覆盖面不足。", "加强培训，提升能力。", "人事 \n科", "陈静", "2025年6月\n30日"),
                List.of("2", "会议偏多。", "精简会议。", "办公室", "李四", "2025年7月31日")),
            WIDTHS,
            List.of());
    JsonPath answer = dryRunPath("表格PDF", pdf, DocumentText.PDF);
    assertEquals(expected(rows(1, 2, 2, 1), rows(1, 3, 3, 1)), problems(answer), answer.prettify());
  }
}
