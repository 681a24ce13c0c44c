package org.bihuan.report.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The written report of a source (整改落实情况的报告) tells a problem whose only measure was cancelled (撤销)
 * apart from one for which no measure was ever made: it must not say 尚未制定整改措施 of a problem whose
 * measure was made and then cancelled.
 */
class CancelledMeasuresReportTest {

  private static ProblemLine problem(String id, String title, List<TicketLine> tickets) {
    return new ProblemLine(id, id, title, List.of("作风建设方面"), "OPEN", null, null, tickets);
  }

  private static List<String> paragraphs(OfficialDocument d) {
    List<String> out = new ArrayList<>();
    for (OfficialDocument.Block b : d.blocks()) {
      if (b instanceof OfficialDocument.Paragraph p) {
        out.add(p.text());
      }
    }
    return out;
  }

  @Test
  void aProblemWhoseMeasuresWereAllCancelledIsNotSaidToHaveNone() {
    SourceReport s =
        new SourceReport(
            "s-1",
            "巡察反馈",
            "INSPECTION",
            "某某党委",
            LocalDate.of(2024, 3, 1),
            List.of(
                problem(
                    "P-1",
                    "票据管理混乱",
                    List.of(OfficialReportRenderingTest.ticket("T-3", "CANCELLED", null))),
                problem("P-2", "台账缺失", List.of())));
    List<String> text =
        paragraphs(
            ClosedLoopReport.compose(
                s,
                FigureCounts.EMPTY,
                Instant.parse("2024-06-14T00:00:00Z"),
                LocalDate.of(2024, 6, 15),
                OfficialReportRenderingTest.ZONE,
                null));
    assertTrue(text.contains("所定整改措施均已撤销，尚无在办的整改措施。"), text.toString());
    assertTrue(text.contains("1. 票据管理混乱：所定整改措施均已撤销，尚无在办的整改措施。"), text.toString());
    assertFalse(text.contains("1. 票据管理混乱：尚未制定整改措施。"), text.toString());
    // a problem without any measure is still said to have none
    assertTrue(text.contains("2. 台账缺失：尚未制定整改措施。"), text.toString());
    assertEquals(1, text.stream().filter(t -> t.equals("尚未制定整改措施。")).count(), text.toString());
  }
}
