package org.bihuan.problem.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.ParsedMeasure.Timing;

/**
 * A time limit that numbers the stages of one measure (整改时限：1.2024年6月底前；2.长期坚持): the measure is
 * done by the date, then kept up. 长期坚持 is LONG_TERM (DOMAIN.md), so the measure is LONG_TERM, and
 * the date of its dated stage is kept as its deadline, with a note; the ticket made of it has no
 * deadline, as a LONG_TERM ticket never has (docs/decisions/0292). Written without numbers
 * (2024年6月底前，长期坚持) the same words stay a DEADLINE with a note ({@link DeadlineText}, 0011): only
 * the numbers say that they are stages rather than one limit. Any other numbered list is read
 * without its numbers, as its items joined by ；.
 */
final class TimeStages {

  private TimeStages() {}

  /**
   * The reading of a time limit whose numbered items are dated stages and 长期坚持; null when it is no
   * such list.
   */
  static DeadlineText.Reading read(String raw, Integer year) {
    List<String> items = NumberedDuties.items(TextNoise.clean(raw));
    if (items == null) {
      return null;
    }
    boolean longTerm = false;
    LocalDate latest = null;
    List<String> notes = new ArrayList<>();
    for (String item : items) {
      ReadingTime.check();
      DeadlineText.Reading r = DeadlineText.read(item, year);
      if (r.timing() == Timing.LONG_TERM && r.deadline() == null) {
        longTerm = true;
      } else if (r.deadline() != null && r.timing() == Timing.DEADLINE) {
        latest = latest == null || r.deadline().isAfter(latest) ? r.deadline() : latest;
      } else {
        return null; // 立行立改, or a stage not understood: read as one limit
      }
      if (r.note() != null) {
        notes.add(r.note());
      }
    }
    if (!longTerm || latest == null) {
      return null;
    }
    String note =
        "「"
            + TextNoise.clean(raw)
            + "」 numbers the measure's stages, one of them 长期坚持: it is imported as LONG_TERM, with "
            + latest
            + " (its dated stage) kept as its deadline; the ticket, being LONG_TERM, has none";
    notes.add(0, note);
    return new DeadlineText.Reading(Timing.LONG_TERM, latest, String.join("; ", notes));
  }

  /** {@code raw} without its item numbers, the items joined by ；, when it is a numbered list. */
  static String withoutNumbers(String raw) {
    List<String> items = NumberedDuties.items(TextNoise.clean(raw));
    return items == null ? raw : String.join("；", items);
  }
}
