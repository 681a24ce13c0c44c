package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.HostileFiles;
import org.bihuan.problem.support.HostilePdfs;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files inside the upload limit, the package caps and the cell count that would still exhaust the
 * heap once read (docs/decisions/0176): a PDF page that shows millions of glyphs or whose content
 * decompresses to many megabytes, a workbook of tens of millions of characters, a Word document
 * whose parts are each under the one-part cap but not together, or that packs hundreds of thousands
 * of XML elements into a few megabytes. Each is refused with 413 too-large naming the limit, as a
 * dry run and as an import, and nothing is stored.
 */
@QuarkusTest
class ImportMemoryBudgetTest {

  @TempDir Path files;

  /** Writes the file to disk and uploads what was written, as a client sends a saved file. */
  private byte[] saved(String name, byte[] body) throws IOException {
    Path file = files.resolve(name);
    Files.write(file, body);
    return Files.readAllBytes(file);
  }

  private static void refused(String source, byte[] body, String mediaType, String says) {
    for (boolean dryRun : new boolean[] {true, false}) {
      var request = RestAssured.given();
      Api.importAnswer(
              dryRun ? request.queryParam("dryRun", "true") : request, source, body, mediaType)
          .then()
          .statusCode(413)
          .contentType("application/problem+json")
          .body("type", endsWith("/problems/too-large"))
          .body("status", org.hamcrest.Matchers.is(413))
          .body("detail", containsString(says))
          .body("detail", containsString("memory budget"));
    }
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
  }

  @Test
  void aPdfPageShowingMoreGlyphsThanThePageBudgetIsRefusedWhileItIsRead() throws IOException {
    byte[] pdf = saved("glyphs.pdf", HostilePdfs.pdfShowing(120_000));
    assertTrue(pdf.length < 64 * 1024, "the PDF is " + pdf.length + " bytes");
    refused(
        source("字形过多的PDF"),
        pdf,
        DocumentText.PDF,
        "Page 1 of the PDF shows more than 50000 glyphs");
  }

  @Test
  void aPdfPageWhoseContentDecompressesBeyondTheBudgetIsRefusedBeforeItIsParsed()
      throws IOException {
    byte[] pdf = saved("content.pdf", HostilePdfs.pdfWithContentOf(9));
    assertTrue(pdf.length < 64 * 1024, "the PDF is " + pdf.length + " bytes");
    refused(
        source("内容流过大的PDF"),
        pdf,
        DocumentText.PDF,
        "Page 1 of the PDF has more than 8388608 bytes of content");
  }

  @Test
  void aWorkbookOfMoreCharactersThanTheTextBudgetIsRefusedWhileItIsStreamed() throws IOException {
    // 15,000 cells (far under the cell cap) of 300 characters each, written as inline strings the
    // way POI's streaming writer (and many systems' exports) writes them
    String text = "整改措施落实不到位，台账登记不完整，群众反映的诉求跟踪回访不到位。".repeat(10);
    byte[] xlsx;
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
      xlsx = ledgerOf(wb, 7_500, r -> r + text.substring(0, 300 - String.valueOf(r).length()));
    }
    refused(
        source("文字过多的台账"),
        saved("big.xlsx", xlsx),
        DocumentText.XLSX,
        "The workbook holds more than 4000000 characters of text");
  }

  @Test
  void aSharedTextRepeatedInManyCellsCountsOncePerCell() throws IOException {
    // one shared string of 30,000 characters, in 150 cells: 4.5 million characters of text
    String text = "台账登记不完整。".repeat(3_750);
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      xlsx = ledgerOf(wb, 75, r -> text);
    }
    refused(
        source("共享文字重复的台账"),
        saved("shared.xlsx", xlsx),
        DocumentText.XLSX,
        "The workbook holds more than 4000000 characters of text");
  }

  private static byte[] ledgerOf(Workbook wb, int rows, java.util.function.IntFunction<String> cell)
      throws IOException {
    Sheet sheet = wb.createSheet("整改台账");
    Row head = sheet.createRow(0);
    head.createCell(0).setCellValue("存在问题");
    head.createCell(1).setCellValue("整改措施");
    for (int r = 1; r <= rows; r++) {
      Row row = sheet.createRow(r);
      row.createCell(0).setCellValue(cell.apply(r));
      row.createCell(1).setCellValue(cell.apply(r));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }

  @Test
  void aWordDocumentWhosePartsTogetherExceedTheBudgetIsRefusedBeforeItIsParsed()
      throws IOException {
    // document.xml about 5 MB and footnotes.xml about 4 MB: each under the 8 MB one-part cap, but
    // XWPF holds both at once
    String text = "问题表现：理论学习不够深入，研讨发言准备不充分。".repeat(8);
    byte[] docx = saved("twoparts.docx", HostileFiles.docxWithFootnotes(8_500, 6_800, text));
    refused(
        source("两部分过大的Word文档"),
        docx,
        DocumentText.DOCX,
        "The Word document's XML parts inflate to more than 8388608 bytes together");
  }

  @Test
  void aWordDocumentOfTooManyXmlElementsIsRefusedBeforeItIsParsed() throws IOException {
    // 90,000 short paragraphs: 270,000 elements in under 4 MB of XML
    byte[] docx = saved("manyp.docx", HostileFiles.docxWithFootnotes(90_000, 0, "甲乙丙"));
    refused(
        source("元素过多的Word文档"),
        docx,
        DocumentText.DOCX,
        "The Word document holds more than 250000 XML elements");
  }

  @Test
  void aFontWhoseCharacterMapCoversHundredsOfThousandsOfCodesIsRefusedBeforeItIsParsed()
      throws IOException {
    // 2,000 bfrange lines of 256 codes each: 512,000 entries PDFBox would build, from a few KB
    byte[] pdf = saved("tounicode.pdf", HostilePdfs.pdfWithToUnicodeRanges(2_000));
    assertTrue(pdf.length < 64 * 1024, "the PDF is " + pdf.length + " bytes");
    refused(
        source("字符映射过大的PDF"),
        pdf,
        DocumentText.PDF,
        "The fonts of page 1 of the PDF map more than 300000 character codes");
  }

  @Test
  void aPageDrawingFormsThatDrawFormsIsRefusedAtTheFormBudgetAndFreesItsPermit()
      throws IOException {
    // a form drawing the next one four times, 8 levels deep: 65,536 drawings, no glyph
    byte[] pdf = saved("forms.pdf", HostilePdfs.pdfOfNestedForms(8));
    assertTrue(pdf.length < 16 * 1024, "the PDF is " + pdf.length + " bytes");
    refused(
        source("表单嵌套的PDF"),
        pdf,
        DocumentText.PDF,
        "Page 1 of the PDF draws forms (form XObjects) more than 10000 times");
    // both refusals gave their import permit back
    RestAssured.given()
        .auth()
        .oauth2(Tokens.reporter("导入人", null))
        .contentType("text/plain; charset=UTF-8")
        .queryParam("dryRun", "true")
        .body("一、存在的问题\n1. 台账登记不完整。\n")
        .post("/api/v1/sources/" + source("表单之后的导入") + "/import")
        .then()
        .statusCode(200);
  }

  @Test
  void aLegacyWorkbookIsCountedFromItsRecordsHiddenSheetsAndBlankRunsIncluded() throws IOException {
    // 1,200 rows of 256 blank cells on a hidden sheet (MULBLANK records, about 600 KB): HSSF
    // builds every one of them, so they count before HSSF runs
    byte[] xls = saved("blank.xls", HostileFiles.xlsWithBlankRows(1_200));
    refused(
        source("空白单元格过多的xls"),
        xls,
        "application/vnd.ms-excel",
        "The workbook holds more than 300000 cells");
  }
}
