package org.bihuan.problem.importing;

import java.util.List;

/**
 * What an uploaded file holds, read within the import's memory budget: its whole text (what {@link
 * OutlineParser} reads when there are no rectification tables, and what identifies the document),
 * the text of its paragraphs outside tables, and its tables (what {@link TableReading} reads).
 *
 * @param format what the file is (txt, docx, doc, xlsx, xls, pdf)
 * @param pageFirstLines for a PDF, the line of {@code text} (1-based) each page starts on; empty
 *     otherwise
 * @param warnings what reading the file left out and the dry run must say (hidden sheets)
 * @param continuedLines for a PDF, the lines of {@code text} (1-based) left blank where an item's
 *     line the page wrapped went on, its text joined into the item's first line (0346)
 * @param unruledTables for a PDF, the tables (by {@link Grid#table}) printed without cell borders,
 *     whose rows and columns were told by where their text stands (0384); empty otherwise
 */
public record DocumentContent(
    String format,
    String text,
    String textOutsideTables,
    List<Grid> tables,
    List<Integer> pageFirstLines,
    List<String> warnings,
    List<Integer> continuedLines,
    java.util.Set<Integer> unruledTables) {

  public DocumentContent(
      String format,
      String text,
      String textOutsideTables,
      List<Grid> tables,
      List<Integer> pageFirstLines,
      List<String> warnings,
      List<Integer> continuedLines) {
    this(
        format,
        text,
        textOutsideTables,
        tables,
        pageFirstLines,
        warnings,
        continuedLines,
        java.util.Set.of());
  }

  public DocumentContent(
      String format,
      String text,
      String textOutsideTables,
      List<Grid> tables,
      List<Integer> pageFirstLines,
      List<String> warnings) {
    this(format, text, textOutsideTables, tables, pageFirstLines, warnings, List.of());
  }

  public DocumentContent(
      String format,
      String text,
      String textOutsideTables,
      List<Grid> tables,
      List<Integer> pageFirstLines) {
    this(format, text, textOutsideTables, tables, pageFirstLines, List.of());
  }

  public DocumentContent(String format, String text, String textOutsideTables, List<Grid> tables) {
    this(format, text, textOutsideTables, tables, List.of());
  }

  static DocumentContent text(String format, String text) {
    return new DocumentContent(format, text, text, List.of());
  }

  /** The page (1-based) that line {@code line} of the text is on, or null when not paged. */
  Integer pageOf(int line) {
    Integer page = null;
    for (int i = 0; i < pageFirstLines.size() && pageFirstLines.get(i) <= line; i++) {
      page = i + 1;
    }
    return page;
  }
}
