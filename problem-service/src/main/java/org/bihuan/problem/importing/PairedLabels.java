package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;

/**
 * One label naming two fields, its value giving one part for each in the same order:
 * 责任单位/责任人：办公室/张三 (the unit 办公室, the person 张三), 责任单位、责任人：办公室、张三, 责任领导/责任单位：李四/财务科 (the leader 李四,
 * the unit 财务科). The parts are cut at / or ／ when the value has one, else at 、 or a comma
 * (docs/decisions/0323). A units-and-person value that does not pair so (纪检组（王强）、医政股（张明）) is read
 * as 0311 reads it: units, with the people of their brackets.
 */
final class PairedLabels {

  private PairedLabels() {}

  /**
   * A label naming the leader, the units and the person: 责任领导/责任单位/责任人：张三/办公室/李四
   * (docs/decisions/0366).
   */
  private static final String LEADER_UNITS_AND_PERSON = threePartNames();

  private static final Pattern LEADER_UNITS_PERSON = Pattern.compile(LEADER_UNITS_AND_PERSON);

  /** Each way of writing such a label, as literal names joined by | (the label names' form). */
  private static String threePartNames() {
    List<String> names = new ArrayList<>();
    for (String leader : List.of("责任领导", "分管领导", "牵头领导")) {
      for (String units : List.of("责任单位", "责任部门", "牵头单位")) {
        for (String sep : List.of("/", "／", "、")) {
          names.add(leader + sep + units + sep + "责任人");
        }
      }
    }
    return String.join("|", names);
  }

  /**
   * A label naming the leader, then the units: 责任领导/责任单位, 分管领导、责任部门; and the three-part label
   * naming the person after them.
   */
  static final String LEADER_AND_UNITS =
      LEADER_UNITS_AND_PERSON
          + "|责任领导/责任单位|责任领导／责任单位|责任领导、责任单位|责任领导及责任单位|责任领导/责任部门|责任领导／责任部门"
          + "|责任领导、责任部门|分管领导/责任单位|分管领导／责任单位|分管领导、责任单位";

  private static final Pattern LEADER_UNITS = Pattern.compile(LEADER_AND_UNITS);

  /**
   * A label naming the units, then their person: 责任单位/责任人, 责任部门及责任人, 责任单位（责任人）, 责任单位、第一责任人 (0376).
   */
  private static final Pattern UNITS_PERSON =
      Pattern.compile(
          "(?:责任|牵头)(?:单位|部门|科室)(?:[及和与、/／]|[（(])(?:责任人|联系人|" + PersonLabels.NAMES + ")[）)]?");

  private static final Pattern SLASH = Pattern.compile("\\s*[/／]\\s*");
  private static final Pattern LIST = Pattern.compile("\\s*[、，,]\\s*");

  private static final Pattern BRACKET = Pattern.compile("[（(【\\[]");

  /**
   * The fields a paired label's value gives, or null when {@code name} is no paired label, or its
   * value does not pair and is read as its label's (units and their people). A leader-and-units
   * value that does not pair in two fills no field: which part is the leader is not known.
   */
  static List<Labelled> of(String name, String value, String runOn) {
    if (LEADER_UNITS_PERSON.matcher(name).matches()) {
      return threeParts(name, value, runOn);
    }
    boolean leaderFirst = LEADER_UNITS.matcher(name).matches();
    if (!leaderFirst && !UNITS_PERSON.matcher(name).matches()) {
      return null;
    }
    String v = LineScan.withoutTrailingOrSpaces(value, "。.；;，,").strip();
    String[] parts = (SLASH.matcher(v).find() ? SLASH : LIST).split(v, -1);
    boolean two = parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank();
    List<Labelled> fields = new ArrayList<>();
    if (leaderFirst) {
      if (two && !UnitLeads.namesPeople(parts[1].strip())) {
        fields.add(new Labelled(Label.LEADER, name, parts[0].strip()));
        fields.add(new Labelled(Label.UNITS, name, parts[1].strip(), runOn));
      } else {
        fields.add(new Labelled(Label.OTHER, name, v, runOn));
      }
      return fields;
    }
    if (!two
        || !UnitLeads.namesPeople(parts[1].strip())
        || UnitLeads.namesPeople(parts[0].strip())) {
      // 办公室 张三, 办公室/张三、财务科/李四, 财务科/禚明: its units and its people word by word (0338)
      UnitsAndPeople.Split split = BRACKET.matcher(v).find() ? null : UnitsAndPeople.of(v);
      if (split == null) {
        return null;
      }
      fields.add(new Labelled(Label.UNITS, name, split.units().replace('\n', '；')));
      fields.add(new Labelled(Label.PERSON, name, String.join("、", split.people()), runOn));
      return fields;
    }
    fields.add(new Labelled(Label.UNITS, name, parts[0].strip()));
    fields.add(new Labelled(Label.PERSON, name, parts[1].strip(), runOn));
    return fields;
  }

  /**
   * 张三/办公室/李四 under 责任领导/责任单位/责任人: the leader, the units and the person; a value that does not cut
   * into three parts fills no field, as a leader-and-units value that does not pair.
   */
  private static List<Labelled> threeParts(String name, String value, String runOn) {
    String v = LineScan.withoutTrailingOrSpaces(value, "。.；;，,").strip();
    String[] parts = SLASH.split(v, -1);
    if (parts.length != 3 || Arrays.stream(parts).anyMatch(String::isBlank)) {
      return List.of(new Labelled(Label.OTHER, name, v, runOn));
    }
    return List.of(
        new Labelled(Label.LEADER, name, parts[0].strip()),
        new Labelled(Label.UNITS, name, parts[1].strip()),
        new Labelled(Label.PERSON, name, parts[2].strip(), runOn));
  }
}
