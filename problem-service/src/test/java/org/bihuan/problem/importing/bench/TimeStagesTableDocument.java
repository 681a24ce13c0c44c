package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.TimeStagesTable;

/**
 * The 整改台账 of decision 0299 for the accuracy corpus, time limits giving stages beside one measure
 * and two: {@code docx} or {@code xlsx}, as {@link TimeStagesTable} writes it for the tests.
 */
public final class TimeStagesTableDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    return TimeStagesTable.file(arguments.get(0));
  }
}
