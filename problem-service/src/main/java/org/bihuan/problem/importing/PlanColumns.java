package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a rectification plan laid out as a table (a Word table, or rows pasted from a
 * spreadsheet as tab-separated text): a header row naming 问题, 整改措施, 责任领导, 责任单位, 责任人, 整改时限 turns
 * each further row into the labelled lines {@link PlanReading} reads.
 */
final class PlanColumns {

  private static final String[][] COLUMNS = {
    {"整改措施", "整改措施"},
    {"措施", "整改措施"},
    {"责任领导", "责任领导"},
    {"分管领导", "责任领导"},
    {"牵头领导", "责任领导"},
    {"责任单位", "责任单位"},
    {"责任部门", "责任单位"},
    {"牵头单位", "责任单位"},
    {"牵头部门", "责任单位"},
    {"配合单位", "配合单位"},
    {"责任人", "责任人"},
    {"时限", "整改时限"},
    {"完成时间", "整改时限"},
    {"时间", "整改时限"},
    {"问题", "问题表现"},
  };

  private PlanColumns() {}

  /**
   * The label of each header cell (null for a column such as 序号 or 问题类别), or null when the header
   * does not name both a problem and a measure column.
   */
  static String[] labels(List<String> header) {
    String[] labels = new String[header.size()];
    boolean problem = false;
    boolean measure = false;
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).replaceAll("[\\s\\u3000\\u00A0]", "");
      if (name.length() > 12 || name.contains("类别") || name.contains("类型") || name.contains("来源")) {
        continue;
      }
      for (String[] column : COLUMNS) {
        if (name.contains(column[0])) {
          labels[i] = column[1];
          problem |= column[1].equals("问题表现");
          measure |= column[1].equals("整改措施");
          break;
        }
      }
    }
    return problem && measure ? labels : null;
  }

  /**
   * Text lines with tab-separated plan tables turned into labelled lines; other lines unchanged. A
   * table ends at the first line without a tab.
   */
  static List<String> expandTabbed(List<String> rawLines) {
    return expandTabbed(rawLines, new ArrayList<>());
  }

  /**
   * As {@link #expandTabbed(List)}, and adds to {@code fromLine} the index in {@code rawLines} of
   * each line returned (a row gives several labelled lines, all from its own line).
   */
  static List<String> expandTabbed(List<String> rawLines, List<Integer> fromLine) {
    List<String> out = new ArrayList<>(rawLines.size());
    int index = -1;
    String[] labels = null;
    for (String line : rawLines) {
      index++;
      if (line.indexOf('\t') < 0) {
        labels = null;
        out.add(line);
        fromLine.add(index);
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (labels == null) {
        labels = cells.length >= 3 ? labels(List.of(cells)) : null;
        if (labels == null) {
          out.add(line);
          fromLine.add(index);
        }
        continue;
      }
      for (int i = 0; i < cells.length && i < labels.length; i++) {
        String value = cells[i].strip();
        if (labels[i] != null && !value.isEmpty()) {
          out.add(labels[i] + "：" + value);
          fromLine.add(index);
        }
      }
    }
    return out;
  }
}
