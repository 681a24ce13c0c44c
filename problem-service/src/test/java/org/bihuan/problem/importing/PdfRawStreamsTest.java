package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.support.RawPdfs;
import org.junit.jupiter.api.Test;

/**
 * Every stream of a PDF measured from the file's bytes before PDFBox loads it
 * (docs/decisions/0201): whatever its filter chain, and whether PDFBox would decode it while
 * loading the document (a cross-reference or object stream) or while reading a page (content, font,
 * character map). Each hostile file is a few hundred kilobytes to a megabyte and decodes to 48 MB
 * or more; each is refused within seconds with 413 naming the object, and the ordinary page each is
 * made from is read.
 */
class PdfRawStreamsTest {

  private final DocumentText documents = new DocumentText(10L << 20);

  private ApiProblem refused(byte[] body, int status, String says) {
    assertTrue(body.length < 2 << 20, "the PDF is " + body.length + " bytes");
    ApiProblem problem =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> assertThrows(ApiProblem.class, () -> documents.content(body, DocumentText.PDF)));
    assertEquals(status, problem.status(), problem.detail());
    assertTrue(problem.detail().contains(says), problem.detail());
    return problem;
  }

  @Test
  void anOrdinaryPageUnderAChainOfFiltersIsRead() {
    assertTrue(
        documents
            .content(RawPdfs.hexFlateText(), DocumentText.PDF)
            .text()
            .contains("Hello from a raw PDF"));
    PdfRawStreams.measure(
        RawPdfs.objectStreamBomb(0), ImportLimits.forUploadsOf(10L << 20), Long.MAX_VALUE);
  }

  @Test
  void pageContentUnderAnyChainOfFiltersIsMeasuredAsItIsDecoded() {
    byte[] spaces = RawPdfs.flatedSpaces(48);
    refused(
        RawPdfs.pageWithContent("[/ASCIIHexDecode /FlateDecode]", RawPdfs.hex(spaces)),
        413,
        "Object 4 of the PDF (a stream) decodes to more than 33554432 bytes");
    refused(
        RawPdfs.pageWithContent("/RunLengthDecode", RawPdfs.runLengthSpaces(48)),
        413,
        "Object 4 of the PDF (a stream) decodes to more than 33554432 bytes");
    refused(
        RawPdfs.pageWithContent(
            "[/FlateDecode /RunLengthDecode]", RawPdfs.flate(RawPdfs.runLengthSpaces(48))),
        413,
        "Object 4 of the PDF (a stream) decodes to more than 33554432 bytes");
    refused(
        RawPdfs.toUnicode("[/ASCIIHexDecode /FlateDecode]", RawPdfs.hex(spaces)),
        413,
        "Object 6 of the PDF (a stream) decodes to more than 33554432 bytes");
  }

  @Test
  void theStreamsPdfBoxReadsWhileLoadingTheFileAreMeasuredBeforeItLoadsIt() {
    refused(
        RawPdfs.crossReferenceBomb(48),
        413,
        "Object 6 of the PDF (a cross-reference stream) decodes to more than 4194304 bytes");
    refused(
        RawPdfs.objectStreamBomb(48),
        413,
        "Object 6 of the PDF (an object stream) decodes to more than 4194304 bytes");
  }

  @Test
  void aFilterDefinedTwiceIsMeasuredUnderEachDefinition() {
    // the content's filter is object 6: /FlateDecode, and again /RunLengthDecode in an update
    byte[] first =
        RawPdfs.plain(
            java.util.List.of(
                "<< /Type /Catalog /Pages 2 0 R >>".getBytes(),
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".getBytes(),
                ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>")
                    .getBytes(),
                RawPdfs.stream("/Filter 6 0 R", RawPdfs.runLengthSpaces(48)),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".getBytes(),
                "/FlateDecode".getBytes()));
    byte[] update = "\n6 0 obj\n/RunLengthDecode\nendobj\n".getBytes();
    byte[] pdf = java.util.Arrays.copyOf(first, first.length + update.length);
    System.arraycopy(update, 0, pdf, first.length, update.length);
    refused(pdf, 413, "Object 4 of the PDF (a stream) decodes to more than 33554432 bytes");
  }

  @Test
  void aPdfNestedDeeperThanPdfBoxParsesIsDamagedNotAScan() {
    refused(RawPdfs.nestedArrays(100_000), 422, "nested more than 500 levels");
    assertTrue(
        documents
            .content(RawPdfs.nestedArrays(50), DocumentText.PDF)
            .text()
            .contains("Hello from a raw PDF"));
  }
}
