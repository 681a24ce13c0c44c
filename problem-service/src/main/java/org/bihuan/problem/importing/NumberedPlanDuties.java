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
 * <p>A numbered time limit goes by number as any duty does, also when its items read like the
 * stages of one time limit ({@link TimeStages#areStages}: 1.立行立改；2.2024年8月31日；3.长期坚持 beside three
 * measures): item n is measure n's (docs/decisions/0305, amending 0299); beside more measures, the
 * measures after the last stage take the last ({@link StagesCarriedOn}, 0330). Only a list of more
 * stages than the measures is each measure's time limit, whole, and the dry run says so; stages
 * named by their term without numbers (近期：…；中长期：…) are no numbered list and are read whole too.
 */
final class NumberedPlanDuties {

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
    if (label == Label.TIME_LIMIT && StagesCarriedOn.apply(value, items, measures.size())) {
      // 1.2025年5月31日前；2.长期坚持 beside three measures: by number, the last stage carries on (0330)
      List<String> stages = StagesCarriedOn.perMeasure(items, measures.size());
      List<String> left = new ArrayList<>();
      for (int i = 0; i < measures.size(); i++) {
        measures.get(i).assign(label, stages.get(i), line);
        if (i >= items.size()) {
          left.add(
              "measure "
                  + (i + 1)
                  + " 「"
                  + OutlineParser.shorten(measures.get(i).text.toString())
                  + "」");
        }
      }
      draft.notes.add(
          "Line "
              + line
              + ": "
              + StagesCarriedOn.note(value, items.size(), left)
              + ", in the problem");
      return null;
    }
    if (label == Label.TIME_LIMIT
        && items.size() != measures.size()
        && TimeStages.areStages(value)) {
      // stages of another count than the measures: each measure's time limit, whole (0299, 0305)
      draft.notes.add(stagesForEach(value, items.size(), measures.size(), line));
      return value;
    }
    for (int i = 0; i < Math.min(items.size(), measures.size()); i++) {
      // 1.办公室（张三）: measure n gets unit n and the person of its bracket (0306)
      measures.get(i).assign(label, items.get(i), line);
    }
    if (items.size() == measures.size()) {
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

  private static String stagesForEach(String value, int items, int measures, int line) {
    return "Line "
        + line
        + ": 整改时限 「"
        + OutlineParser.shorten(value)
        + "」 gives the stages of a time limit (dated or 立行立改, then 长期坚持) in "
        + items
        + " items beside "
        + measures
        + " measures, so not one item per measure; each measure was given all the stages as its"
        + " time limit; check them, in the problem";
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
