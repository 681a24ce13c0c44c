package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A numbered 整改时限 of stages ({@link TimeStages#areStages}: 1.2025年5月31日前；2.长期坚持) beside more
 * numbered measures than it has items (1.清理… 2.建立… 3.开展…). Stage n is measure n's, as any numbered
 * duty is; a measure after the last stage takes the last stage, the one the time limit ends in and
 * carries on (长期坚持 is kept up from then on), and the dry run names each such measure. Before, every
 * measure was given all the stages (docs/decisions/0299, 0305), which made each LONG_TERM; now each
 * is held as its own stage says (docs/decisions/0330). A plan's line ({@link NumberedPlanDuties})
 * and a table's cell ({@link NumberedDuties}) read it alike. More stages than measures are still
 * each measure's whole time limit: pairing them would leave a stage to no one.
 */
final class StagesCarriedOn {

  private StagesCarriedOn() {}

  /** Whether {@code items}, the numbered items of {@code value}, are such stages beside so many. */
  static boolean apply(String value, List<String> items, int measures) {
    return measures > items.size() && TimeStages.areStages(value);
  }

  /** The stage of each of {@code measures} measures: its own by number, else the last one. */
  static List<String> perMeasure(List<String> items, int measures) {
    List<String> stages = new ArrayList<>(items);
    while (stages.size() < measures) {
      stages.add(items.get(items.size() - 1));
    }
    return stages;
  }

  /** What the dry run says, {@code measures} naming each measure left without a stage. */
  static String note(String value, int items, List<String> measures) {
    return "整改时限 「"
        + OutlineParser.shorten(TextNoise.clean(value))
        + "」 numbers "
        + items
        + " stages beside "
        + (items + measures.size())
        + " measures; each measure was given its stage by number, and "
        + String.join(", ", measures)
        + (measures.size() == 1 ? ", which has" : ", which have")
        + " no stage of its own, the last stage, which carries on; check them";
  }
}
