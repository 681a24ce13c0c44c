package org.bihuan.problem.importing.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.importing.DocumentContent;
import org.bihuan.problem.importing.DocumentText;

/**
 * What reading a .docx costs the heap: writes a .docx whose document.xml is {@code args[0]} MB of
 * plan paragraphs and reads it as an import does, without the 8 MB part limit and the Word
 * document's element limit (the budget it justifies, docs/decisions/0047). Run it with a small -Xmx
 * and see whether it fits:
 *
 * <pre>
 * java -Xmx128m -cp "target/test-classes:target/classes:…" \
 *   org.bihuan.problem.importing.bench.DocxHeapProbe 7
 * </pre>
 */
public final class DocxHeapProbe {

  private DocxHeapProbe() {}

  public static void main(String[] args) throws IOException {
    int megabytes = Integer.parseInt(args.length > 0 ? args[0] : "7");
    byte[] docx = docx(megabytes);
    DocumentText unlimited =
        new DocumentText(
            new org.bihuan.problem.importing.ImportLimits(
                10L << 20,
                1L << 30,
                1L << 30,
                Long.MAX_VALUE,
                1L << 30,
                Long.MAX_VALUE,
                Long.MAX_VALUE,
                500,
                Long.MAX_VALUE,
                Long.MAX_VALUE,
                Long.MAX_VALUE,
                Long.MAX_VALUE,
                Long.MAX_VALUE,
                1L << 30,
                Long.MAX_VALUE,
                Long.MAX_VALUE / 2_000_000));
    long start = System.nanoTime();
    try {
      DocumentContent content = unlimited.content(docx, DocumentText.DOCX);
      Runtime rt = Runtime.getRuntime();
      System.out.printf(
          "document.xml %d MB (upload %d bytes): read %d characters in %d ms; max heap %d MB%n",
          megabytes,
          docx.length,
          content.text().length(),
          (System.nanoTime() - start) / 1_000_000,
          rt.maxMemory() >> 20);
    } catch (ApiProblem refused) {
      System.out.println("refused: " + refused.detail());
    }
  }

  static byte[] docx(int megabytes) throws IOException {
    ByteArrayOutputStream blank = new ByteArrayOutputStream();
    try (XWPFDocument d = new XWPFDocument()) {
      d.createParagraph().createRun().setText("x");
      d.write(blank);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(blank.toByteArray()));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (!e.getName().equals("word/document.xml")) {
          in.transferTo(zip);
          continue;
        }
        zip.write(
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                .getBytes(StandardCharsets.UTF_8));
        long target = (long) megabytes << 20;
        long written = 0;
        for (int i = 0; written < target; i++) {
          byte[] p =
              ("<w:p><w:r><w:t>（" + i + "）问题表现：理论学习不够深入，研讨发言准备不充分。</w:t></w:r></w:p>")
                  .getBytes(StandardCharsets.UTF_8);
          zip.write(p);
          written += p.length;
        }
        zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }
}
