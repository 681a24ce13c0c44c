package org.bihuan.problem.support;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.hamcrest.Matcher;

/**
 * The answer of an import dry run ({@code POST /sources/{id}/import?dryRun=true}) as the tests read
 * it, and the problems and measures they expect of it, built the same way in every test.
 */
public final class ImportAnswers {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ImportAnswers() {}

  /** The dry run's answer as a JSON tree (see {@link Api#dryRun}). */
  public static JsonNode dryRun(String sourceTitle, byte[] body, String mediaType)
      throws IOException {
    return JSON.readTree(Api.dryRun(sourceTitle, body, mediaType));
  }

  /** The dry run's answer as a JSON path (see {@link Api#dryRun}). */
  public static JsonPath dryRunPath(String sourceTitle, byte[] body, String mediaType) {
    return JsonPath.from(Api.dryRun(sourceTitle, body, mediaType));
  }

  /**
   * The answer to {@code body} of {@code type} sent to the source {@code sourceId}: a dry run when
   * {@code dry}, else the import itself.
   */
  public static ValidatableResponse imported(
      String sourceId, byte[] body, String type, boolean dry) {
    return Api.importAnswer(
            RestAssured.given().queryParam("dryRun", String.valueOf(dry)), sourceId, body, type)
        .then();
  }

  /**
   * {@code answer} checked as the refusal of a PDF whose table cannot be read (422 problem+json
   * pdf-table-unreadable): its detail says each of {@code says} and asks for the original file.
   */
  public static ValidatableResponse unreadableTable(ValidatableResponse answer, String... says) {
    List<Matcher<? super String>> detail = new ArrayList<>();
    detail.add(containsString("Send the original Word (.docx) or Excel (.xlsx) file"));
    for (String said : says) {
      detail.add(containsString(said));
    }
    return answer
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/problems/pdf-table-unreadable"))
        .body("detail", allOf(detail));
  }

  /** A measure of the expected answer, with every field the dry run gives. */
  public static Map<String, Object> measure(
      String text,
      List<String> units,
      String leader,
      String person,
      String timing,
      String deadline) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("measure", text);
    m.put("responsibleUnits", units);
    m.put("coResponsibleUnits", List.of());
    m.put("leaderInCharge", leader);
    m.put("responsiblePerson", person);
    m.put("timing", timing);
    m.put("deadline", deadline);
    m.put("progress", null);
    m.put("statusHint", null);
    return m;
  }

  /** A problem of the expected answer. */
  public static Map<String, Object> problem(
      String title,
      String description,
      List<String> categories,
      Map<String, Object> origin,
      List<Map<String, Object>> measures) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", title);
    p.put("description", description);
    p.put("categoryPath", categories);
    p.put("measures", measures);
    p.put("origin", origin);
    return p;
  }

  /**
   * A problem of a plan without categories whose description is its title with 。, one measure, from
   * lines {@code from}–{@code to} of a page.
   */
  public static Map<String, Object> titledProblem(
      String title, int from, int to, int page, Map<String, Object> measure) {
    return problem(title, title + "。", List.of(), lines(from, to, page), List.of(measure));
  }

  /** Each problem of the answer with the keys compared (every field the dry run gives). */
  public static List<Map<String, Object>> problems(JsonPath answer) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> p : answer.<Map<String, Object>>getList("problems")) {
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("title", p.get("title"));
      q.put("description", p.get("description"));
      q.put("categoryPath", p.get("categoryPath"));
      q.put("measures", p.get("measures"));
      q.put("origin", p.get("origin"));
      out.add(q);
    }
    return out;
  }

  /** Where a problem stands in the document: its lines, on a page where the format has pages. */
  public static Map<String, Object> lines(int first, int last, Integer page) {
    Map<String, Object> o = new LinkedHashMap<>();
    if (page != null) {
      o.put("page", page);
    }
    o.put("lines", List.of(first, last));
    return o;
  }

  /** Where a problem of a table stands: the table's number and its first and last rows. */
  public static Map<String, Object> rows(int table, int first, int last) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("table", table);
    o.put("rows", List.of(first, last));
    return o;
  }

  /**
   * A dry run of a task list written as a Word table ({@code "docx"}) or as a ledger sheet ({@code
   * "xlsx"}, {@code "xls"}), under the source 外部文件.
   */
  public static JsonPath dryRunTableFile(String format, byte[] body) {
    String type =
        switch (format) {
          case "docx" -> DocumentText.DOCX;
          case "xlsx" -> DocumentText.XLSX;
          default -> DocumentText.XLS;
        };
    return dryRunPath("外部文件", body, type);
  }

  /**
   * A dry run of a plan written as text ({@code "text"}) or as the paragraphs of a Word file (any
   * other format), under the source 表格导入.
   */
  public static JsonPath dryRunPlan(String format, String plan) throws IOException {
    return format.equals("text")
        ? dryRunPath("表格导入", plan.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8")
        : dryRunPath("表格导入", FormatFiles.paragraphs(plan), DocumentText.DOCX);
  }

  /** Where a row of such a file stands: rows of the Word file's first table, or of the sheet 台账. */
  public static Map<String, Object> tableOrSheetRows(String format, int first, int last) {
    return format.equals("docx") ? rows(1, first, last) : sheetRows("台账", first, last);
  }

  /** Where a problem of a ledger stands: its sheet's name and its first and last rows. */
  public static Map<String, Object> sheetRows(String sheet, int first, int last) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("sheet", sheet);
    o.put("rows", List.of(first, last));
    return o;
  }

  /**
   * Rows {@code first} to {@code last} of the {@code table}-th table, read on PDF page {@code
   * page}.
   */
  public static Map<String, Object> rows(int table, int first, int last, int page) {
    Map<String, Object> o = rows(table, first, last);
    o.put("page", page);
    return o;
  }

  /** The problems with each origin read on PDF page {@code page} (a one-page PDF's table). */
  public static List<Map<String, Object>> onPage(List<Map<String, Object>> problems, int page) {
    List<Map<String, Object>> out = new java.util.ArrayList<>();
    for (Map<String, Object> p : problems) {
      Map<String, Object> copy = new LinkedHashMap<>(p);
      @SuppressWarnings("unchecked")
      Map<String, Object> origin = new LinkedHashMap<>((Map<String, Object>) p.get("origin"));
      origin.put("page", page);
      copy.put("origin", origin);
      out.add(copy);
    }
    return out;
  }

  /** The dry run's answer for a PDF that {@link ChinesePdf#laidOut} draws from {@code laidOut}. */
  public static JsonPath dryRunLaidOutPdf(String laidOut) {
    return dryRunPath("表格导入", ChinesePdf.laidOut(laidOut), DocumentText.PDF);
  }

  /** The problems with their origins left out: what a .docx and its PDF both give. */
  public static List<Map<String, Object>> withoutOrigins(List<Map<String, Object>> problems) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> p : problems) {
      Map<String, Object> copy = new LinkedHashMap<>(p);
      copy.remove("origin");
      out.add(copy);
    }
    return out;
  }

  /** The page each problem of the answer starts on (a PDF's). */
  @SuppressWarnings("unchecked")
  public static List<Integer> pages(JsonPath answer) {
    return problems(answer).stream()
        .map(p -> (Integer) ((Map<String, Object>) p.get("origin")).get("page"))
        .toList();
  }

  /** A file committed under src/test/resources: {@code path} from its root (/formats/x.pdf). */
  public static byte[] resource(String path) throws IOException {
    try (java.io.InputStream in = ImportAnswers.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }
}
