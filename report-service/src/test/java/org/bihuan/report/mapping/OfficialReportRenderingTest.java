package org.bihuan.report.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.bihuan.report.service.ClosedLoopFigures;
import org.bihuan.report.service.FigureCounts;
import org.bihuan.report.service.ReportLists.ProblemLine;
import org.bihuan.report.service.ReportLists.SourceReport;
import org.bihuan.report.service.ReportLists.TicketLine;
import org.junit.jupiter.api.Test;

/** The official report's numbering, labels and escaping, without a database. */
class OfficialReportRenderingTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

  @Test
  void chineseNumbersForTheSecondLevelHeadings() {
    assertEquals("一", ZhLabels.chineseNumber(1));
    assertEquals("九", ZhLabels.chineseNumber(9));
    assertEquals("十", ZhLabels.chineseNumber(10));
    assertEquals("十二", ZhLabels.chineseNumber(12));
    assertEquals("二十", ZhLabels.chineseNumber(20));
    assertEquals("二十一", ZhLabels.chineseNumber(21));
    assertEquals("九十九", ZhLabels.chineseNumber(99));
    assertEquals("100", ZhLabels.chineseNumber(100));
  }

  @Test
  void ratesAndDatesReadAsPeopleWriteThem() {
    assertEquals("33.3%", ZhLabels.percent(0.3333));
    assertEquals("100.0%", ZhLabels.percent(1.0));
    assertEquals("—", ZhLabels.percent(null));
    assertEquals("2024年6月5日", ZhLabels.date(LocalDate.of(2024, 6, 5)));
  }

  @Test
  void textFromTheDataIsEscapedInHtmlAndKeptVerbatimInWord() throws Exception {
    SourceReport source =
        new SourceReport(
            "s-x",
            "<script>alert(1)</script>巡察反馈",
            "INSPECTION",
            "某某党委 & 纪委",
            LocalDate.of(2024, 3, 1),
            List.of(
                new ProblemLine(
                    "p-x",
                    "P-1",
                    "问题\"甲\"",
                    List.of(),
                    "RECTIFYING",
                    null,
                    null,
                    List.of(ticket("IN_PROGRESS", "进展<b>顺利</b>")))));
    OfficialDocument d =
        ClosedLoopReport.compose(
            source, FigureCounts.EMPTY, Instant.parse("2024-06-14T00:00:00Z"), TODAY, ZONE, false);

    String html = OfficialHtml.render(d);
    assertFalse(html.contains("<script>"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;巡察反馈"), html);
    assertTrue(html.contains("进展&lt;b&gt;顺利&lt;/b&gt;"), html);
    assertTrue(html.contains("某某党委 &amp; 纪委"), html);
    // A problem without a category path falls under 其他方面.
    assertTrue(html.contains("<h3>（一）" + ClosedLoopReport.UNCATEGORISED + "</h3>"), html);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OfficialDocx.write(d, out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertEquals("关于<script>alert(1)</script>巡察反馈整改落实情况的报告", texts.get(0));
      assertTrue(texts.contains("最新进展（2024年6月10日）：进展<b>顺利</b>。（完成60%）"), texts.toString());
      assertTrue(
          texts.contains(
              "某某党委 & 纪委于2024年3月1日，《<script>alert(1)</script>巡察反馈》（巡视巡察）"
                  + "共查摆问题0个，制定整改措施0项。现将整改落实情况报告如下。"),
          texts.toString());
      assertEquals("某某党委 & 纪委", texts.get(texts.size() - 2));
    }
  }

  private static TicketLine ticket(String status, String note) {
    return new TicketLine(
        "t-x",
        "T-1",
        "建立制度",
        List.of("办公室"),
        "张三",
        "李四",
        "DEADLINE",
        LocalDate.of(2024, 6, 30),
        LocalDate.of(2024, 6, 30),
        false,
        status,
        false,
        0,
        false,
        false,
        ClosedLoopFigures.Light.GREEN,
        60,
        LocalDate.of(2024, 6, 10),
        note,
        0,
        null,
        null);
  }
}
