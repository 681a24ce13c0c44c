package org.bihuan.problem.importing;

import java.time.LocalDate;
import java.util.List;
import org.bihuan.problem.importing.ParsedMeasure.Timing;

/**
 * A measure whose time limit is done by a date (or at once) and then kept up —
 * 近期：2025年6月30日前完成；长效：长期坚持, 近期2025年6月30日前，长效长期坚持, 1.2025年6月30日前；2.长期坚持, 2025年6月30日前完成，长期坚持,
 * 立行立改，长期坚持 ({@link DeadlineText.Reading#keptUp}). DOMAIN.md gives a DEADLINE ticket its date and a
 * LONG_TERM ticket none, and a ticket one timing: one ticket cannot hold both stages. The measure
 * is held in both, as two measures of the same text and duties: the first stage (DEADLINE by its
 * date, or IMMEDIATE) and the stage kept up (LONG_TERM, no deadline). Neither the date nor the 长期坚持
 * is lost, and the dry run names both (docs/decisions/0330, amending 0292, whose one LONG_TERM
 * measure lost its date on the ticket, and 0011, whose DEADLINE lost the 长期坚持).
 */
final class KeptUpStages {

  private KeptUpStages() {}

  /** The measures {@code measure} is held as, given the time limit it was read with. */
  static List<ParsedMeasure> of(ParsedMeasure measure, DeadlineText.Reading time) {
    if (!time.keptUp()) {
      return List.of(measure);
    }
    return List.of(
        measure,
        new ParsedMeasure(
            measure.measure(),
            measure.responsibleUnits(),
            measure.coResponsibleUnits(),
            measure.leaderInCharge(),
            measure.responsiblePerson(),
            Timing.LONG_TERM,
            null,
            measure.progress(),
            measure.statusHint()));
  }

  /** What the dry run says of such a time limit, after what it read in it. */
  static String held(Timing first, LocalDate deadline) {
    return "the measure is held in both stages, as two measures of its text: "
        + (first == Timing.IMMEDIATE ? "one IMMEDIATE (立行立改)" : "one DEADLINE by " + deadline)
        + ", and one LONG_TERM (长期坚持) without a deadline";
  }
}
