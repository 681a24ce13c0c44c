package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.DirectionsAndPeopleFirst;

/**
 * The 整改台账 of decision 0365 headed 整改方向 and 责任人及单位, as {@link DirectionsAndPeopleFirst} writes it
 * for the tests; the argument is the format ({@code docx} or {@code xlsx}).
 */
public final class DirectionsAndPeopleFirstDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    return DirectionsAndPeopleFirst.ledger(arguments.get(0));
  }
}
