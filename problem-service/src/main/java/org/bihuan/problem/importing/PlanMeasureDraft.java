package org.bihuan.problem.importing;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bihuan.problem.importing.Labels.Label;

/**
 * A measure of a plan's problem while its lines are being read: its text and duties. A label
 * written again adds to what it said (names 、-separated, time limits ；-separated, progress notes a
 * line each), appended in place: a line of 400,000 × 责任领导：张三 costs 400,000 appends, not as many
 * copies of the names so far (docs/decisions/0270).
 */
final class PlanMeasureDraft {
  final StringBuilder text;
  final Set<String> units = new LinkedHashSet<>();
  final Set<String> coUnits = new LinkedHashSet<>();
  private StringBuilder leader;
  private StringBuilder person;

  /** The people named in brackets after the measure's responsible units (医政股（张明）, 0311). */
  private final Set<String> unitPeople = new LinkedHashSet<>();

  /** The contacts of its helping units (配合单位：规划科（赵敏）, 财务处（配合：李四）): never its person (0320). */
  private final Set<String> contacts = new LinkedHashSet<>();

  private StringBuilder timeLimit;

  /** What was done to a units value whose brackets do not pair ({@link UnbalancedBrackets}). */
  final Set<String> bracketNotes = new LinkedHashSet<>();

  /** A 责任人 written as still to be named (待定, （无）); null when none. */
  String pendingPerson;

  /** What 整改进展：… says has been done: the measure's first progress note. */
  private StringBuilder progress;

  /** The line the time limit was read on (the last one when several). */
  int timeLine;

  /** The term the measure is named by (近期, 长效…, {@link MeasureTerms}); null when none. */
  String term;

  /**
   * The time limit the measure's stage gives it (第一阶段（2024年7月31日前）：…, {@link StageMeasures}); null
   * when none. It is the measure's time limit, whatever a 整改时限 beside it says.
   */
  String stageLimit;

  /** Whether the measure is written as a time stage (第二阶段：…), with a date of its own or not. */
  boolean staged;

  /** The stage's words (第一阶段, 阶段二) of a measure written as a time stage; null otherwise. */
  String stageWords;

  /**
   * Why the measure, a stage, took a 整改时限 written in stages whole: it names another count of stages
   * and not this one (0317); null otherwise.
   */
  String unnamedStage;

  /** A 整改时限 given beside a measure whose stage gives its own: not read for it (0310). */
  private StringBuilder besideStage;

  private final Set<String> leaderNames = new HashSet<>();
  private final Set<String> personNames = new HashSet<>();

  PlanMeasureDraft() {
    this("");
  }

  PlanMeasureDraft(String text) {
    this.text = new StringBuilder(text);
  }

  void assign(Label label, String value, int line) {
    String v = LineScan.withoutTrailing(value, "。.").strip();
    if (v.isEmpty()) {
      return;
    }
    switch (label) {
      case UNITS, CO_UNITS -> {
        // 医政股（张明）, 财务处（牵头：李四）: the unit, and the person its bracket names (0311); a
        // helping unit's person is its contact, never the measure's person (0320)
        UnitLeads.Read read = UnitLeads.people(v);
        Labels.units(
            read.units(), Labels.UNITS_OR_SPACES, label == Label.UNITS ? units : coUnits, coUnits);
        withoutLabelNames();
        (label == Label.UNITS ? unitPeople : contacts).addAll(read.people());
        contacts.addAll(read.contacts());
        bracketNotes.addAll(read.notes());
      }
      case LEADER -> leader = withNames(leader, leaderNames, v);
      case PERSON -> {
        person = withNames(person, personNames, v);
        if (Placeholders.pending(v)) {
          pendingPerson = v; // 责任人：（待定）: no person yet, and the dry run says so (0323)
        }
      }
      case TIME_LIMIT -> {
        if (stageLimit != null) {
          besideStage = with(besideStage, "；", v);
          return;
        }
        timeLimit = with(timeLimit, "；", v);
        timeLine = line;
        String said = StatusInTimeLimits.said(v);
        if (said != null) {
          progress = with(progress, "\n", said); // 2024年9月30日（已完成） (0342)
        }
      }
      case PROGRESS -> progress = with(progress, "\n", v);
      default -> {}
    }
  }

  /**
   * The names so far and those of {@code value} not yet among them ({@code seen}), 、-separated;
   * null when there are none. A name repeated by a line of many labels (责任领导 张三 … 责任领导 张三) is named
   * once, as the colon form's names are; a bare label left without its value (责任领导 张三 完成时限) is no
   * name (docs/decisions/0280).
   */
  private static StringBuilder withNames(StringBuilder names, Set<String> seen, String value) {
    for (String name : Labels.names(value)) {
      if (!LabelNames.isLabelName(name) && seen.add(name)) {
        names = with(names, "、", name);
      }
    }
    return names;
  }

  /**
   * A bare label left without a value (责任单位 财务科 完成时限, the time limit not given) stays in the units'
   * text; its name is no unit (docs/decisions/0280).
   */
  private void withoutLabelNames() {
    units.removeIf(LabelNames::isLabelName);
    coUnits.removeIf(LabelNames::isLabelName);
  }

  /** {@code text} after what is there so far, {@code separator} between them. */
  private static StringBuilder with(StringBuilder sofar, String separator, String text) {
    return sofar == null ? new StringBuilder(text) : sofar.append(separator).append(text);
  }

  private static String text(StringBuilder value) {
    return value == null ? null : value.toString();
  }

  /** The leader or leaders (、-separated); null when none is named. */
  String leader() {
    return text(leader);
  }

  /**
   * The responsible person or people (、-separated): the 责任人 given, else the people named after the
   * responsible units (docs/decisions/0311, 0320); null when none is named.
   */
  String person() {
    return person != null
        ? text(person)
        : unitPeople.isEmpty() ? null : String.join("、", unitPeople);
  }

  /**
   * The people named in the responsible units' brackets beside a 责任人 given: not the responsible
   * person (docs/decisions/0320).
   */
  Set<String> droppedBeside() {
    Set<String> dropped = new LinkedHashSet<>();
    if (person != null) {
      dropped.addAll(unitPeople);
      dropped.removeAll(personNames);
    }
    return dropped;
  }

  /** The contacts of its helping units that are not the responsible person (0320). */
  Set<String> droppedContacts() {
    Set<String> dropped = new LinkedHashSet<>(contacts);
    dropped.removeAll(person != null ? personNames : unitPeople);
    dropped.removeAll(droppedBeside());
    return dropped;
  }

  /** The time limit or limits (；-separated); null when none is given. */
  String timeLimit() {
    return stageLimit != null ? stageLimit : text(timeLimit);
  }

  /** The 整改时限 given beside a measure whose stage gives its own; null when none. */
  String besideStage() {
    return text(besideStage);
  }

  /** The progress notes, a line each; null when there is none. */
  String progress() {
    return text(progress);
  }

  boolean has(Label label) {
    return switch (label) {
      case UNITS -> !units.isEmpty();
      case CO_UNITS -> !coUnits.isEmpty();
      case LEADER -> leader != null;
      case PERSON -> person != null || !unitPeople.isEmpty();
      case TIME_LIMIT -> timeLimit != null || stageLimit != null;
      case PROGRESS -> progress != null;
      default -> true;
    };
  }

  void fillFrom(PlanMeasureDraft defaults) {
    if (units.isEmpty()) {
      units.addAll(defaults.units);
      unitPeople.addAll(defaults.unitPeople);
      bracketNotes.addAll(defaults.bracketNotes);
    }
    if (coUnits.isEmpty()) {
      coUnits.addAll(defaults.coUnits);
      contacts.addAll(defaults.contacts);
    }
    if (leader == null) {
      leader = copy(defaults.leader);
    }
    if (person == null && pendingPerson == null) {
      pendingPerson = defaults.pendingPerson;
    }
    if (person == null) {
      person = copy(defaults.person);
      if (defaults.person != null) {
        personNames.addAll(defaults.personNames);
      }
    }
    if (stageLimit != null && besideStage == null) {
      besideStage = copy(defaults.timeLimit);
    } else if (timeLimit == null) {
      timeLimit = copy(defaults.timeLimit);
      timeLine = defaults.timeLine;
    }
    if (progress == null) {
      progress = copy(defaults.progress);
    }
  }

  private static StringBuilder copy(StringBuilder value) {
    return value == null ? null : new StringBuilder(value);
  }
}
