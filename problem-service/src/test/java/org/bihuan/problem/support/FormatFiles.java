package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Documents the import tests send that are not built from a model: the files committed under {@code
 * src/test/resources/formats} (a .doc or a PDF that office software wrote, which POI and PDFBox
 * cannot write), and a .docx of plain paragraphs written by POI.
 */
public final class FormatFiles {

  private FormatFiles() {}

  /** The committed file {@code formats/name}. */
  public static byte[] committed(String name) {
    try (InputStream in = FormatFiles.class.getResourceAsStream("/formats/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A .docx of one paragraph per line of {@code text} (stripped), as typed: one run each. */
  public static byte[] paragraphs(String text) throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      for (String line : text.strip().split("\n")) {
        document.createParagraph().createRun().setText(line);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }
}
