package org.bihuan.problem.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where in the file an imported problem was read, so that an administrator can check a dry run
 * against the document before committing it. Every field is nullable and only those that apply are
 * set: {@code lines} for text and Word paragraphs (1-based line numbers of the document's text as
 * read, first and last), {@code sheet} and {@code rows} for spreadsheets and tables (first and last
 * row, 1-based), {@code table} for a Word table (which of the document's tables, 1-based), {@code
 * page} for PDF pages (with the {@code lines} of the PDF's text). The same shape serves every
 * format; the fields that do not apply are left out of the answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Where the problem was read in the file; only the fields that apply are set")
public record Origin(
    @Schema(description = "worksheet name (spreadsheets)", nullable = true) String sheet,
    @Schema(description = "page number, 1-based (PDF)", nullable = true) Integer page,
    @Schema(
            description = "the table's position among the document's tables, 1-based (Word tables)",
            nullable = true)
        Integer table,
    @Schema(
            description = "first and last row, 1-based (tables and spreadsheets)",
            nullable = true,
            minItems = 2,
            maxItems = 2)
        List<Integer> rows,
    @Schema(
            description =
                "first and last line of the document's text, 1-based (text, Word paragraphs)",
            nullable = true,
            minItems = 2,
            maxItems = 2)
        List<Integer> lines) {

  /** Lines {@code from} to {@code to} of a text. */
  public static Origin lines(int from, int to) {
    return new Origin(null, null, null, null, List.of(Math.min(from, to), Math.max(from, to)));
  }

  /** Rows {@code from} to {@code to} of a sheet. */
  public static Origin rows(String sheet, int from, int to) {
    return new Origin(sheet, null, null, List.of(Math.min(from, to), Math.max(from, to)), null);
  }

  /** Rows {@code from} to {@code to} of a Word table, the {@code table}-th of its document. */
  public static Origin tableRows(int table, int from, int to) {
    return new Origin(null, null, table, List.of(Math.min(from, to), Math.max(from, to)), null);
  }

  /** This origin on page {@code page} of a PDF (unchanged when {@code page} is null). */
  public Origin onPage(Integer page) {
    return page == null ? this : new Origin(sheet, page, table, rows, lines);
  }

  /** The smallest origin that covers this one and {@code other} (null counts as nothing). */
  public Origin spanning(Origin other) {
    if (other == null) {
      return this;
    }
    return new Origin(
        sheet != null ? sheet : other.sheet,
        page != null ? page : other.page,
        table != null ? table : other.table,
        span(rows, other.rows),
        span(lines, other.lines));
  }

  private static List<Integer> span(List<Integer> a, List<Integer> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return List.of(Math.min(a.get(0), b.get(0)), Math.max(a.get(1), b.get(1)));
  }
}
