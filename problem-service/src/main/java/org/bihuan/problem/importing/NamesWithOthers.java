package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.platform.text.PersonNames;

/**
 * A leader or a person written as names then 等 (张三等, 张三、李四等人, 王建国等同志): the names are stored, and
 * the dry run says that others are meant who are not named, so that whoever checks the import can
 * name them. A role (各股室主要负责人, 各科室负责人等) names no one and is kept as written, 等 and all: a ticket's
 * person is who is written, and a role is what the plan writes (docs/decisions/0376).
 */
final class NamesWithOthers {

  private NamesWithOthers() {}

  /** The names before 等 and what 等 is written as. */
  private static final Pattern WITH_OTHERS = Pattern.compile("(.+?)\\s*等(?:人|同志|领导)?\\s*");

  static ParsedDocument named(ParsedDocument doc) {
    Map<String, String> changed = new LinkedHashMap<>();
    ParsedDocument named = doc.mapMeasures(m -> named(m, changed));
    if (changed.isEmpty()) {
      return doc;
    }
    List<String> said = new ArrayList<>();
    changed.forEach((written, names) -> said.add("「" + written + "」 → 「" + names + "」"));
    return named.warned(
        List.of(
            "责任领导 or 责任人 written as names then 等 mean others too, who are not named; only the names"
                + " written were stored (add the others by name if they are responsible): "
                + String.join(", ", said)
                + "."));
  }

  private static ParsedMeasure named(ParsedMeasure m, Map<String, String> changed) {
    String leader = names(m.leaderInCharge(), changed);
    String person = names(m.responsiblePerson(), changed);
    if (leader == m.leaderInCharge() && person == m.responsiblePerson()) {
      return m;
    }
    return new ParsedMeasure(
        m.measure(),
        m.responsibleUnits(),
        m.coResponsibleUnits(),
        leader,
        person,
        m.timing(),
        m.deadline(),
        m.progress(),
        m.statusHint());
  }

  /**
   * The names of {@code written} without the 等 after them; {@code written} itself when it does not
   * end in 等 or what stands before it is not names (a role, a unit, a post alone).
   */
  static String names(String written, Map<String, String> changed) {
    if (written == null || written.length() > LeaderNames.LONGEST) {
      return written;
    }
    Matcher m = WITH_OTHERS.matcher(written.strip());
    if (!m.matches()) {
      return written;
    }
    String before = m.group(1).strip();
    for (String part : before.split("\\s*[、，,]\\s*")) {
      String name = LeaderNames.name(part);
      if (!ResponsiblePeople.BARE_NAME.matcher(name).matches()
          || PersonNames.POST.matcher(name).matches()
          || UnitLeads.endsAsUnit(name)
          || !BracketNames.isName(name)) {
        return written;
      }
    }
    String names = before.replaceAll("\\s*[，,]\\s*", "、");
    changed.putIfAbsent(written.strip(), names);
    return names;
  }
}
