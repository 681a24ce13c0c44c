package org.bihuan.problem.importing;

import java.util.List;

/**
 * What an uploaded file holds, read within the import's memory budget: its whole text (what {@link
 * OutlineParser} reads when there are no rectification tables, and what identifies the document),
 * the text of its paragraphs outside tables, and its tables (what {@link TableReading} reads).
 *
 * @param format what the file is (txt, docx, doc, xlsx, xls, pdf)
 */
public record DocumentContent(
    String format, String text, String textOutsideTables, List<Grid> tables) {

  static DocumentContent text(String format, String text) {
    return new DocumentContent(format, text, text, List.of());
  }
}
