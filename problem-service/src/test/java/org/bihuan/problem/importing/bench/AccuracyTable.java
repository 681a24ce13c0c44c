package org.bihuan.problem.importing.bench;

import static org.bihuan.problem.importing.bench.AccuracyCounts.FIELDS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.bench.AccuracyCounts.Count;
import org.bihuan.problem.importing.bench.ImportAccuracy.Result;

/**
 * The table {@link ImportAccuracy} prints: per document, per field, combined, and the lines not
 * placed.
 */
final class AccuracyTable {

  private AccuracyTable() {}

  static String table(List<Result> results) {
    StringBuilder out = new StringBuilder();
    Map<String, Count> total = new LinkedHashMap<>();
    FIELDS.forEach(f -> total.put(f, new Count()));
    out.append(String.format("%-40s %9s %9s %9s%n", "document", "precision", "recall", "problems"));
    for (Result r : results) {
      Count all = new Count();
      r.counts()
          .forEach(
              (f, c) -> {
                total.get(f).add(c);
                all.add(c);
              });
      Count problems = r.counts().getOrDefault("problems", new Count());
      out.append(
          String.format(
              "%-40s %8.1f%% %8.1f%% %4d/%-4d%s%n",
              r.name(),
              100 * all.precision(),
              100 * all.recall(),
              problems.read,
              problems.expected,
              r.error() == null ? "" : "  REFUSED: " + r.error()));
    }
    out.append(String.format("%n| field | expected | read | correct | precision | recall |%n"));
    out.append("|---|---:|---:|---:|---:|---:|\n");
    Count overall = new Count();
    for (Map.Entry<String, Count> e : total.entrySet()) {
      Count c = e.getValue();
      overall.add(c);
      out.append(
          String.format(
              "| %s | %d | %d | %d | %.1f%% | %.1f%% |%n",
              e.getKey(),
              c.expected,
              c.read,
              c.truePositives,
              100 * c.precision(),
              100 * c.recall()));
    }
    out.append(
        String.format(
            "| **overall** | %d | %d | %d | %.1f%% | %.1f%% |%n",
            overall.expected,
            overall.read,
            overall.truePositives,
            100 * overall.precision(),
            100 * overall.recall()));
    Count problems = total.get("problems");
    out.append(
        String.format(
            "%nCombined: %d documents (%d refused or failed), problems expected %d, read %d,"
                + " lost %d, duplicated %d.%n",
            results.size(),
            results.stream().filter(r -> r.error() != null).count(),
            problems.expected,
            problems.read,
            results.stream().mapToInt(Result::lost).sum(),
            results.stream().mapToInt(Result::duplicated).sum()));
    out.append(
        String.format(
            "%n%d documents. Lines not placed where they stand (moved, merged or"
                + " not imported):%n",
            results.size()));
    int lines = 0;
    for (Result r : results) {
      for (String w : r.unplaced()) {
        out.append("  ").append(r.name()).append(": ").append(w).append('\n');
        lines++;
      }
    }
    if (lines == 0) {
      out.append("  (none)\n");
    }
    return out.toString();
  }
}
