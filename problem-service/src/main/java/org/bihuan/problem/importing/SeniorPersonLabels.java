package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bihuan.problem.importing.Labels.Label;
import org.bihuan.problem.importing.Labels.Labelled;

/**
 * Two people on one duty line, one under a general label and one under a more specific one:
 * 单位负责人：黄志刚；项目负责人：刘洋, 负责人：王海涛；具体负责人：孙丽 (docs/decisions/0427). The general label names the head who
 * answers for the measure, the specific one who does it: where the line names no leader (责任领导,
 * 分管领导…), the general one is the leader and the specific one the person. A general label alone
 * (负责人：周敏, 单位负责人：吴芳) stays the person (0410, 0424), and so do two general ones.
 */
final class SeniorPersonLabels {

  /** The person labels that name a unit's or the work's head rather than who does it. */
  private static final Set<String> GENERAL = Set.of("负责人", "单位负责人", "主要负责人");

  /** Labels of whom to ask, not of who does the work: beside them a 负责人 stays the person. */
  private static final Set<String> CONTACTS = Set.of("联系人", "联络人", "联络员");

  private SeniorPersonLabels() {}

  /** {@code labels} of one line, the general person label read as the leader where it is one. */
  static List<Labelled> read(List<Labelled> labels) {
    Labelled general = null;
    boolean specific = false;
    for (Labelled l : labels) {
      if (l.label() == Label.LEADER) {
        return labels;
      }
      if (l.label() != Label.PERSON || l.value().isBlank()) {
        continue;
      }
      if (GENERAL.contains(l.name())) {
        if (general != null) {
          return labels; // 负责人 and 单位负责人: no more specific one tells the head
        }
        general = l;
      } else if (!CONTACTS.contains(l.name())) {
        specific = true;
      }
    }
    if (general == null || !specific) {
      return labels;
    }
    List<Labelled> read = new ArrayList<>(labels.size());
    for (Labelled l : labels) {
      read.add(l == general ? new Labelled(Label.LEADER, l.name(), l.value(), l.runOn()) : l);
    }
    return read;
  }
}
