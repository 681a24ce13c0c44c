package org.bihuan.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.bihuan.report.mapping.OfficialDocx;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

/**
 * The closed-loop report of source 5e1a0000-0000-4000-8000-000000000001 of the fixed dataset as a
 * Word document (read back with POI) and as a printable HTML page: the layout of an official
 * report, the problems by category with their measures and latest progress, and the same figures as
 * the JSON report.
 */
@QuarkusTest
@Order(2) // before FeedFollowerTest, which extends the feeds
class SourceReportDocumentTest {

  static final String TITLE = "关于2024年度专题民主生活会整改落实情况的报告";

  @BeforeEach
  void fixedDate() {
    FixedClock.install(FixedDataset.TODAY);
    Projection.awaitFixedDataset();
  }

  private static Response docx(String query) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001" + query)
        .then()
        .statusCode(200)
        .contentType(OfficialDocx.MEDIA_TYPE)
        .extract()
        .response();
  }

  private static JsonPath json() {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .extract()
        .jsonPath();
  }

  @Test
  void theWordReportHasTheOfficialLayoutAndTheProblemsByCategory() throws Exception {
    Response r = docx("?format=docx");
    assertTrue(
        r.header("Content-Disposition").contains("filename*=UTF-8''%E5%85%B3%E4%BA%8E"),
        r.header("Content-Disposition"));
    assertEquals(FixedDataset.lastOccurredAt().toString(), r.header("X-Report-As-Of"));
    assertEquals("Accept", r.header("Vary"));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.asByteArray()))) {
      List<XWPFParagraph> ps = doc.getParagraphs();
      List<String> texts = ps.stream().map(XWPFParagraph::getText).toList();

      XWPFParagraph title = ps.get(0);
      assertEquals(TITLE, title.getText());
      assertEquals("方正小标宋简体", title.getRuns().get(0).getFontFamily());
      assertEquals(22.0, title.getRuns().get(0).getFontSizeAsDouble());

      assertEquals("黑体", font(ps, "一、基本情况"));
      assertEquals("黑体", font(ps, "二、问题整改情况"));
      assertEquals("黑体", font(ps, "三、整改成效"));
      assertEquals("黑体", font(ps, "四、尚未完成的整改事项"));
      // Categories in the order of their first problem; the withdrawn p-4 (组织生活方面) is left out.
      assertEquals("楷体", font(ps, "（一）理论学习方面"));
      assertEquals("楷体", font(ps, "（二）作风建设方面"));
      assertFalse(texts.stream().anyMatch(t -> t.contains("组织生活方面")), texts.toString());
      assertTrue(texts.contains("1.问题1：学习贯彻不够深入（P-2024-0001，待整改）"), texts.toString());
      assertEquals("仿宋_GB2312", font(ps, "1.问题1：学习贯彻不够深入（P-2024-0001，待整改）"));

      String intro = after(texts, "一、基本情况");
      assertTrue(intro.contains("共查摆问题3个，制定整改措施10项"), intro);

      // t-01: overdue since 06-10, five days on 06-15; t-08 is cancelled and not listed.
      assertTrue(
          texts.contains("责任单位：党委办公室；责任人：张三；责任领导：李书记；整改时限：2024年6月10日；整改状态：整改中（红灯，逾期5天）。"),
          texts.toString());
      assertFalse(texts.stream().anyMatch(t -> t.contains("T-2024-0008")), texts.toString());
      // t-04: extended; t-07: the latest progress note from the ticket view.
      assertTrue(
          texts.stream().anyMatch(t -> t.contains("2024年6月5日（经批准延期，原定2024年5月20日）")),
          texts.toString());
      assertTrue(texts.contains("最新进展（2024年6月1日）：已召开专题学习会，制定长效学习计划。"), texts.toString());
      assertTrue(texts.contains("最新进展：暂无进展报告。"), texts.toString());

      // The figures table says what the JSON report says.
      JsonPath j = json();
      Map<String, String> figures = table(doc.getTables().get(0));
      assertEquals(j.getString("problemFigures.total"), figures.get("问题总数（含撤回）"));
      assertEquals("4", figures.get("问题总数（含撤回）"));
      assertEquals(j.getString("problemFigures.closed"), figures.get("已销号问题"));
      assertEquals(percent(j.getDouble("problemFigures.closureRate")), figures.get("问题销号率"));
      assertEquals("33.3%", figures.get("问题销号率"));
      assertEquals("10", figures.get("整改任务"));
      assertEquals(j.getString("ticketFigures.verified"), figures.get("已销号任务"));
      assertEquals(percent(j.getDouble("ticketFigures.completionRate")), figures.get("整改完成率"));
      // The rate next to what it is made of: verified time-bound / time-bound, long-term apart.
      assertEquals(j.getString("ticketFigures.timeBound"), figures.get("限期整改任务"));
      assertEquals(
          Long.toString(
              j.getLong("ticketFigures.verified")
                  - j.getLong("ticketFigures.longTermDetail.verified")),
          figures.get("已销号限期整改任务"));
      assertEquals(j.getString("ticketFigures.longTerm"), figures.get("长期坚持任务（另计）"));
      assertEquals(j.getString("ticketFigures.overdue"), figures.get("逾期"));
      assertEquals("2", figures.get("逾期"));
      assertEquals(j.getString("ticketFigures.lights.RED"), figures.get("红灯"));
      assertEquals(j.getString("ticketFigures.lights.YELLOW"), figures.get("黄灯"));
      assertEquals(j.getString("ticketFigures.lights.GREEN"), figures.get("绿灯"));

      // Open items: every counted ticket not verified of a problem not closed (7 in
      // 5e1a0000-0000-4000-8000-000000000001).
      List<String> open = between(texts, "四、尚未完成的整改事项", "（本报告数据截至");
      assertEquals(7, open.size(), open.toString());
      assertEquals(
          j.getLong("ticketFigures.total") - j.getLong("ticketFigures.verified"),
          open.size(),
          "each open ticket of the figures once");
      assertTrue(open.get(0).startsWith("1. T-2024-0001 "), open.get(0));
      assertTrue(open.get(6).startsWith("7. "), open.get(6));

      // The sender and date at the end; A4 with the margins of GB/T 9704 (37/35/28/26 mm).
      assertEquals("2024年6月15日", texts.get(texts.size() - 1));
      CTPageMar margin = doc.getDocument().getBody().getSectPr().getPgMar();
      assertEquals(BigInteger.valueOf(2098), margin.getTop());
      assertEquals(BigInteger.valueOf(1587), margin.getLeft());
      assertEquals(
          BigInteger.valueOf(11906), doc.getDocument().getBody().getSectPr().getPgSz().getW());
      assertTrue(
          doc.getFooterList().get(0).getText().contains("—"), doc.getFooterList().get(0).getText());
    }
  }

  @Test
  void theAcceptHeaderAsksForWordAndJsonStaysTheDefault() throws Exception {
    byte[] bytes =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .accept(OfficialDocx.MEDIA_TYPE)
            .get("/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001?unit=宣传部")
            .then()
            .statusCode(200)
            .contentType(OfficialDocx.MEDIA_TYPE)
            .extract()
            .asByteArray();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      // Only 宣传部's tickets: t-04, t-05, t-10, t-11; no problem is reported without a measure.
      assertTrue(texts.stream().anyMatch(t -> t.contains("T-2024-0010")), texts.toString());
      assertFalse(texts.stream().anyMatch(t -> t.contains("T-2024-0001")), texts.toString());
      assertFalse(texts.contains("尚未制定整改措施。"), texts.toString());
    }
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .accept("*/*")
        .get("/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body(
            "problems[1].tickets.find { it.id == 't-07' }.lastProgressNote",
            equalTo("已召开专题学习会，制定长效学习计划"))
        .body("problems[1].tickets.find { it.id == 't-07' }.lastProgressOn", equalTo("2024-06-01"));
  }

  @Test
  void thePrintableHtmlSaysTheSameWithPrintCss() {
    String html =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001?format=html")
            .then()
            .statusCode(200)
            .contentType("text/html")
            .extract()
            .asString();
    assertTrue(html.contains("<h1>" + TITLE + "</h1>"), html);
    assertTrue(html.contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }"));
    assertTrue(html.contains("@media print"));
    assertTrue(html.contains("<h2>一、基本情况</h2>"));
    assertTrue(html.contains("<h3>（一）理论学习方面</h3>"));
    assertTrue(html.contains("<h3>（二）作风建设方面</h3>"));
    assertFalse(html.contains("<script"));
    JsonPath j = json();
    assertTrue(
        html.contains(
            "<tr><td>问题销号率</td><td>"
                + percent(j.getDouble("problemFigures.closureRate"))
                + "</td></tr>"),
        html);
    assertTrue(
        html.contains("<tr><td>逾期</td><td>" + j.getString("ticketFigures.overdue") + "</td></tr>"));
    Matcher items = Pattern.compile("<p>(\\d+)\\. T-2024-").matcher(html);
    int n = 0;
    while (items.find()) {
      assertEquals(++n, Integer.parseInt(items.group(1)));
    }
    assertEquals(7, n);
    assertTrue(
        new String(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)
            .contains("整改中（红灯，逾期5天）"));
  }

  /** The contract promises ETag and 304 on reads of one resource, this report included. */
  @Test
  void theSourceReportHasAnEtagPerFormatAndAnswers304WhenUnchanged() {
    String jsonTag =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001")
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    org.junit.jupiter.api.Assertions.assertNotNull(jsonTag, "the JSON report has an ETag");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .header("If-None-Match", jsonTag)
        .get("/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001")
        .then()
        .statusCode(304);
    String docxTag = docx("?format=docx").header("ETag");
    org.junit.jupiter.api.Assertions.assertNotEquals(jsonTag, docxTag, "one ETag per format");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .header("If-None-Match", jsonTag)
        .get("/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001?format=docx")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .header("If-None-Match", docxTag)
        .get("/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001?format=docx")
        .then()
        .statusCode(304);
  }

  @Test
  void anUnknownFormatOrSourceIsAProblemNotADocument() {
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001?format=pdf")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("format"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/sources/nope?format=docx")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("nope"));
    given()
        .get("/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001?format=docx")
        .then()
        .statusCode(401);
  }

  private static String font(List<XWPFParagraph> ps, String text) {
    XWPFParagraph p =
        ps.stream()
            .filter(x -> x.getText().equals(text))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no paragraph " + text));
    XWPFRun r = p.getRuns().get(0);
    return r.getFontFamily();
  }

  private static String after(List<String> texts, String heading) {
    return texts.get(texts.indexOf(heading) + 1);
  }

  private static List<String> between(List<String> texts, String heading, String endPrefix) {
    int from = texts.indexOf(heading) + 1;
    int to = from;
    while (to < texts.size() && !texts.get(to).startsWith(endPrefix)) {
      to++;
    }
    return texts.subList(from, to);
  }

  private static Map<String, String> table(XWPFTable t) {
    Map<String, String> m = new LinkedHashMap<>();
    for (XWPFTableRow row : t.getRows().subList(1, t.getRows().size())) {
      m.put(row.getCell(0).getText(), row.getCell(1).getText());
    }
    return m;
  }

  private static String percent(double rate) {
    return java.math.BigDecimal.valueOf(rate * 100)
            .setScale(1, java.math.RoundingMode.HALF_UP)
            .toPlainString()
        + "%";
  }
}
