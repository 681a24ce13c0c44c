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
            source, FigureCounts.EMPTY, Instant.parse("2024-06-14T00:00:00Z"), TODAY, ZONE, null);

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

  @Test
  void theTitleAndTheCategoriesDoNotDoubleTheirWords() {
    assertEquals("关于巡察反馈意见的整改落实情况的报告", ClosedLoopReport.title(source("关于巡察反馈意见的整改", List.of())));
    assertEquals(
        "关于2024年度专题民主生活会整改落实情况的报告", ClosedLoopReport.title(source("2024年度专题民主生活会", List.of())));
    assertEquals("关于审计整改落实情况的报告", ClosedLoopReport.title(source("审计整改落实情况", List.of())));
    assertEquals("政治建设方面", ClosedLoopReport.categoryName("（一）政治建设方面"));
    assertEquals("作风建设方面", ClosedLoopReport.categoryName("三、作风建设方面"));
    assertEquals("纪律方面", ClosedLoopReport.categoryName("2． 纪律方面"));
    assertEquals("2024年度问题", ClosedLoopReport.categoryName("2024年度问题"));
    ProblemLine p =
        new ProblemLine(
            "p-1",
            "P-1",
            "问题甲",
            List.of("（一）政治建设方面"),
            "RECTIFYING",
            null,
            null,
            List.of(ticket("t-1", "IN_PROGRESS", "进展")));
    String html = OfficialHtml.render(compose(source("关于巡察反馈意见的整改", List.of(p)), null));
    assertTrue(html.contains("<h3>（一）政治建设方面</h3>"), html);
    assertFalse(html.contains("（一）（一）"), html);
  }

  @Test
  void theOpenItemsAreTheCountedOpenTicketsEachOnce() {
    TicketLine shared = ticket("t-shared", "IN_PROGRESS", "进展");
    TicketLine underWithdrawn = ticket("t-w", "ASSIGNED", null);
    TicketLine done = ticket("t-done", "VERIFIED", "已完成");
    TicketLine cancelled = ticket("t-c", "CANCELLED", null);
    SourceReport s =
        source(
            "巡察反馈",
            List.of(
                new ProblemLine(
                    "p-1",
                    "P-1",
                    "问题甲",
                    List.of(),
                    "RECTIFYING",
                    null,
                    null,
                    List.of(shared, done)),
                new ProblemLine(
                    "p-2",
                    "P-2",
                    "问题乙",
                    List.of(),
                    "RECTIFYING",
                    null,
                    null,
                    List.of(shared, cancelled)),
                new ProblemLine(
                    "p-3",
                    "P-3",
                    "问题丙",
                    List.of(),
                    "WITHDRAWN",
                    null,
                    Instant.parse("2024-06-01T00:00:00Z"),
                    List.of(underWithdrawn))));
    List<String> items = sectionFour(compose(s, null));
    assertEquals(2, items.size(), items.toString());
    assertEquals(1, items.stream().filter(t -> t.contains("t-shared")).count(), items.toString());
    assertEquals(1, items.stream().filter(t -> t.contains("t-w")).count(), items.toString());
  }

  @Test
  void aSourceWithoutMeasuresSaysThereAreNone() {
    List<String> items = sectionFour(compose(source("巡察反馈", List.of()), null));
    assertEquals(List.of("暂无整改事项，尚未制定整改措施。"), items);
  }

  @Test
  void aUnitReportSaysItIsLimitedToTheUnit() {
    ProblemLine p =
        new ProblemLine(
            "p-1",
            "P-1",
            "问题甲",
            List.of(),
            "RECTIFYING",
            null,
            null,
            List.of(ticket("t-1", "IN_PROGRESS", "进展")));
    OfficialDocument d = compose(source("巡察反馈", List.of(p)), "办公室");
    assertEquals("关于巡察反馈整改落实情况的报告（办公室）", d.title());
    String intro = ((OfficialDocument.Paragraph) d.blocks().get(1)).text();
    assertTrue(intro.contains("仅限办公室的整改任务"), intro);
  }

  @Test
  void wordKeepsNoControlCharactersAndHasPropertiesAndOutlineLevels() throws Exception {
    ProblemLine p =
        new ProblemLine(
            "p-1",
            "P-1",
            "问题\u0001甲",
            List.of("（一）政治建设方面"),
            "RECTIFYING",
            null,
            null,
            List.of(ticket("t-1", "IN_PROGRESS", "第一行\u000b第二行\u0007")));
    OfficialDocument d = compose(source("巡察反馈", List.of(p)), null);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OfficialDocx.write(d, out);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
      List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertTrue(texts.contains("最新进展（2024年6月10日）：第一行\n第二行。（完成60%）"), texts.toString());
      assertTrue(texts.contains("1.问题甲（P-1，整改中）"), texts.toString());
      assertTrue(texts.stream().noneMatch(t -> t.contains("?")), texts.toString());
      assertEquals("关于巡察反馈整改落实情况的报告", doc.getProperties().getCoreProperties().getTitle());
      assertEquals("Bihuan", doc.getProperties().getCoreProperties().getCreator());
      XWPFParagraph h1 =
          doc.getParagraphs().stream().filter(x -> x.getText().equals("一、基本情况")).findFirst().get();
      assertEquals("Heading1", h1.getStyle());
      assertEquals(0, h1.getCTP().getPPr().getOutlineLvl().getVal().intValue());
      assertEquals(
          1,
          doc.getStyles()
              .getStyle("Heading2")
              .getCTStyle()
              .getPPr()
              .getOutlineLvl()
              .getVal()
              .intValue());
    }
    String html = OfficialHtml.render(d);
    assertTrue(html.contains("第一行<br>第二行。"), html);
    assertFalse(html.contains("\u0007") || html.contains("\u0001"), html);
  }

  @Test
  void theCompletionRateShowsWhatItIsMadeOf() {
    // 12 tickets: 10 time-bound (1 verified), 2 long-term (1 verified).
    FigureCounts f =
        new FigureCounts(
            3,
            0,
            0,
            12,
            10,
            2,
            2,
            1,
            0,
            0,
            0,
            0,
            9,
            1,
            0,
            2,
            0,
            0,
            10,
            0,
            java.math.BigDecimal.ZERO,
            1,
            1,
            null,
            0,
            0);
    OfficialDocument d =
        ClosedLoopReport.compose(source("巡察反馈", List.of()), f, null, TODAY, ZONE, null);
    String figures =
        d.blocks().stream()
            .filter(b -> b instanceof OfficialDocument.Paragraph)
            .map(b -> ((OfficialDocument.Paragraph) b).text())
            .filter(t -> t.startsWith("截至"))
            .findFirst()
            .orElseThrow();
    assertTrue(figures.contains("整改完成率10.0%（限期整改任务已销号1项/限期整改任务10项，长期坚持任务另计，已销号1项）"), figures);
  }

  @Test
  void downloadNamesAreSafeOnEverySystem() {
    assertEquals(
        "关于a_b_c_d_e_f_g_h_i_j_整改落实情况的报告.docx",
        org.bihuan.report.rest.LedgerResource.safeFileName(
            "关于a<b>c\"d/e\\f:g*h?i|j\u0001整改落实情况的报告.docx"));
  }

  private static OfficialDocument compose(SourceReport s, String unit) {
    return ClosedLoopReport.compose(
        s, FigureCounts.EMPTY, Instant.parse("2024-06-14T00:00:00Z"), TODAY, ZONE, unit);
  }

  private static SourceReport source(String title, List<ProblemLine> problems) {
    return new SourceReport("s-x", title, "INSPECTION", "某某党委", LocalDate.of(2024, 3, 1), problems);
  }

  /** The paragraphs of section 四, without the closing note. */
  private static List<String> sectionFour(OfficialDocument d) {
    List<String> items = new java.util.ArrayList<>();
    boolean in = false;
    for (OfficialDocument.Block b : d.blocks()) {
      if (b instanceof OfficialDocument.Heading h) {
        in = h.number().equals("四、");
      } else if (in && b instanceof OfficialDocument.Paragraph p && !p.note()) {
        items.add(p.text());
      }
    }
    return items;
  }

  private static TicketLine ticket(String status, String note) {
    return ticket("t-x", status, note);
  }

  /** A ticket line of 办公室 with {@code status}; also the cancelled-measure report test's. */
  static TicketLine ticket(String id, String status, String note) {
    return new TicketLine(
        id,
        id.equals("t-x") ? "T-1" : id,
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
        false,
        Light.GREEN,
        60,
        LocalDate.of(2024, 6, 10),
        note,
        0,
        null,
        null);
  }
}
