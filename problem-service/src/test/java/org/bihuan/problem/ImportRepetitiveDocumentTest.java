package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A Word document within the import budget that is merely repetitive — the seed list followed by a
 * hundred paragraphs of 20,000 spaces each, as a form of blank lines is — compresses more than a
 * hundredfold; it is read, not refused as damaged (docs/decisions/0254).
 */
@QuarkusTest
class ImportRepetitiveDocumentTest {

  @Test
  void aDocumentThatCompressesAHundredfoldWithinTheBudgetIsRead() throws IOException {
    String seed;
    try (InputStream in = getClass().getResourceAsStream("/documents/" + ImportTest.SEED)) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XWPFDocument doc = new XWPFDocument()) {
      for (String line : seed.split("\n")) {
        doc.createParagraph().createRun().setText(line);
      }
      String blank = " ".repeat(20_000);
      for (int i = 0; i < 100; i++) {
        doc.createParagraph().createRun().setText(blank);
      }
      doc.write(out);
    }
    byte[] docx = out.toByteArray();
    long inflated = 0;
    long compressed = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (e.getName().equals("word/document.xml")) {
          inflated = zip.readAllBytes().length;
          compressed = e.getCompressedSize();
        }
      }
    }
    assertTrue(
        compressed > 0 && inflated > 100 * compressed,
        "document.xml inflates " + inflated + " / " + compressed + " times");
    JsonPath answer = JsonPath.from(Api.dryRun("重复段落的文档", docx, DocumentText.DOCX));
    assertEquals(11, answer.getList("problems").size());
    assertEquals("理论学习方面", answer.getString("problems[0].title"));
  }
}
