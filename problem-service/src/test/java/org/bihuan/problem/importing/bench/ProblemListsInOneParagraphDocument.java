package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.ProblemListsInOneParagraph;

/**
 * The task list of decision 0362 whose 存在问题 cells list their problems in one paragraph, as {@link
 * ProblemListsInOneParagraph} writes it for the tests; the argument is the format ({@code docx} or
 * {@code xlsx}).
 */
public final class ProblemListsInOneParagraphDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    return ProblemListsInOneParagraph.file(arguments.get(0));
  }
}
