package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.service.ImportPermits;
import org.bihuan.problem.support.Api;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A client that closes its connection while its document is read abandons the reading
 * (docs/decisions/0207): the import's permit — held for as long as a document is read — comes back
 * within a page, not when the whole document has been read for nobody.
 */
@QuarkusTest
class ClientGoneImportTest {

  @Inject ImportPermits permits;

  /** A PDF of {@code pages} pages of text lines: seconds of reading. */
  static byte[] longPdf(int pages) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 1; p <= pages; p++) {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
          content.beginText();
          content.setFont(font, 9);
          content.newLineAtOffset(40, 760);
          for (int line = 1; line <= 60; line++) {
            content.showText(p + "." + line + " The measure of page " + p + " line " + line + ".");
            content.newLineAtOffset(0, -12);
          }
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  /**
   * The whole reading, answered. The socket waits up to five minutes: a cold first reading of 250
   * pages on a busy machine takes longer than the test client's default 30 s.
   */
  private long readingMillis(String path, byte[] pdf) {
    long start = System.nanoTime();
    Api.patient()
        .auth()
        .oauth2(Tokens.reporter("导入人", null))
        .contentType(DocumentText.PDF)
        .body(pdf)
        .post(path)
        .then()
        .extract()
        .statusCode();
    return (System.nanoTime() - start) / 1_000_000;
  }

  private long awaitPermits(int free, long maxMillis) throws InterruptedException {
    long start = System.nanoTime();
    while (permits.available() != free && (System.nanoTime() - start) / 1_000_000 < maxMillis) {
      Thread.sleep(5);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  @Test
  void aClientThatHangsUpMidParseAbandonsTheReading() throws Exception {
    String path = "/api/v1/sources/" + source("断开") + "/import?dryRun=true";
    byte[] pdf = longPdf(250);
    int all = permits.available();
    long whole = readingMillis(path, pdf);
    assertTrue(whole > 1500, "the document must take a while to read, took " + whole + " ms");

    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      OutputStream out = socket.getOutputStream();
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
              + Tokens.reporter("导入人", null)
              + "\r\nContent-Type: "
              + DocumentText.PDF
              + "\r\nContent-Length: "
              + pdf.length
              + "\r\n\r\n";
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.write(pdf);
      out.flush();
      awaitPermits(all - 1, 10_000);
      assertEquals(all - 1, permits.available(), "the reading started");
      Thread.sleep(200);
    } // closed mid-parse
    long after = awaitPermits(all, 30_000);
    assertEquals(all, permits.available());
    assertTrue(
        after < whole / 3,
        "abandoned "
            + after
            + " ms after the client left; reading it whole takes "
            + whole
            + " ms");
  }
}
