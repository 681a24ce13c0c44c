package org.bihuan.problem.importing.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.ChinesePdf;

/**
 * A text-layer PDF written by PDFBox ({@link ChinesePdf}) from a UTF-8 source file (argument 1, in
 * the corpus folder): one PDF text line per line, a line {@code <<PAGE>>} starting the next page,
 * so that the corpus holds page numbers, running headers and sentences cut by a page break as a
 * printed plan has them.
 */
public final class ChinesePdfPages implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) throws Exception {
    return ChinesePdf.ofText(
        Files.readString(corpus.resolve(arguments.get(0)), StandardCharsets.UTF_8));
  }
}
