package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;
import org.bihuan.problem.support.SeqCategoryRows;

/**
 * The task lists of decision 0337 for the accuracy corpus, as {@link SeqCategoryRows} writes them:
 * the arguments are the two groups' numbers (（一） （二）), how the name spreads across the row (MERGED,
 * REPEATED, FIRST_ONLY) and the format (docx, xlsx, xls).
 */
public final class SeqCategoryRowsDocument implements CorpusGenerator {

  @Override
  public byte[] generate(Path corpus, List<String> arguments) {
    return SeqCategoryRows.write(
        arguments.get(3),
        SeqCategoryRows.table(
            arguments.get(0), arguments.get(1), SeqCategoryRows.Spread.valueOf(arguments.get(2))));
  }
}
