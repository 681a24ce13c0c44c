package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
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

  private static final Pattern BARE_NAME = Pattern.compile("\\p{IsHan}{2,4}");

  private PeopleByName() {}

  static ParsedDocument byName(ParsedDocument doc) {
    Map<String, String> changed = new LinkedHashMap<>();
    UnaryOperator<ParsedMeasure> rename =
        m -> withPerson(m, byName(m.responsiblePerson(), changed));
    List<ParsedProblem> problems = new ArrayList<>(doc.problems().size());
    for (ParsedProblem p : doc.problems()) {
      List<ParsedMeasure> measures = p.measures().stream().map(rename).toList();
      problems.add(
          measures.equals(p.measures())
              ? p
              : new ParsedProblem(
                  p.title(), p.description(), p.categoryPath(), measures, p.origin()));
    }
    List<ProposedMeasure> proposed = new ArrayList<>(doc.proposedMeasures().size());
    for (ProposedMeasure m : doc.proposedMeasures()) {
      proposed.add(
          m.duties() == null
              ? m
              : new ProposedMeasure(m.title(), m.description(), rename.apply(m.duties())));
    }
    if (changed.isEmpty()) {
      return doc;
    }
    List<String> said = new ArrayList<>();
    changed.forEach((written, name) -> said.add("「" + written + "」 → 「" + name + "」"));
    List<String> warnings = new ArrayList<>(doc.warnings());
    warnings.add(
        "责任人 written with a post are stored by name only, so that each person is one person: "
            + String.join(", ", said)
            + ".");
    return new ParsedDocument(problems, doc.causes(), List.copyOf(proposed), warnings);
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
        || !BARE_NAME.matcher(name).matches()
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
