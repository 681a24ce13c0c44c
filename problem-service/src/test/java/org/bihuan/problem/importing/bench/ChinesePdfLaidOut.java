package org.bihuan.problem.importing.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.ChinesePdf;

/**
 * A text-layer PDF written by PDFBox glyph by glyph ({@link ChinesePdf#laidOut}) from a UTF-8
 * source file (argument 1, in the corpus folder), with what a PDF draws beside its text marked in
 * the source: struck-out words ({@code ~~…~~}), underlines ({@code __…__}), letter-spacing gaps
 * without a space glyph ({@code {gap}}, {@code {GAP}}) and tables without rulings ({@code <<COLUMNS
 * x…>>} then {@code |cell|cell|…} lines), and lines set small ({@code <<SMALL>>}: a footnote).
 */
public final class ChinesePdfLaidOut implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) throws Exception {
    return ChinesePdf.laidOut(
        Files.readString(corpus.resolve(arguments.get(0)), StandardCharsets.UTF_8));
  }
}
