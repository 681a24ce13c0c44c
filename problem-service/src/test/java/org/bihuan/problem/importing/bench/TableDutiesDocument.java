package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.TableDuties;

/**
 * The documents of decision 0252 for the accuracy corpus: {@code word} (.docx), {@code pdf}, {@code
 * plan} (.txt) and {@code items} (.xlsx), as {@link TableDuties} writes them for the tests.
 */
public final class TableDutiesDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    return switch (arguments.get(0)) {
      case "word" -> TableDuties.wordTaskList();
      case "pdf" -> TableDuties.pdfTaskList();
      case "plan" -> TableDuties.planWithUnitRoles();
      case "items" -> TableDuties.measuresNamingItems();
      case "sentence-category" -> TableDuties.sentenceRowUnderACategory();
      default -> throw new IllegalArgumentException("no such document: " + arguments.get(0));
    };
  }
}
