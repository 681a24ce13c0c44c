package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column naming the people first and their units after them — 责任人及单位, 责任人（单位）, 负责人/部门 — whose
 * cells write a person with the unit in brackets: 黄忠（后勤科）, 黄忠（后勤科）、李明（财务科） (docs/decisions/0365):
 * 黄忠 is the responsible person and 后勤科 the responsible unit. A cell written otherwise is read as a
 * units cell is.
 */
final class PeopleBeforeUnits {

  private PeopleBeforeUnits() {}

  /** A header naming the people, then their units. */
  private static final Pattern HEADER =
      Pattern.compile("^(?:具体)?(?:责任人|负责人|联系人)(?:[及和与、/／]|[（(])(?:责任)?(?:单位|部门|科室|处室|股室)[）)]?$");

  /** Whether a header cell names the people first, then their units. */
  static boolean names(String header) {
    return HEADER.matcher(header.replaceAll("[\\s\\u3000\\u00A0*＊:：]", "")).matches();
  }

  /** One person with the unit in brackets. */
  private static final Pattern PERSON_UNIT =
      Pattern.compile("^(" + ResponsiblePeople.BARE_NAME.pattern() + ")\\s*[（(]([^（）()]+)[）)]$");

  private static final Pattern SEPARATORS = Pattern.compile("[、，,；;\\n\\r]+");

  /** The units and people of such a cell, or null when a part of it is not 姓名（单位）. */
  static UnitsAndPeople.Split of(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    List<String> units = new ArrayList<>();
    List<String> people = new ArrayList<>();
    for (String part : SEPARATORS.split(value.strip())) {
      if (part.isBlank()) {
        continue;
      }
      Matcher m = PERSON_UNIT.matcher(part.strip());
      if (!m.matches()
          || UnitLeads.endsAsUnit(m.group(1))
          || !UnitLeads.namesPeople(m.group(1))
          || !UnitLeads.endsAsUnit(m.group(2).strip())) {
        return null;
      }
      if (!people.contains(m.group(1))) {
        people.add(m.group(1));
      }
      if (!units.contains(m.group(2).strip())) {
        units.add(m.group(2).strip());
      }
    }
    return people.isEmpty() ? null : new UnitsAndPeople.Split(String.join("、", units), people);
  }

  /**
   * A plain 责任人 cell written as such a column's is, every part 姓名（单位） (周敏（党委办公室）): the people,
   * their units put where they belong rather than kept in a person's name (docs/decisions/0417).
   * The units become the measure's responsible units when its row names none; a unit the row's 责任单位
   * already names is said twice and dropped; any other is named in {@code notes}, not added (the
   * 责任单位 column answers for the measure's units). Null when a part is not 姓名（单位）.
   */
  static List<String> inPersonCell(
      String value, Set<String> units, Set<String> coUnits, Set<String> notes) {
    UnitsAndPeople.Split split = of(value);
    if (split == null) {
      return null;
    }
    List<String> others = new ArrayList<>();
    for (String unit : split.units().split("、")) {
      if (!units.contains(unit) && !coUnits.contains(unit)) {
        others.add(unit);
      }
    }
    if (units.isEmpty() && coUnits.isEmpty()) {
      units.addAll(others);
    } else if (!others.isEmpty()) {
      notes.add(
          "the 责任人 「"
              + value.strip()
              + "」 names "
              + String.join("、", others)
              + " in brackets, a unit its 责任单位 does not name; it was not added to the units");
    }
    return split.people();
  }
}
