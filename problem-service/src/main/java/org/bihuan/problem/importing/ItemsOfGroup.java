package org.bihuan.problem.importing;

import java.util.List;

/**
 * A plan's problem numbered under its group — 1-1 / 1-2 under （一）, 2.1 under 二、 — names the group
 * by the first part of its number. Where that part is not the number of the group it stands under
 * (3-1 under （二）), the problem stays where it stands, in that group, and the dry run says so: a
 * miscounted heading or item never drops or moves a problem (docs/decisions/0285). Nor does a
 * number given twice in a group (0291).
 */
final class ItemsOfGroup {

  private ItemsOfGroup() {}

  /**
   * The problem a group's text line(s) make when a 整改措施 or duty line follows them under the group
   * heading (（三）公务接待方面 / 公务接待超标准。 / 整改措施：…): the group's first problem, written without a number —
   * not the group's introduction, nor its measure one for the whole group; the lines after it are
   * its own, and a note names the line (0291). Null when {@code group} has no such text, has labels
   * of its own already, or its text ends in a colon (针对以下问题：, an introduction).
   *
   * @param group the draft of the group heading's own lines; its text moves to the problem
   * @param line the line of the first text line under the heading
   */
  static PlanProblemDraft firstUnnumbered(
      PlanProblemDraft group, List<String> basePath, List<String> categoryPath, int line) {
    List<String> text = group.ownLines;
    if (text.isEmpty()
        || group.hasMeasuresOrDuties()
        || text.get(text.size() - 1).strip().matches(".*[：:]$")) {
      return null;
    }
    PlanProblemDraft draft =
        PlanProblemDraft.unnumbered(
            basePath,
            categoryPath,
            line,
            text,
            "comes first under the group 「"
                + OutlineParser.shorten(categoryPath.get(categoryPath.size() - 1))
                + "」, with no number that was read, and the 整改措施 or duties after it are its own");
    text.clear();
    return draft;
  }

  /**
   * The warning for the problem numbered {@code item} on line {@code line} when a problem before it
   * in the same group has the same N-M (or N.M) number ({@code seen}: each number of the group so
   * far with its line, added to here), or null: 3-2 twice under （三） is two problems, kept both, and
   * the dry run names the repeat (0291).
   */
  static String repeated(Numbering item, java.util.Map<String, Integer> seen, int line) {
    if (Numbering.decimalDepth(item) < 2) {
      return null;
    }
    String number = item.marker().strip().replaceAll("[.．、]$", "");
    String key = String.join(".", number.split("[.．]|[-－–]|—{1,2}"));
    Integer before = seen.putIfAbsent(key, line);
    if (before == null) {
      return null;
    }
    return "Line "
        + line
        + " 「"
        + OutlineParser.shorten((item.marker() + item.text()).strip())
        + "」 repeats the number "
        + number
        + " of line "
        + before
        + " in its group; both were read as problems — check the numbering.";
  }

  /**
   * The warning for the problem numbered {@code item} on line {@code line} under the group heading
   * {@code group} (null: under none), or null when its number names that group or names none.
   */
  static String mismatch(Numbering item, Numbering group, int line) {
    if (group == null || Numbering.decimalDepth(item) != 2) {
      return null;
    }
    int head = Numbering.decimalHead(item);
    if (head == group.number()) {
      return null;
    }
    return "Line "
        + line
        + " 「"
        + OutlineParser.shorten((item.marker() + item.text()).strip())
        + "」 is numbered "
        + item.marker().strip().replaceAll("[.．、]$", "")
        + " under the group 「"
        + OutlineParser.shorten((group.marker() + group.text()).strip())
        + "」, whose number is "
        + group.number()
        + "; it was read as a problem of that group — check the numbering.";
  }
}
