package org.bihuan.problem.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A 整改措施 a plan gives once for the problems above it (「以上问题整改措施：1.建立台账；2.……」, 「针对以上问题，整改措施：……」,
 * 「上述问题的整改措施：……」, read by {@link ProblemsAbove}), with the duty lines after it (责任单位：… 责任人：…
 * 整改时限：…): each of those problems that has no 整改措施 of its own gets a copy of the measures, with
 * their duties; a problem's own duties (given without a measure) come first. A problem with its own
 * measures keeps them. The dry run says once which problems share the measure
 * (docs/decisions/0284).
 */
final class SharedMeasure {

  private SharedMeasure() {}

  static void handDown(ProblemsAbove.Given given, List<String> warnings) {
    PlanProblemDraft shared = given.shared();
    String named = "Line " + given.line() + " 「" + OutlineParser.shorten(given.text()) + "」";
    for (String note : shared.notes) {
      warnings.add(note + " 「" + OutlineParser.shorten(given.text()) + "」.");
    }
    List<String> givenTo = new ArrayList<>();
    List<String> own = new ArrayList<>();
    for (PlanProblemDraft d : given.problems()) {
      ReadingTime.check();
      if (!d.measures.isEmpty() || shared.measures.isEmpty()) {
        own.add(name(d));
        continue;
      }
      for (PlanMeasureDraft m : shared.measures) {
        PlanMeasureDraft copy = new PlanMeasureDraft(m.text.toString());
        copy.fillFrom(d.defaults);
        copy.fillFrom(m);
        copy.fillFrom(shared.defaults);
        d.measures.add(copy);
      }
      // text after the shared measure's duty lines goes with it, as it would with a problem's
      d.extra(shared.extra.toString());
      givenTo.add(name(d));
    }
    List<String> all = new ArrayList<>();
    for (PlanProblemDraft d : given.problems()) {
      all.add(name(d));
    }
    String what;
    if (givenTo.isEmpty()) {
      what = "every one has its own 整改措施, so it was not imported.";
    } else {
      String to = givenTo.size() == all.size() ? "each of them" : "问题" + String.join("、", givenTo);
      String kept =
          own.isEmpty()
              ? ""
              : " (问题"
                  + String.join("、", own)
                  + (own.size() == 1 ? " keeps its own)" : " keep their own)");
      what =
          "its "
              + shared.measures.size()
              + " measure(s), with their 责任单位, 责任人 and 整改时限, were given to "
              + to
              + kept
              + ".";
    }
    warnings.add(named + ": 以上" + all.size() + "个问题（" + String.join("、", all) + "）共用整改措施; " + what);
  }

  /** The problem's number, or its first words when it has none. */
  private static String name(PlanProblemDraft d) {
    if (d.number > 0) {
      return String.valueOf(d.number);
    }
    String text = d.heading != null ? d.heading : d.problemText != null ? d.problemText : "";
    return "「" + OutlineParser.shorten(text.strip()) + "」";
  }
}
