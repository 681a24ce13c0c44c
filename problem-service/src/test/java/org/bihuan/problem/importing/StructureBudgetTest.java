package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.support.FontBombs;
import org.bihuan.problem.support.LedgerLayouts;
import org.bihuan.problem.support.LedgerLayouts.Layout;
import org.bihuan.problem.support.LedgerLayouts.Style;
import org.bihuan.problem.support.LedgerModels;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.SheetBombs;
import org.bihuan.problem.support.StructureBombs;
import org.junit.jupiter.api.Test;

/**
 * The structures inside a document that a parser builds an object for, counted before the parser
 * runs (docs/decisions/0186): a Word 97 document's pieces, runs and characters, an Excel 97
 * workbook's shared strings, a PDF font's program and character map, a package's styles. Each
 * hostile file is refused within seconds with 413 naming what is too large (or 422 when its tables
 * contradict themselves); the ordinary file each one is made from is still read.
 */
class StructureBudgetTest {

  private final DocumentText documents = new DocumentText(10L << 20);

  private ApiProblem refused(byte[] body, String type, int status, String says) {
    ApiProblem problem =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> assertThrows(ApiProblem.class, () -> documents.content(body, type)));
    assertEquals(status, problem.status(), problem.detail());
    assertTrue(problem.detail().contains(says), problem.detail());
    return problem;
  }

  @Test
  void aWordDocumentWithTooManyPiecesRunsOrCharactersIsRefusedBeforeHwpfBuildsIt()
      throws IOException {
    byte[] ordinary = StructureBombs.wordDocument();
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(ordinary))) {
      Word97Pieces.Counts counts = Word97Pieces.measure(fs, ImportLimits.forUploadsOf(10L << 20));
      assertTrue(counts.pieces() >= 1 && counts.pieces() < 100, counts.toString());
      assertTrue(counts.characters() > 100 && counts.runs() > 0, counts.toString());
    }
    assertTrue(documents.content(ordinary, DocumentText.DOC).text().contains("整改"));

    refused(
        StructureBombs.docWithPieces(150_000, 1),
        DocumentText.DOC,
        413,
        "more than 100000 text pieces");
    refused(
        StructureBombs.docWithPieces(90_000, 50),
        DocumentText.DOC,
        413,
        "more than 4000000 characters");
    refused(
        StructureBombs.docWithRunPages(100_000),
        DocumentText.DOC,
        413,
        "more than 1000000 character runs");
    // a section table of 100,000 sections all pointing at one 30,000-byte SEPX: HWPF would copy
    // and parse it 100,000 times (3 GB)
    refused(
        StructureBombs.docWithSections(100_000, 30_000),
        DocumentText.DOC,
        413,
        "more than 10000 sections");
    refused(
        StructureBombs.docWithSections(5_000, 30_000),
        DocumentText.DOC,
        413,
        "more than 4194304 bytes of section properties");
    refused(
        StructureBombs.docWithPieceTableOutside(),
        DocumentText.DOC,
        422,
        "piece table lies outside");
  }

  @Test
  void aWordDocumentWithAFewSectionsSharingTheirPropertiesIsStillRead() throws IOException {
    byte[] doc = StructureBombs.docWithSections(50, 300);
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc))) {
      Word97Pieces.Counts counts = Word97Pieces.measure(fs, ImportLimits.forUploadsOf(10L << 20));
      assertEquals(50, counts.sections());
      assertEquals(50 * 300, counts.sectionBytes());
    }
    assertTrue(documents.content(doc, DocumentText.DOC).text().contains("整改"));
  }

  @Test
  void paragraphPropertiesOutsideTheirPagesAreCountedForEveryRunPointingAtThem()
      throws IOException {
    // 10 entries × 29 runs × 32,002 bytes: 9.3 MB, within the budget
    try (POIFSFileSystem fs =
        new POIFSFileSystem(new ByteArrayInputStream(StructureBombs.docWithHugeParagraphs(10)))) {
      Word97Pieces.Counts counts = Word97Pieces.measure(fs, ImportLimits.forUploadsOf(10L << 20));
      assertEquals(290, counts.paragraphRuns());
    }
    // 30,000 entries: 870,000 runs (within the run cap) that would make HWPF copy 27 GB
    refused(
        StructureBombs.docWithHugeParagraphs(30_000),
        DocumentText.DOC,
        413,
        "more than 16777216 bytes of paragraph properties outside their pages");
  }

  @Test
  void aWorkbookWithTooManySheetsIsRefusedBeforeItsSheetsAreBuilt() {
    for (boolean xlsx : new boolean[] {false, true}) {
      String type = xlsx ? DocumentText.XLSX : DocumentText.XLS;
      String text = documents.content(SheetBombs.workbookWithSheets(1_000, xlsx), type).text();
      assertTrue(text.contains("台账登记不完整"), text);
      refused(SheetBombs.workbookWithSheets(1_001, xlsx), type, 413, "more than 1000 sheets");
    }
  }

  @Test
  void aWorkbookWithTooManySharedStringsIsRefusedFromItsRecords() {
    byte[] ordinary = SheetBombs.xlsWithSharedStrings(4, 4);
    assertTrue(documents.content(ordinary, DocumentText.XLS).text().contains("问题清单"));

    long start = System.nanoTime();
    refused(
        SheetBombs.xlsWithSharedStrings(1_500_000, 1_500_000),
        DocumentText.XLS,
        413,
        "more than 300000 strings");
    assertTrue((System.nanoTime() - start) / 1_000_000 < 10_000);
    // a header that claims two billion strings: HSSF would add an empty string for each
    refused(
        SheetBombs.xlsWithSharedStrings(3, 2_000_000_000L),
        DocumentText.XLS,
        413,
        "more than 300000 strings");
    // 200,000 strings of 30 characters: within the string count, over the text cap
    refused(
        SheetBombs.xlsWithSharedStrings(200_000, 200_000, 30),
        DocumentText.XLS,
        413,
        "characters of text");
  }

  @Test
  void aPdfFontWithAHugeProgramOrCharacterMapIsRefusedBeforePdfboxLoadsIt() {
    byte[] ordinary = FontBombs.pdfWithFontProgram(FontBombs.liberationSans());
    String text = documents.content(ordinary, DocumentText.PDF).text();
    assertTrue(text.contains("Problem two"), text);

    refused(
        FontBombs.pdfWithZerosAsFontProgram(20),
        DocumentText.PDF,
        413,
        "a program (or CIDToGIDMap) of more than 16777216 bytes");
    refused(
        FontBombs.pdfWithFontProgram(FontBombs.fontWithCmapGroups(100_000)),
        DocumentText.PDF,
        413,
        "maps more than 300000 character codes");
  }

  @Test
  void aFontsCharacterMapIsCountedAsPdfboxReadsIt() {
    assertTrue(PdfFonts.cmapCodes(FontBombs.liberationSans()) < 10_000);
    assertEquals(3L * (0xFFFF - 0x20 + 1), PdfFonts.cmapCodes(FontBombs.fontWithCmapGroups(3)));
    assertEquals(0, PdfFonts.cmapCodes(new byte[100]));
  }

  @Test
  void stylesWithTensOfThousandsOfEntriesAreRefusedBeforeTheyAreParsed() {
    byte[] xlsx =
        Ledgers.xlsx(
            List.of(LedgerLayouts.table("台账", LedgerModels.auditSheet(), Style.of(Layout.MERGED))));
    documents.content(StructureBombs.withStyles(xlsx, "xl/styles.xml", 60_000), DocumentText.XLSX);
    refused(
        StructureBombs.withStyles(xlsx, "xl/styles.xml", 70_000),
        DocumentText.XLSX,
        413,
        "more than 64000 style entries of one kind (<xf>)");
    byte[] docx =
        Ledgers.docx(
            List.of(),
            LedgerLayouts.table(null, LedgerModels.auditSheet(), Style.of(Layout.MERGED)));
    refused(
        StructureBombs.withStyles(docx, "word/styles.xml", 70_000),
        DocumentText.DOCX,
        413,
        "style entries of one kind (<style>)");
  }
}
