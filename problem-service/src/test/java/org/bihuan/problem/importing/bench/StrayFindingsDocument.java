package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.StrayFindings;

/**
 * The documents of decision 0247 for the accuracy corpus: {@code across-tables}, {@code
 * copied-cell}, {@code unit-roles} (.docx) or {@code sentence-row}, {@code linked-several} (.xlsx),
 * as {@link StrayFindings} writes them for the tests.
 */
public final class StrayFindingsDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    return switch (arguments.get(0)) {
      case "across-tables" -> StrayFindings.findingsAcrossTables();
      case "copied-cell" -> StrayFindings.copiedProblemCell();
      case "unit-roles" -> StrayFindings.unitRoles();
      case "sentence-row" -> StrayFindings.sentenceRow();
      case "linked-several" -> StrayFindings.measuresNamingSeveralProblems();
      default -> throw new IllegalArgumentException("no such document: " + arguments.get(0));
    };
  }
}
