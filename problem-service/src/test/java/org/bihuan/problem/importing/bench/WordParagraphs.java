package org.bihuan.problem.importing.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A .docx of paragraphs written by POI from a UTF-8 source file (argument 1, in the corpus folder):
 * one paragraph per line, as an office clerk types them. Within a line, {@code ⏎} is a soft line
 * break (Shift+Enter) inside the paragraph and {@code **…**} a bold run; a line starting with
 * {@code #} is a centred, bold heading paragraph; an empty line is an empty paragraph.
 */
public final class WordParagraphs implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) throws Exception {
    return docx(Files.readAllLines(corpus.resolve(arguments.get(0)), StandardCharsets.UTF_8));
  }

  /** The .docx of these lines, one paragraph each, written as {@link #generate} describes. */
  public static byte[] docx(List<String> lines) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : lines) {
        XWPFParagraph p = doc.createParagraph();
        String text = line;
        boolean heading = text.startsWith("#");
        if (heading) {
          text = text.substring(1);
          p.setAlignment(ParagraphAlignment.CENTER);
        }
        boolean bold = heading;
        for (String part : text.split("\\*\\*", -1)) {
          String[] breaks = part.split("⏎", -1);
          for (int i = 0; i < breaks.length; i++) {
            XWPFRun run = p.createRun();
            run.setBold(bold);
            run.setFontFamily("仿宋_GB2312");
            run.setText(breaks[i]);
            if (i < breaks.length - 1) {
              run.addBreak();
            }
          }
          bold = !bold;
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }
}
