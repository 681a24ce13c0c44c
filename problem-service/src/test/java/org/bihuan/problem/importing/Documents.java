package org.bihuan.problem.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test documents under src/test/resources/documents. */
final class Documents {

  static final String SEED = "000_8f0d50df8473947d.txt";

  private Documents() {}

  static String text(String name) {
    try (InputStream in = Documents.class.getResourceAsStream("/documents/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test document " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
