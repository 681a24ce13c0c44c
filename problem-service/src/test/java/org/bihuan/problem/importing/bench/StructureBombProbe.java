package org.bihuan.problem.importing.bench;

import java.util.List;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.importing.DocumentContent;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.FontBombs;
import org.bihuan.problem.support.LedgerLayouts;
import org.bihuan.problem.support.LedgerLayouts.Layout;
import org.bihuan.problem.support.LedgerLayouts.Style;
import org.bihuan.problem.support.LedgerModels;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.SheetBombs;
import org.bihuan.problem.support.StructureBombs;

/**
 * What one structure bomb (docs/decisions/0186) costs the import: builds the file named by {@code
 * args[0]} and reads it as an import does (the default budget of a 10 MB upload), printing the
 * answer, the time it took and the peak heap while reading (the heap pools' peaks, reset after a GC
 * once the file is built). Run it in a small heap that exits on OutOfMemoryError, with the
 * importing classes of the version to measure first on the classpath:
 *
 * <pre>
 * java -Xmx256m -XX:+ExitOnOutOfMemoryError -cp "problem-service/target/test-classes:\
 * problem-service/target/classes:platform/target/classes:&lt;deps&gt;" \
 *   org.bihuan.problem.importing.bench.StructureBombProbe xls-strings
 * </pre>
 *
 * Kinds: doc-pieces, doc-chars, doc-runs, xls-strings, xls-claim, pdf-font, pdf-cmap, xlsx-styles.
 */
public final class StructureBombProbe {

  private StructureBombProbe() {}

  public static void main(String[] args) {
    String kind = args.length > 0 ? args[0] : "xls-strings";
    byte[] body =
        switch (kind) {
          case "doc-pieces" -> StructureBombs.docWithPieces(150_000, 1);
          case "doc-chars" -> StructureBombs.docWithPieces(90_000, 50);
          case "doc-runs" -> StructureBombs.docWithRunPages(100_000);
          case "xls-strings" -> SheetBombs.xlsWithSharedStrings(1_500_000, 1_500_000);
          case "xls-claim" -> SheetBombs.xlsWithSharedStrings(3, 2_000_000_000L);
          case "pdf-font" -> FontBombs.pdfWithZerosAsFontProgram(200);
          case "pdf-cmap" -> FontBombs.pdfWithFontProgram(FontBombs.fontWithCmapGroups(100_000));
          case "xlsx-styles" ->
              StructureBombs.withStyles(
                  Ledgers.xlsx(
                      List.of(
                          LedgerLayouts.table(
                              "台账", LedgerModels.auditSheet(), Style.of(Layout.MERGED)))),
                  "xl/styles.xml",
                  150_000);
          default -> throw new IllegalArgumentException(kind);
        };
    String type =
        kind.startsWith("doc")
            ? DocumentText.DOC
            : kind.startsWith("xlsx")
                ? DocumentText.XLSX
                : kind.startsWith("xls") ? DocumentText.XLS : DocumentText.PDF;
    System.gc();
    List<java.lang.management.MemoryPoolMXBean> heap =
        java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .toList();
    heap.forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    String answer;
    try {
      DocumentContent content = new DocumentText(10L << 20).content(body, type);
      answer = "read " + content.text().length() + " characters";
    } catch (ApiProblem p) {
      answer = p.status() + " " + p.detail();
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf(
        "%s (%d bytes): %s in %d ms; peak heap %d MB%n",
        kind, body.length, answer, millis, peak >> 20);
  }
}
