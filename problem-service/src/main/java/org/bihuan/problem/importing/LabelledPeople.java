package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The leader and the people of a value that labels them itself (a 责任领导及责任人 cell or label line
 * holding 分管领导：汪洋 / 责任人：潘石): each part is read by its own label — any leader label (责任领导, 牵头领导,
 * 分管领导, 牵头负责人, …) gives the leader, any person label (责任人, 具体责任人, 联系人, …) the person — and not as a
 * name that keeps its label. Parts are separated by a new line, / ， or ；; a part without a label
 * goes with the label before it (责任人：潘石，李丽).
 */
final class LabelledPeople {

  private static final Pattern PARTS = Pattern.compile("[\\n\\r/／，,；;]+");

  private LabelledPeople() {}

  /**
   * The leader first, then the person or people, of a value whose parts are labelled as leader and
   * person; null when no part of it names a leader by its label (the value is read as names then).
   */
  static List<String> leaderAndPeople(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Set<String> leaders = new LinkedHashSet<>();
    Set<String> people = new LinkedHashSet<>();
    Labels.Label last = null;
    for (String part : PARTS.split(value)) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      List<Labels.Labelled> labels = Labels.of(p);
      if (labels.isEmpty()) {
        if (last == null) {
          return null;
        }
        (last == Labels.Label.LEADER ? leaders : people).addAll(ResponsiblePeople.names(p));
        continue;
      }
      for (Labels.Labelled l : labels) {
        if (l.label() != Labels.Label.LEADER && l.label() != Labels.Label.PERSON) {
          return null;
        }
        last = l.label();
        (last == Labels.Label.LEADER ? leaders : people).addAll(ResponsiblePeople.names(l.value()));
      }
    }
    if (leaders.isEmpty()) {
      return null;
    }
    List<String> both = new ArrayList<>();
    both.add(String.join("、", leaders));
    people.removeAll(leaders);
    both.addAll(people);
    return List.copyOf(both);
  }
}
