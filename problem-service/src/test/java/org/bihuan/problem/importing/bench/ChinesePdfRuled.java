package org.bihuan.problem.importing.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.RuledPdfs;

/**
 * A text-layer PDF whose table's cells are drawn with lines ({@link ChinesePdf#ruled}), written by
 * PDFBox from a UTF-8 source file (argument 1, in the corpus folder): a first line {@code <<WIDTHS
 * w…>>} (the columns' widths in points), the lines above the table, its rows as {@code
 * |cell|cell|…} lines — {@code ⏎} a line break inside a cell, {@code ^} a cell merged with the one
 * above — and the lines below it. A line {@code <<PAGE>>} starts the next page, drawn the same way
 * (a table going on there without its header: {@link ChinesePdf#ruledPages}); a line {@code
 * <<PART>>} instead starts another part of the one page, its lines and table drawn under the part
 * above ({@link ChinesePdf#ruledParts}: the rest of a table under a heading line).
 */
public final class ChinesePdfRuled implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) throws Exception {
    List<String> lines =
        Files.readAllLines(corpus.resolve(arguments.get(0)), StandardCharsets.UTF_8);
    String widths = lines.get(0).strip();
    String[] w = widths.substring(9, widths.length() - 2).strip().split("\\s+");
    float[] columns = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      columns[i] = Float.parseFloat(w[i]);
    }
    List<RuledPdfs.RuledPage> pages = new ArrayList<>();
    List<String> lead = new ArrayList<>();
    List<List<String>> rows = new ArrayList<>();
    List<String> after = new ArrayList<>();
    boolean parts = false;
    for (String line : lines.subList(1, lines.size())) {
      if (line.strip().equals("<<PAGE>>") || line.strip().equals("<<PART>>")) {
        parts |= line.strip().equals("<<PART>>");
        pages.add(new RuledPdfs.RuledPage(lead, rows, after));
        lead = new ArrayList<>();
        rows = new ArrayList<>();
        after = new ArrayList<>();
      } else if (line.startsWith("|")) {
        rows.add(
            Arrays.stream(line.substring(1).split("\\|", -1))
                .map(c -> c.replace('⏎', '\n'))
                .toList());
      } else if (!line.isBlank()) {
        (rows.isEmpty() ? lead : after).add(line);
      }
    }
    pages.add(new RuledPdfs.RuledPage(lead, rows, after));
    return parts ? RuledPdfs.ruledParts(pages, columns) : RuledPdfs.ruledPages(pages, columns);
  }
}
