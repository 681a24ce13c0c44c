package org.bihuan.problem.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bihuan.problem.importing.bench.WordListLevels;

/**
 * The Word 97 (.doc) file of a plan whose group headings and problems are levels 0 and 1 of ONE
 * automatic list, both shown 1. 2. (docs/decisions/0358): the .docx {@link WordListLevels} writes
 * from the accuracy corpus's {@code plan_word_list_levels_groups.levels}, converted by LibreOffice
 * (Writer's "MS Word 97" filter). Committed as the corpus's {@code
 * plan_word97_list_levels_groups.doc}:
 *
 * <pre>
 * java -cp ... org.bihuan.problem.support.Word97ListLevels bench/import-accuracy/corpus
 * </pre>
 */
public final class Word97ListLevels {

  private Word97ListLevels() {}

  /** Writes {@code plan_word97_list_levels_groups.doc} into the corpus folder {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    byte[] docx =
        WordListLevels.docx(
            Files.readAllLines(
                corpus.resolve("plan_word_list_levels_groups.levels"), StandardCharsets.UTF_8));
    Files.write(
        corpus.resolve("plan_word97_list_levels_groups.doc"),
        FormatCorpus.convert(docx, "docx", "doc"));
  }
}
