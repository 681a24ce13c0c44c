package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.text.PersonNames;

/**
 * The responsible people of a document's measures and proposed measures written by name only, as
 * the leaders in charge are ({@link LeaderNames}): 王二（科长）, 王二（副主任）, 王二科长, 科长王二 and 王二 are one
 * person, 王二. A ticket has no field for a post, and the directory links a person by name (0333), so
 * a post kept in the name links nobody. Each person of a 、-separated value is read as a leader's
 * name is ({@link LeaderNames#name}); a name is only rewritten to two to four Chinese characters
 * that are no post and do not end as a unit's name does, so 办公室主任 and 财务科科长 (a post of a unit, no
 * name) and 李红村主任 (where the name ends is not known, 0323) stay as written. The dry run names every
 * person who lost a post (docs/decisions/0338).
 */
final class PeopleByName {

  private PeopleByName() {}

  static ParsedDocument byName(ParsedDocument doc) {
    Map<String, String> changed = new LinkedHashMap<>();
    ParsedDocument named =
        doc.mapMeasures(m -> withPerson(m, byName(m.responsiblePerson(), changed)));
    if (changed.isEmpty()) {
      return doc;
    }
    List<String> said = new ArrayList<>();
    changed.forEach((written, name) -> said.add("「" + written + "」 → 「" + name + "」"));
    return named.warned(
        List.of(
            "责任人 written with a post are stored by name only, so that each person is one person: "
                + String.join(", ", said)
                + "."));
  }

  /** The people of a 、-separated value by name; {@code changed} collects what was rewritten. */
  static String byName(String people, Map<String, String> changed) {
    if (people == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (String written : people.split("、")) {
      String name = name(written.strip());
      if (!name.equals(written.strip())) {
        changed.putIfAbsent(written.strip(), name);
      }
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return String.join("、", names);
  }

  /** One person by name, or as written when what is left would be no name. */
  static String name(String written) {
    String name = LeaderNames.name(written);
    if (name.equals(written)
        || !ResponsiblePeople.BARE_NAME.matcher(name).matches()
        || PersonNames.POST.matcher(name).matches()
        || UnitLeads.endsAsUnit(name)) {
      return written;
    }
    return name;
  }

  private static ParsedMeasure withPerson(ParsedMeasure m, String person) {
    if (person == null || person.equals(m.responsiblePerson())) {
      return m;
    }
    return new ParsedMeasure(
        m.measure(),
        m.responsibleUnits(),
        m.coResponsibleUnits(),
        m.leaderInCharge(),
        person,
        m.timing(),
        m.deadline(),
        m.progress(),
        m.statusHint());
  }
}
