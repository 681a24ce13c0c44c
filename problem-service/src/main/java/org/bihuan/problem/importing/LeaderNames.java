package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.text.PersonNames;

/**
 * The leaders in charge of a document's measures, written by name only: 校长刘春 and 刘春 are one leader,
 * and the reports group tickets by the leader's written name, so a post written with the name would
 * split one leader in two. Every format's reading ends here, once ({@link DocumentReader}); the dry
 * run lists each name that lost its post, so the post stays visible where the import is checked.
 */
final class LeaderNames {

  private LeaderNames() {}

  static ParsedDocument byName(ParsedDocument doc) {
    Map<String, String> changed = new LinkedHashMap<>();
    List<ParsedProblem> problems = new ArrayList<>(doc.problems().size());
    for (ParsedProblem p : doc.problems()) {
      List<ParsedMeasure> measures = new ArrayList<>(p.measures().size());
      boolean any = false;
      for (ParsedMeasure m : p.measures()) {
        String leader = byName(m.leaderInCharge(), changed);
        if (leader == null || leader.equals(m.leaderInCharge())) {
          measures.add(m);
          continue;
        }
        any = true;
        measures.add(
            new ParsedMeasure(
                m.measure(),
                m.responsibleUnits(),
                m.coResponsibleUnits(),
                leader,
                m.responsiblePerson(),
                m.timing(),
                m.deadline(),
                m.progress(),
                m.statusHint()));
      }
      problems.add(
          any
              ? new ParsedProblem(
                  p.title(), p.description(), p.categoryPath(), List.copyOf(measures), p.origin())
              : p);
    }
    if (changed.isEmpty()) {
      return doc;
    }
    List<String> said = new ArrayList<>();
    changed.forEach((written, name) -> said.add("「" + written + "」 → 「" + name + "」"));
    List<String> warnings = new ArrayList<>(doc.warnings());
    warnings.add(
        "责任领导 written with a post are stored by name only, so that the reports count each"
            + " leader once: "
            + String.join(", ", said)
            + ".");
    return new ParsedDocument(problems, doc.causes(), doc.proposedMeasures(), warnings);
  }

  /**
   * Whether part {@code i} is only a post, and so are the parts after it up to one that is a post
   * written before a name: they are all posts of that person (局党组书记、局长张三).
   */
  private static boolean isPostOfOneAfter(String[] parts, int i) {
    for (int j = i; j < parts.length; j++) {
      String part = parts[j].strip();
      if (j > i && !Labels.withoutPost(part).equals(part)) {
        return true;
      }
      if (!PersonNames.POST.matcher(part).matches()) {
        return false;
      }
    }
    return false;
  }

  /** Each leader of a 、-separated field by name; {@code changed} collects what was rewritten. */
  private static String byName(String leaders, Map<String, String> changed) {
    if (leaders == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    String[] parts = leaders.split("、");
    String posts = "";
    for (int i = 0; i < parts.length; i++) {
      String written = parts[i].strip();
      String name = Labels.withoutPost(written);
      if (isPostOfOneAfter(parts, i)) {
        // 局党组书记、局长张三: the posts one person holds, listed before his name (0248)
        posts += written + "、";
        continue;
      }
      if (!name.equals(written) || !posts.isEmpty()) {
        changed.putIfAbsent(posts + written, name);
      }
      posts = "";
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return String.join("、", names);
  }
}
