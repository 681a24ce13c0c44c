package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.Labels.Label;

/**
 * A plan's duty line whose value is a numbered list (docs/decisions/0284), read as a table's
 * numbered duty cell is ({@link NumberedDuties}, 0276):
 *
 * <pre>
 * 整改措施：1.建立问责台账；2.开展专项检查。
 * 责任单位：1.纪检监察室；2.院办公室
 * 责任人：1.马超；2.黄忠
 * 整改时限：1.2024年6月30日；2.长期坚持
 * </pre>
 *
 * <p>Item n goes to measure n of the measures the line is for (those read since the previous duty
 * lines, {@link PlanProblemDraft#assign}). When the counts differ, the items still go by number;
 * the measures left without an item and the items left without a measure are named in the dry run
 * (an item without a measure is not imported). Beside one measure or none, the list is that
 * measure's (or the problem's) units or people, without the numbers, or its time limit as written:
 * numbered stages ending in 长期坚持 are read by {@link TimeStages} (0292).
 *
 * <p>A time limit that gives stages ({@link TimeStages#areStages}: 1.2024年6月底前；2.长期坚持) beside
 * several measures is the time limit of each of them, whole, unless the numbering says that its
 * items are the measures' own: as many items as measures, and another duty of the same measures
 * (责任单位, 配合单位, 责任领导, 责任人) numbered one per measure too, before or after it. Either way the dry run
 * says how it was read (docs/decisions/0299).
 */
final class NumberedPlanDuties {

  /**
   * A time limit of stages given whole to the measures from {@code from} ({@link
   * PlanProblemDraft#groupStart}), with the index of its note: given by number instead when a duty
   * numbered one per measure follows it.
   */
  record Staged(String value, List<String> items, int line, int from, int note) {}

  private NumberedPlanDuties() {}

  /**
   * Gives {@code value}'s numbered items to the draft's measures by number and returns null; or
   * returns the value the draft reads as it always did: the items without their numbers when it has
   * fewer than two measures for them, {@code value} itself when it is no numbered list.
   */
  static String assign(PlanProblemDraft draft, Label label, String value, int line) {
    List<String> items = NumberedDuties.items(value);
    if (items == null) {
      return value;
    }
    List<PlanMeasureDraft> measures =
        draft.measures.subList(draft.groupStart, draft.measures.size());
    if (measures.size() < 2) {
      // a time limit keeps its numbers: they say its items are the stages of one measure (0292)
      return label == Label.TIME_LIMIT ? value : String.join("、", items);
    }
    if (label == Label.TIME_LIMIT && TimeStages.areStages(value)) {
      if (draft.byNumberFrom != draft.groupStart || items.size() != measures.size()) {
        draft.staged = new Staged(value, items, line, draft.groupStart, draft.notes.size());
        draft.notes.add(stagesForEach(value, measures.size(), line));
        return value;
      }
      draft.notes.add(stagesByNumber(value, measures.size(), line));
    }
    for (int i = 0; i < Math.min(items.size(), measures.size()); i++) {
      measures.get(i).assign(label, items.get(i), line);
    }
    if (items.size() == measures.size()) {
      if (label != Label.TIME_LIMIT) {
        draft.byNumberFrom = draft.groupStart;
        restage(draft, measures);
      }
      return null;
    }
    List<String> left = new ArrayList<>();
    for (int i = items.size(); i < measures.size(); i++) {
      left.add(
          "measure "
              + (i + 1)
              + " 「"
              + OutlineParser.shorten(measures.get(i).text.toString())
              + "」 got none");
    }
    for (int i = measures.size(); i < items.size(); i++) {
      left.add(
          "item "
              + (i + 1)
              + " 「"
              + OutlineParser.shorten(items.get(i))
              + "」 matches no measure and was not imported");
    }
    draft.notes.add(
        "Line "
            + line
            + ": "
            + name(label)
            + " numbers "
            + items.size()
            + " items beside "
            + measures.size()
            + " measures; they were given by number ("
            + String.join("; ", left)
            + "); check them, in the problem");
    return null;
  }

  /**
   * The stages given whole to these measures before a duty numbered one per measure came: item n of
   * them is measure n's after all.
   */
  private static void restage(PlanProblemDraft draft, List<PlanMeasureDraft> measures) {
    Staged staged = draft.staged;
    if (staged == null
        || staged.from() != draft.groupStart
        || staged.items().size() != measures.size()) {
      return;
    }
    for (int i = 0; i < measures.size(); i++) {
      measures.get(i).replaceTimeLimit(staged.items().get(i), staged.line());
    }
    draft.notes.set(staged.note(), stagesByNumber(staged.value(), measures.size(), staged.line()));
    draft.staged = null;
  }

  private static String stagesForEach(String value, int measures, int line) {
    return "Line "
        + line
        + ": 整改时限 「"
        + OutlineParser.shorten(value)
        + "」 gives the stages of a time limit (dated or 立行立改, then 长期坚持) beside "
        + measures
        + " measures whose other duties are not numbered one per measure; each measure was given"
        + " all the stages as its time limit, not one stage each; check them, in the problem";
  }

  private static String stagesByNumber(String value, int measures, int line) {
    return "Line "
        + line
        + ": 整改时限 「"
        + OutlineParser.shorten(value)
        + "」 reads like the stages of one time limit, but its items are as many as the "
        + measures
        + " measures beside it, whose other duties are numbered one per measure too; item n was"
        + " given to measure n; check them, in the problem";
  }

  private static String name(Label label) {
    return switch (label) {
      case UNITS -> "责任单位";
      case CO_UNITS -> "配合单位";
      case LEADER -> "责任领导";
      case PERSON -> "责任人";
      case TIME_LIMIT -> "整改时限";
      default -> label.name();
    };
  }
}
