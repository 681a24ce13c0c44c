package org.bihuan.problem.importing;

import org.bihuan.problem.importing.Labels.Label;

/**
 * A plan's duty line: a line whose first label gives a measure's responsibility or time limit
 * (责任单位, 配合单位, 责任领导, 责任人, 整改时限 and their other names, {@link Labels}) — not 问题表现, 整改措施, 整改进展 or a
 * label that fills no field. One definition for the plan's readers: {@link PlanReading} (a
 * measure's text then its duties, 0299, 0306) and {@link MeasuresWithDutyLines} (0406).
 */
final class DutyLines {

  private DutyLines() {}

  /** Whether {@code split}'s first label is a duty: 责任单位, 配合单位, 责任领导, 责任人, 整改时限. */
  static boolean dutyFirst(Labels.Split split) {
    if (split.labels().isEmpty()) {
      return false;
    }
    Label first = split.labels().get(0).label();
    return first != Label.PROBLEM
        && first != Label.MEASURE
        && first != Label.OTHER
        && first != Label.PROGRESS;
  }

  /** Whether {@code split} is a duty line of its own: no text before its first label, a duty. */
  static boolean isDutyLine(Labels.Split split) {
    return split.prefix().isBlank() && dutyFirst(split);
  }
}
