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
 * format; the fields that do not apply are left out of the answer. A Word file's lines beside its
 * tables are those of its text outside the tables, each paragraph a line and a table none, so that
 * the reader finds line N by counting paragraphs and skipping the tables (docs/decisions/0332).
 *
 * <p>A Word table that goes on in the file's next table (a 续表, with its header repeated or not) is
 * read as one table, but each problem is told where the user sees it: {@code table} is the file's
 * table its first row is in and {@code rows} are its rows within that table; a problem whose rows
 * go on into the next table is told by its rows in the table it begins in, up to that table's last
 * row. A PDF's table over several pages is one table (its rows counted on over the pages, {@code
 * page} the page of the problem's first row), as the file does not say where one Word table ended.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Where the problem was read in the file; only the fields that apply are set")
public record Origin(
    @Schema(description = "worksheet name (spreadsheets)", nullable = true) String sheet,
    @Schema(description = "page number, 1-based (PDF)", nullable = true) Integer page,
    @Schema(
            description =
                "the table's position among the document's tables, 1-based (Word tables, PDF"
                    + " tables); for a table continued in the next table of a Word file, the table"
                    + " the problem's first row is in",
            nullable = true)
        Integer table,
    @Schema(
            description =
                "first and last row, 1-based (tables and spreadsheets), within the table named by"
                    + " 'table'; a problem going on into the next table of a Word file ends at the"
                    + " last row of the table it begins in",
            nullable = true,
            minItems = 2,
            maxItems = 2)
        List<Integer> rows,
    @Schema(
            description =
                "first and last line of the document's text, 1-based (text, Word paragraphs);"
                    + " in a Word file with tables, of its text outside the tables: each"
                    + " paragraph a line, a table none",
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
