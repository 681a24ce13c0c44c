package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A 责任人 or 责任领导 cell that writes its own label before the name: 责任人：李四, 主要责任人：李四, 责任领导：王五 give 李四
 * and 王五, as a 责任单位 cell 责任单位：办公室 gives 办公室 (docs/decisions/0342). Only a cell whose every label
 * names a leader or a person is read so (责任人：李四；联系人：王五 gives 李四、王五); a cell with another label, or
 * none, is read as it is.
 */
final class SelfLabelledCells {

  private SelfLabelledCells() {}

  /** The names of a leader or person cell without the labels it writes; the cell as it is else. */
  static String withoutLabels(String cell) {
    if (cell == null || cell.isBlank()) {
      return cell;
    }
    List<Labels.Labelled> labels = Labels.of(cell.strip());
    if (labels.isEmpty()) {
      return cell;
    }
    List<String> values = new ArrayList<>();
    for (Labels.Labelled l : labels) {
      if (l.label() != Labels.Label.LEADER && l.label() != Labels.Label.PERSON) {
        return cell;
      }
      if (!l.value().isBlank()) {
        values.add(l.value());
      }
    }
    return String.join("、", values);
  }
}
