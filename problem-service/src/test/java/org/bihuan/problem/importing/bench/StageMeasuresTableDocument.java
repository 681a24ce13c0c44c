package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.StageMeasuresTable;

/**
 * The 整改台账 of decision 0310 for the accuracy corpus, 整改措施 cells of time stages and of terms: {@code
 * docx}, {@code xlsx}, {@code ruled-pdf} or {@code office-pdf}, as {@link StageMeasuresTable}
 * writes it for the tests.
 */
public final class StageMeasuresTableDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    return StageMeasuresTable.file(arguments.get(0));
  }
}
