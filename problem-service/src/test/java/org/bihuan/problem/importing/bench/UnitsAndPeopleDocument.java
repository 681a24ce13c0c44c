package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.UnitsAndPeopleTables;

/**
 * The task lists of decision 0338 for the accuracy corpus, as {@link UnitsAndPeopleTables} writes
 * them: {@code combined <header> <format>} (a column naming units and people at once) or {@code
 * posts <format>} (people written with posts, people of rare surnames in units' brackets).
 */
public final class UnitsAndPeopleDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    return switch (arguments.get(0)) {
      case "combined" ->
          UnitsAndPeopleTables.write(
              arguments.get(2), UnitsAndPeopleTables.combined(arguments.get(1)));
      case "posts" -> UnitsAndPeopleTables.write(arguments.get(1), UnitsAndPeopleTables.posts());
      default -> throw new IllegalArgumentException("no such document: " + arguments.get(0));
    };
  }
}
