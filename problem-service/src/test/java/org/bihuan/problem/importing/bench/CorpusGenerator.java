package org.bihuan.problem.importing.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * Makes a corpus document at run time, for formats better written by a program than committed as
 * binary (Word, Excel, PDF). A file {@code <name>.<ext>.gen} in the corpus holds one line: the
 * class name of a generator on the test classpath, then its arguments separated by spaces; the
 * document is {@code <name>.<ext>} and its expected answer {@code <name>.expected.json}, as for a
 * committed file.
 */
public interface CorpusGenerator {

  /**
   * The bytes of the document. {@code corpus} is the corpus folder (to read a sibling source file
   * named in the arguments).
   */
  byte[] generate(Path corpus, List<String> arguments) throws Exception;
}
