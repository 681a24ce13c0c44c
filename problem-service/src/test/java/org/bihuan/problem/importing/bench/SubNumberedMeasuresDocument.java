package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.SubNumberedMeasures;

/**
 * The documents of decision 0288 for the accuracy corpus, as {@link SubNumberedMeasures} writes
 * them: the first argument names the document ({@code measure-rows}, {@code helpers}), the second
 * its format (docx, xlsx, xls).
 */
public final class SubNumberedMeasuresDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    String format = arguments.size() > 1 ? arguments.get(1) : "docx";
    return switch (arguments.get(0)) {
      case "measure-rows" -> SubNumberedMeasures.measureRows(format);
      case "helpers" -> SubNumberedMeasures.helpersInBrackets(format);
      default -> throw new IllegalArgumentException("no such document: " + arguments.get(0));
    };
  }
}
