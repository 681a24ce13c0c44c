package org.bihuan.problem.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.bihuan.platform.error.ApiProblem;

/**
 * An OpenDocument file (LibreOffice, WPS or Office saved as .odt/.ods/.odp): a ZIP package whose
 * {@code mimetype} part names what it is. The import does not read it; it is refused (415) naming
 * the format and the format to save it as, before anything is written (docs/decisions/0377).
 */
final class OpenDocumentFiles {

  private OpenDocumentFiles() {}

  private static final String PREFIX = "application/vnd.oasis.opendocument.";

  /** Each OpenDocument kind: its name, and what to save it as instead. */
  private static final Map<String, String[]> KINDS =
      Map.of(
          "text",
          new String[] {"an OpenDocument text (.odt)", "a Word document (.docx)", "odt"},
          "spreadsheet",
          new String[] {"an OpenDocument spreadsheet (.ods)", "an Excel workbook (.xlsx)", "ods"},
          "presentation",
          new String[] {
            "an OpenDocument presentation (.odp)", "a Word document (.docx) or PDF", "odp"
          });

  /**
   * Refuses a ZIP package that is an OpenDocument file, naming it; returns when it is none. The
   * package has been measured against the budget ({@link ZipPackage#inspect}) before.
   */
  static void refuse(byte[] body) {
    String type = mimeType(body);
    if (type == null || !type.startsWith(PREFIX)) {
      return;
    }
    String kind = type.substring(PREFIX.length()).replaceFirst("-template$", "");
    String[] named = KINDS.get(kind);
    String what = named == null ? "an OpenDocument file (" + type + ")" : named[0];
    String instead = named == null ? "a .docx, .xlsx or PDF" : named[1];
    ApiProblem refusal =
        DeclaredType.refused(
            "The file is "
                + what
                + ", which the import does not read; save it as "
                + instead
                + " (in LibreOffice or WPS: 另存为 / Save As) and send that. Nothing was imported.");
    throw named == null ? refusal : refusal.with("format", named[2]);
  }

  /** The text of the package's {@code mimetype} part, or null when it has none. */
  private static String mimeType(byte[] body) {
    try (ZipArchiveInputStream zip = ZipPackage.entries(body)) {
      for (ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null; ) {
        if (entry.getName().equals("mimetype")) {
          byte[] bytes = zip.readNBytes(200);
          return new String(bytes, StandardCharsets.US_ASCII).strip();
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
    return null;
  }
}
