package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.TableRowFindings;

/**
 * The documents of decision 0360 for the accuracy corpus, as {@link TableRowFindings} writes them
 * for the tests: {@code continued}, {@code measures <header>}, {@code duties <header>}, {@code
 * numbered} or {@code forms}, then the format ({@code docx} or {@code xlsx}) as the last argument.
 */
public final class TableRowFindingsDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    String format = arguments.get(arguments.size() - 1);
    return switch (arguments.get(0)) {
      case "continued" -> TableRowFindings.problemTextOverTwoRows(format);
      case "measures" -> TableRowFindings.measuresColumnNamed(format, "存在的主要问题", arguments.get(1));
      case "duties" -> TableRowFindings.labelledDutyCells(format, arguments.get(1));
      case "numbered" -> TableRowFindings.numberedProblemsInOneCell(format);
      case "forms" -> TableRowFindings.taskForms();
      default -> throw new IllegalArgumentException("no such document: " + arguments.get(0));
    };
  }
}
