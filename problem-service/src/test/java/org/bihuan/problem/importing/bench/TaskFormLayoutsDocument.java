package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.TaskFormLayouts;

/**
 * The 整改任务书 forms of decision 0365 for the accuracy corpus, as {@link TaskFormLayouts} writes them
 * for the tests: label/value pairs side by side, a merged title row, labels wrapped over two lines.
 */
public final class TaskFormLayoutsDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    return TaskFormLayouts.threeLayouts();
  }
}
