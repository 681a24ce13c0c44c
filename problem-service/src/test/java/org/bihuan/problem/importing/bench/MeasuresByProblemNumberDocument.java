package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.MeasuresByProblemNumber;

/**
 * The 整改清单 of decision 0365 whose measures name their problem by 问题序号, as {@link
 * MeasuresByProblemNumber} writes them for the tests: {@code word}, {@code one-sheet} or {@code
 * unrelated-sheet}.
 */
public final class MeasuresByProblemNumberDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    return switch (arguments.get(0)) {
      case "word" -> MeasuresByProblemNumber.word();
      case "one-sheet" -> MeasuresByProblemNumber.oneSheet();
      case "unrelated-sheet" -> MeasuresByProblemNumber.besideAnUnrelatedSheet();
      default -> throw new IllegalArgumentException("no such document: " + arguments.get(0));
    };
  }
}
