package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A row of a table that holds one text only, merged across the row or alone in its first cell, is a
 * category heading when the text is a short label (一、党建方面, （一）财务管理) — and a finding when it is a
 * sentence (3.食堂管理不规范，存在过期食品。): one that ends like a sentence, holds a comma between clauses, or is
 * longer than any label. Such a row is read as a problem of its own, its number as its 序号, so that
 * it is never lost as a heading (0247). A text ending in a colon (（一）财务管理方面，存在以下问题：) introduces the
 * rows below it and stays a heading.
 */
final class SentenceRows {

  /** The longest text a category label holds, without its number. */
  static final int LABEL_MAX = 30;

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]$");

  private static final Pattern CLAUSES = Pattern.compile("[，,]");

  private static final Pattern INTRODUCES = Pattern.compile("[：:]$");

  private SentenceRows() {}

  /** Whether a row's only text is a sentence rather than a label. */
  static boolean isSentence(String text) {
    String t = text.strip();
    Numbering n = Numbering.of(t);
    String body = n == null ? t : n.text().strip();
    if (body.isEmpty() || INTRODUCES.matcher(body).find() || body.matches("[0-9０-９.．]+")) {
      return false;
    }
    return SENTENCE_END.matcher(body).find()
        || CLAUSES.matcher(body).find()
        || body.codePointCount(0, body.length()) > LABEL_MAX;
  }

  /**
   * The row rewritten as a problem row — its sentence in the 问题 cell without its number, the number
   * in the 序号 cell, every other cell empty — or null when the row is not a sentence alone (another
   * text beside it, a cell merged from above, the text alone in the 问题 cell already).
   */
  static Grid.Row asProblem(Grid.Row row, TableReading.Header header) {
    int problem = header.index(TableReading.Column.PROBLEM);
    String text = null;
    int own = 0;
    int column = -1;
    for (int i = 0; i < row.cells().size(); i++) {
      Grid.Cell c = row.cell(i);
      if (c.text().isBlank()) {
        continue;
      }
      if (c.continuesAbove() || (text != null && !text.equals(c.text()))) {
        return null;
      }
      text = c.text();
      own++;
      column = i;
    }
    if (text == null || (own == 1 && column == problem) || !isSentence(text)) {
      return null;
    }
    Numbering n = Numbering.of(text.strip());
    boolean arabic = n != null && n.rank() >= Numbering.ARABIC && n.rank() < Numbering.POINT;
    String sentence = arabic ? n.text().strip() : text.strip();
    int seq = header.index(TableReading.Column.SEQ);
    List<Grid.Cell> cells = new ArrayList<>();
    for (int i = 0; i < Math.max(row.cells().size(), header.columns().length); i++) {
      cells.add(
          i == problem
              ? Grid.Cell.of(sentence)
              : i == seq && arabic ? Grid.Cell.of(String.valueOf(n.number())) : Grid.Cell.EMPTY);
    }
    return new Grid.Row(row.number(), cells);
  }
}
