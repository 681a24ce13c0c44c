package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bihuan.problem.importing.Labels.Label;

/** A measure of a plan's problem while its lines are being read: its text and duties. */
final class PlanMeasureDraft {
  final StringBuilder text;
  final Set<String> units = new LinkedHashSet<>();
  final Set<String> coUnits = new LinkedHashSet<>();
  String leader;
  String person;
  String timeLimit;

  /** What 整改进展：… says has been done: the measure's first progress note. */
  String progress;

  /** The line the time limit was read on (the last one when several). */
  int timeLine;

  PlanMeasureDraft() {
    this("");
  }

  PlanMeasureDraft(String text) {
    this.text = new StringBuilder(text);
  }

  void assign(Label label, String value, int line) {
    String v = value.replaceAll("[。.]+$", "").strip();
    if (v.isEmpty()) {
      return;
    }
    switch (label) {
      case UNITS -> Labels.units(v, Labels.UNITS_OR_SPACES, units, coUnits);
      case CO_UNITS -> Labels.units(v, Labels.UNITS_OR_SPACES, coUnits, coUnits);
      case LEADER -> leader = withNames(leader, v);
      case PERSON -> person = withNames(person, v);
      case TIME_LIMIT -> {
        timeLimit = timeLimit == null ? v : timeLimit + "；" + v;
        timeLine = line;
      }
      case PROGRESS -> progress = progress == null ? v : progress + "\n" + v;
      default -> {}
    }
  }

  /** The names so far and those of {@code value}, 、-separated; null when there are none. */
  private static String withNames(String names, String value) {
    List<String> all = new ArrayList<>();
    if (names != null) {
      all.add(names);
    }
    all.addAll(Labels.names(value));
    return all.isEmpty() ? null : String.join("、", all);
  }

  boolean has(Label label) {
    return switch (label) {
      case UNITS -> !units.isEmpty();
      case CO_UNITS -> !coUnits.isEmpty();
      case LEADER -> leader != null;
      case PERSON -> person != null;
      case TIME_LIMIT -> timeLimit != null;
      case PROGRESS -> progress != null;
      default -> true;
    };
  }

  void fillFrom(PlanMeasureDraft defaults) {
    if (units.isEmpty()) {
      units.addAll(defaults.units);
    }
    if (coUnits.isEmpty()) {
      coUnits.addAll(defaults.coUnits);
    }
    if (leader == null) {
      leader = defaults.leader;
    }
    if (person == null) {
      person = defaults.person;
    }
    if (timeLimit == null) {
      timeLimit = defaults.timeLimit;
      timeLine = defaults.timeLine;
    }
    if (progress == null) {
      progress = defaults.progress;
    }
  }
}
