package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ChinesePdf;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/**
 * A file cut short (a copy, download or upload that stopped early) or a PDF whose pages' objects
 * are missing is refused with 422 {@code unreadable-document} saying the file is incomplete or
 * damaged and, for a PDF, which pages could not be read and why — never as a scan (no text layer),
 * never as "no Word or Excel document", never imported without the pages it lost
 * (docs/decisions/0235). Nothing is stored.
 */
@QuarkusTest
class ImportDamagedFilesTest {

  /** Five pages of a plan, one problem a page, in a text-layer PDF written by PDFBox. */
  private static List<List<String>> plan() {
    List<List<String>> pages = new ArrayList<>();
    for (int p = 1; p <= 5; p++) {
      pages.add(
          List.of(
              "（" + "一二三四五".charAt(p - 1) + "）第" + p + "页的问题",
              "存在问题：部分党员理论学习不够深入，第" + p + "页。",
              "整改措施：制定年度学习计划。",
              "责任单位：党委办公室；整改时限：2024年6月30日"));
    }
    return pages;
  }

  /**
   * The plan saved as PDFBox saves without compression: catalogue, page tree, pages, their contents
   * one after another, fonts, then the cross-reference table and trailer.
   */
  private static byte[] plainPdf() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(ChinesePdf.of(plan()))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }

  private static int indexOf(byte[] in, String what, int from) {
    byte[] w = what.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = from; i + w.length <= in.length; i++) {
      for (int k = 0; k < w.length; k++) {
        if (in[i + k] != w[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Where the {@code n}th (1-based) stream's data starts: the content of page n in plainPdf. */
  private static int streamData(byte[] pdf, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = indexOf(pdf, "\nstream\r\n", at + 1);
    }
    if (at < 0) {
      throw new IllegalStateException("the PDF has fewer than " + n + " streams");
    }
    return at + "\nstream\r\n".length();
  }

  private static void refused(String title, byte[] body, String mediaType, Matcher<String> says) {
    String source = source(title);
    for (boolean dryRun : new boolean[] {true, false}) {
      var request = RestAssured.given();
      Api.importAnswer(
              dryRun ? request.queryParam("dryRun", "true") : request, source, body, mediaType)
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("type", endsWith("/problems/unreadable-document"))
          .body("detail", allOf(says, not(containsString("scan")), not(containsString("OCR"))));
    }
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
  }

  @Test
  void aPdfCutShortIsIncompleteNeverAScanAndNamesThePagesItLost() throws IOException {
    byte[] pdf = plainPdf();
    // the last 30% cut off: the fonts every page uses are gone (read before as "fonts without
    // a Unicode mapping", a no-text-layer refusal)
    refused(
        "后30%缺失的PDF",
        Arrays.copyOf(pdf, pdf.length * 7 / 10),
        DocumentText.PDF,
        allOf(
            containsString("The file is incomplete: it is a PDF that ends after"),
            containsString("cut short"),
            containsString("page 1: Resources/Font"),
            containsString("0 of its 5 page(s) could be read"),
            containsString("Nothing was imported")));
    // cut in the middle of page 1's content: every page empty (answered before as "a scan …
    // run OCR")
    refused(
        "第1页中间截断的PDF",
        Arrays.copyOf(pdf, streamData(pdf, 1) + 100),
        DocumentText.PDF,
        allOf(
            containsString("The file is incomplete"),
            containsString("page 1: Contents (object"),
            containsString("cut off where the file ends")));
    // cut in the middle of page 3's content: pages 3 to 5 lost (imported before as a document
    // of the pages PDFBox still found, or as a scan)
    refused(
        "第3页中间截断的PDF",
        Arrays.copyOf(pdf, streamData(pdf, 3) + 100),
        DocumentText.PDF,
        allOf(
            containsString("The file is incomplete"),
            containsString("page 3: Contents (object"),
            containsString("cut off where the file ends"),
            containsString("page 4: Contents")));
    // only the cross-reference table and trailer missing: every page is there, but the file is
    // still a copy that stopped early (imported before without a word)
    refused(
        "缺少交叉引用表的PDF",
        Arrays.copyOf(pdf, indexOf(pdf, "\nxref", 0)),
        DocumentText.PDF,
        allOf(
            containsString("The file is incomplete"),
            containsString("its cross-reference table and trailer, %%EOF, are missing"),
            containsString("The 5 page(s) its page tree lists could be read")));
    // PDFBox's default: pages and fonts in an object stream near the end
    byte[] packed = ChinesePdf.of(plan());
    refused(
        "对象流缺失的PDF",
        Arrays.copyOf(packed, packed.length * 7 / 10),
        DocumentText.PDF,
        allOf(
            containsString("The file is incomplete"),
            containsString("Its catalogue and page tree cannot be read")));
  }

  @Test
  void aPdfWhosePageContentIsMissingIsDamagedNotImportedWithoutThatPage() throws IOException {
    byte[] pdf = plainPdf();
    // page 2's content object blanked out in place: the file is whole, its end and every other
    // object where its cross-reference table says (imported before without page 2's problem)
    int start = streamData(pdf, 1);
    for (int next; (next = indexOf(pdf, " 0 obj", start + 1)) < streamData(pdf, 2); ) {
      start = next; // the last object header before page 2's content: its own
    }
    while (start > 0 && pdf[start - 1] != '\n') {
      start--;
    }
    int end = indexOf(pdf, "endobj", streamData(pdf, 2)) + "endobj".length();
    byte[] damaged = pdf.clone();
    Arrays.fill(damaged, start, end, (byte) ' ');
    refused(
        "第2页内容缺失的PDF",
        damaged,
        DocumentText.PDF,
        allOf(
            containsString("The PDF is damaged"),
            containsString("page 2: Contents (object"),
            containsString("missing from the file"),
            containsString("4 of its 5 page(s) could be read"),
            not(containsString("page 1:")),
            not(containsString("incomplete"))));
  }

  private static byte[] docx() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      for (List<String> page : plan()) {
        for (String line : page) {
          document.createParagraph().createRun().setText(line);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] workbook(Workbook workbook) throws IOException {
    try (workbook) {
      Sheet sheet = workbook.createSheet("整改台账");
      String[] header = {"序号", "存在问题", "整改措施", "责任单位", "整改时限"};
      Row first = sheet.createRow(0);
      for (int c = 0; c < header.length; c++) {
        first.createCell(c).setCellValue(header[c]);
      }
      for (int r = 1; r <= 40; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(r);
        row.createCell(1).setCellValue("第" + r + "项：部分党员理论学习不够深入");
        row.createCell(2).setCellValue("制定年度学习计划");
        row.createCell(3).setCellValue("党委办公室");
        row.createCell(4).setCellValue("2024年6月30日");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void officeFilesCutShortAreIncompleteNotAnotherKindOfFile() throws IOException {
    byte[] docx = docx();
    // read before as "not a ZIP package"
    refused(
        "截断的docx",
        Arrays.copyOf(docx, docx.length * 7 / 10),
        DocumentText.DOCX,
        allOf(
            containsString("The file is incomplete: it is a Word document (.docx) that ends"),
            containsString("its central directory, which lists its parts, is missing")));
    byte[] xlsx = workbook(new XSSFWorkbook());
    refused(
        "截断的xlsx",
        Arrays.copyOf(xlsx, xlsx.length - 10),
        "application/octet-stream",
        containsString(
            "The file is incomplete: it is a Word or Excel document (.docx/.xlsx) that ends"));
    byte[] xls = workbook(new HSSFWorkbook());
    // its last sector cut: imported before as if whole
    refused(
        "截断的xls",
        Arrays.copyOf(xls, xls.length - 100),
        DocumentText.XLS,
        allOf(
            containsString("The file is incomplete: it is an Excel 97-2003 workbook (.xls)"),
            containsString("sectors its allocation table uses are missing")));
    // a .doc written by LibreOffice (its directory at the end): answered before 415 "neither a
    // Word nor an Excel document"
    byte[] doc = Files.readAllBytes(Path.of("src/test/resources/formats/tasklist-blank-doc.doc"));
    refused(
        "截断的doc",
        Arrays.copyOf(doc, doc.length * 97 / 100),
        DocumentText.DOC,
        containsString("The file is incomplete: it is a Word 97-2003 document (.doc)"));
  }
}
