package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.GroupedTables;

/**
 * The documents of decision 0276 for the accuracy corpus, as {@link GroupedTables} writes them: the
 * first argument names the document ({@code category-headings}, {@code numbered-duties}, {@code
 * sub-numbered}, {@code titled-table}, {@code goals-brackets}), the second its format (docx, xlsx,
 * xls).
 */
public final class GroupedTablesDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    String format = arguments.size() > 1 ? arguments.get(1) : "docx";
    return switch (arguments.get(0)) {
      case "category-headings" -> GroupedTables.headingsInTheCategoryColumn(format);
      case "numbered-duties" -> GroupedTables.numberedDutyCells(format);
      case "sub-numbered" -> GroupedTables.subNumberedRows(format);
      case "titled-table" -> GroupedTables.titledSecondTable(format.startsWith("merged"));
      case "titled-rest" -> GroupedTables.titledSecondTable(format.startsWith("merged"), false);
      case "goals-brackets" -> GroupedTables.goalsAndTwoBracketedDuties(format);
      default -> throw new IllegalArgumentException("no such document: " + arguments.get(0));
    };
  }
}
