package org.bihuan.problem.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;

/**
 * A workbook printed to PDF by LibreOffice Calc ({@code soffice --headless --convert-to pdf}), as a
 * user prints a sheet; the test is skipped where LibreOffice is not installed (the CI machine has
 * it).
 */
public final class CalcPrint {

  private CalcPrint() {}

  /** The .xlsx bytes of {@code workbook}. */
  public static byte[] xlsx(XSSFWorkbook workbook) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }

  /** The PDF Calc prints of {@code workbook}'s sheets, as the sheets' print settings say. */
  public static byte[] pdf(XSSFWorkbook workbook) throws IOException {
    return pdf(xlsx(workbook), "ledger.xlsx");
  }

  /**
   * The PDF LibreOffice prints of a document's bytes ({@code fileName}: its name, whose extension
   * says its format: .docx printed as Writer prints it).
   */
  public static byte[] pdf(byte[] document, String fileName) throws IOException {
    Assumptions.assumeTrue(installed(), "LibreOffice (soffice) is not installed");
    Path dir = Files.createTempDirectory("calc-print");
    try {
      return print(document, fileName, dir);
    } finally {
      try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
        all.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }

  private static byte[] print(byte[] document, String fileName, Path dir) throws IOException {
    Path sheet = dir.resolve(fileName);
    Files.write(sheet, document);
    Process p =
        new ProcessBuilder(
                "soffice",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                sheet.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("soffice.log").toFile())
            .start();
    try {
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("soffice did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    Path pdf = dir.resolve(fileName.substring(0, fileName.lastIndexOf('.')) + ".pdf");
    if (!Files.exists(pdf)) {
      throw new IllegalStateException(
          "soffice printed no PDF: " + Files.readString(dir.resolve("soffice.log")));
    }
    return Files.readAllBytes(pdf);
  }

  private static boolean installed() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "soffice"))) {
        return true;
      }
    }
    return false;
  }
}
