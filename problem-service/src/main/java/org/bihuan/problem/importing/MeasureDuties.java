package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.Labels.Label;

/**
 * Which measures of a plan's problem a duty line (责任单位, 责任领导, 责任人, 整改时限…) is for, while the problem
 * is read ({@link PlanProblemDraft}): the measures written since the last duty lines, and those
 * above them that still lack the field. Duties written on a numbered item's own line (（2）开展检查。
 * 责任人：张三, or in its bracket) are that item's only; once an item has duties of its own, a duty line
 * after the items goes to each item that lacks the field, not to the last item on top of its own
 * (docs/decisions/0376).
 */
final class MeasureDuties {

  private final PlanProblemDraft draft;

  /** For each duty label, the measures listed so far that lack it, in order. */
  private final Map<Label, List<PlanMeasureDraft>> lacking = new EnumMap<>(Label.class);

  /** For each duty label, the measures {@link #lacking} was filled from (those before it). */
  private final Map<Label, Integer> listedUpTo = new EnumMap<>(Label.class);

  /** Whether the duties being read stand on a measure item's line: they are its own. */
  boolean itemDuties;

  /** Whether an item of the open measures has duties of its own. */
  boolean ownItems;

  MeasureDuties(PlanProblemDraft draft) {
    this.draft = draft;
  }

  void assign(Label label, String value, int line) {
    List<PlanMeasureDraft> measures = draft.measures;
    int groupStart = draft.groupStart;
    // 整改时限：第一阶段：…；第二阶段：… beside measures in as many stages: each its stage's (0310)
    if (label == Label.TIME_LIMIT
        && StageMeasures.assignByStage(
            measures.subList(groupStart, measures.size()), value, line)) {
      return;
    }
    // 整改时限：近期：…；中长期：… beside measures named 近期/中长期: each the stage of its term (0306)
    if (label == Label.TIME_LIMIT
        && MeasureTerms.assignByTerm(measures.subList(groupStart, measures.size()), value, line)) {
      return;
    }
    // 责任单位：1.纪检监察室；2.院办公室 beside two measures: item n is measure n's (0284)
    value = NumberedPlanDuties.assign(draft, label, value, line);
    if (value == null) {
      return;
    }
    if (measures.size() <= groupStart) {
      draft.defaults.assign(label, value, line);
      return;
    }
    if (ownItems
        && !itemDuties
        && label != Label.CO_UNITS
        && fillLacking(label, value, line, measures.size())) {
      return; // a duty line after items with duties of their own: each item that lacks it
    }
    for (PlanMeasureDraft m : measures.subList(groupStart, measures.size())) {
      m.assign(label, value, line);
    }
    if (label == Label.CO_UNITS || itemDuties) {
      // units that help are a measure's own: the measures above with duties of their own may have
      // none, and a 配合单位 under a later measure is not theirs (0311); an item's own duties too
      return;
    }
    // a line after several points fills what the points above it still lack
    fillLacking(label, value, line, groupStart);
  }

  /**
   * Gives {@code value} to each measure before {@code upTo} that lacks {@code label}; whether any
   * did. A point that has a field keeps it, so only those lacking it are visited (visiting every
   * point above made a problem of 50,000 points quadratic, docs/decisions/0265).
   */
  private boolean fillLacking(Label label, String value, int line, int upTo) {
    List<PlanMeasureDraft> lack = lacking.computeIfAbsent(label, l -> new ArrayList<>());
    int from = listedUpTo.getOrDefault(label, 0);
    if (from < upTo) {
      for (PlanMeasureDraft m : draft.measures.subList(from, upTo)) {
        if (!m.has(label)) {
          lack.add(m);
        }
      }
      listedUpTo.put(label, upTo);
    }
    boolean any = false;
    List<PlanMeasureDraft> still = new ArrayList<>();
    for (PlanMeasureDraft m : lack) {
      if (!m.has(label)) {
        m.assign(label, value, line);
        any = true;
      }
      if (!m.has(label)) {
        still.add(m);
      }
    }
    lacking.put(label, still);
    return any;
  }
}
