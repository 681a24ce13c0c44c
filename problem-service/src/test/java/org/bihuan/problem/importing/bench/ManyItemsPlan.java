package org.bihuan.problem.importing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.importing.DocumentReader;
import org.bihuan.problem.importing.DocumentText;

/**
 * A plain-text plan of many numbered items (1. … 60000.), each with its 整改措施, 责任单位 and 整改时限 — 8 MB
 * for 60,000 items — and how long the import's reading of it takes ({@link DocumentReader}, with
 * the limits of a 10 MB upload: the 60-second read-time budget). Not a test: run it and read the
 * figures (bench/README.md, "Import through HTTP"); a reading past the budget prints its refusal,
 * 422 import-too-slow, and when it came.
 *
 * <pre>
 * java -cp problem-service/target/classes:problem-service/target/test-classes:$(cat
 *   problem-service/target/accuracy.classpath) org.bihuan.problem.importing.bench.ManyItemsPlan
 *   [items=60000] [file to write it to]
 * </pre>
 */
public final class ManyItemsPlan {

  private ManyItemsPlan() {}

  /** Items 1. to {@code items}., four lines each. */
  public static String text(int items) {
    StringBuilder s = new StringBuilder(items * 64);
    for (int i = 1; i <= items; i++) {
      s.append(i).append(".第").append(i).append("项台账不完整。\n");
      s.append("整改措施：完善第").append(i).append("项台账。\n");
      s.append("责任单位：办公室\n");
      s.append("整改时限：2024年12月31日\n");
    }
    return s.toString();
  }

  public static void main(String[] args) throws IOException {
    int items = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
    byte[] file = text(items).getBytes(StandardCharsets.UTF_8);
    if (args.length > 1) {
      Files.write(Path.of(args[1]), file);
    }
    DocumentReader reader = new DocumentReader(new DocumentText(10L << 20));
    for (int run = 1; run <= 2; run++) {
      long start = System.nanoTime();
      String read;
      try {
        int problems = reader.read(file, "text/plain; charset=UTF-8").document().problems().size();
        read = String.format("%,d problems read", problems);
      } catch (ApiProblem refused) {
        read = refused.status() + " " + refused.type();
      }
      System.out.printf(
          "run %d: %,d items, %,d bytes: %s in %,d ms%n",
          run, items, file.length, read, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
