package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.MergedHeaderTables;

/**
 * The documents of decision 0369 for the accuracy corpus, as {@link MergedHeaderTables} writes them
 * for the tests: {@code problem-header}, {@code problem-header-sub}, {@code numbered-measures},
 * {@code broken-lines}, {@code measure-header}, {@code stacked-forms} or {@code done}, then the
 * format ({@code docx} or {@code xlsx}).
 */
public final class MergedHeaderTablesDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    String format = arguments.get(arguments.size() - 1);
    return switch (arguments.get(0)) {
      case "problem-header" -> MergedHeaderTables.problemHeaderOverTwoColumns(format, false);
      case "problem-header-sub" -> MergedHeaderTables.problemHeaderOverTwoColumns(format, true);
      case "numbered-measures" -> MergedHeaderTables.problemOverNumberedMeasures(format);
      case "broken-lines" -> MergedHeaderTables.linesBrokenInCells(format);
      case "measure-header" -> MergedHeaderTables.measureHeaderOverTwoColumns(format);
      case "stacked-forms" -> MergedHeaderTables.stackedTaskForms();
      case "done" -> MergedHeaderTables.doneInTimeLimitAndProgress(format);
      default -> throw new IllegalArgumentException("no such document: " + arguments.get(0));
    };
  }
}
