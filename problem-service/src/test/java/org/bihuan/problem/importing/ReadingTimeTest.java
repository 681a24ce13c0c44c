package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.support.HostilePdfs;
import org.junit.jupiter.api.Test;

/**
 * Every document read has a wall-clock budget (docs/decisions/0184): a PDF whose page keeps PDFBox
 * busy for hours (forms drawing forms, 4^12 drawings, here with the form count left unbounded so
 * that only the clock can stop it) is abandoned when the budget runs out, with 422 import-too-slow.
 */
class ReadingTimeTest {

  @Test
  void aReadingPastItsTimeBudgetIsAbandoned() {
    ImportLimits defaults = ImportLimits.forUploadsOf(10L << 20);
    ImportLimits unboundedForms =
        new ImportLimits(
                defaults.maxBytes(),
                defaults.maxInflatedBytes(),
                defaults.maxXmlPartBytes(),
                defaults.maxXmlElements(),
                defaults.maxWordXmlBytes(),
                defaults.maxWordXmlElements(),
                defaults.maxCells(),
                defaults.maxPdfPages(),
                defaults.maxPdfPageContentBytes(),
                defaults.maxPdfPageGlyphs(),
                defaults.maxTextChars(),
                Long.MAX_VALUE,
                Long.MAX_VALUE,
                defaults.maxPdfCMapBytes(),
                defaults.maxPdfPageCMapCodes(),
                defaults.maxReadMillis())
            .withMaxReadMillis(2_000);
    DocumentText documents = new DocumentText(unboundedForms);
    byte[] pdf = HostilePdfs.pdfOfNestedForms(12);
    long start = System.nanoTime();
    ApiProblem refused =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> assertThrows(ApiProblem.class, () -> documents.read(pdf, DocumentText.PDF)));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(422, refused.status());
    assertTrue(refused.type().endsWith("import-too-slow"), refused.type());
    assertTrue(refused.detail().contains("longer than 2 seconds"), refused.detail());
    assertTrue(millis < 30_000, "abandoned after " + millis + " ms");
  }
}
