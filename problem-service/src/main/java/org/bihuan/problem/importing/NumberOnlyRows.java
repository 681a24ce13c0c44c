package org.bihuan.problem.importing;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of one table holding nothing but their 序号 ({@link SeqNumbers#numberOnly}), named in the
 * warnings once a run: a form numbered 1–200 in advance and filled in to 3 gives one warning,
 * "Sheet 「台账」 rows 5–200 hold only their 序号 (4–199) …", as a section's warning names its lines
 * 10–13 (docs/decisions/0382).
 */
final class NumberOnlyRows {

  /** Where a row is, split at its number: 「Sheet 「台账」 row 」 and 9. */
  private static final Pattern WHERE = Pattern.compile("^(.* row )(\\d+)$");

  private final List<String> warnings;
  private int at = -1;
  private String prefix;
  private int firstRow;
  private int lastRow;
  private String firstSeq;

  NumberOnlyRows(List<String> warnings) {
    this.warnings = warnings;
  }

  /** Names the row at {@code where} holding only {@code seq}, with the run it continues if any. */
  void add(String where, String seq) {
    Matcher m = WHERE.matcher(where);
    if (!m.matches()) {
      warnings.add(where + one(seq));
      at = -1;
      return;
    }
    int row = Integer.parseInt(m.group(2));
    if (at >= 0 && at == warnings.size() - 1 && m.group(1).equals(prefix) && row == lastRow + 1) {
      lastRow = row;
      warnings.set(
          at,
          prefix.replaceFirst("row $", "rows ")
              + firstRow
              + "–"
              + row
              + " hold only their 序号 ("
              + firstSeq
              + "–"
              + seq
              + ") and no other cell; they name no problem and were not imported.");
      return;
    }
    warnings.add(where + one(seq));
    at = warnings.size() - 1;
    prefix = m.group(1);
    firstRow = row;
    lastRow = row;
    firstSeq = seq;
  }

  private static String one(String seq) {
    return " holds only its 序号 ("
        + seq
        + ") and no other cell; it names no problem and was not imported.";
  }
}
