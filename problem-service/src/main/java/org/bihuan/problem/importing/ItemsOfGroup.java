package org.bihuan.problem.importing;

/**
 * A plan's problem numbered under its group — 1-1 / 1-2 under （一）, 2.1 under 二、 — names the group
 * by the first part of its number. Where that part is not the number of the group it stands under
 * (3-1 under （二）), the problem stays where it stands, in that group, and the dry run says so: a
 * miscounted heading or item never drops or moves a problem (docs/decisions/0285).
 */
final class ItemsOfGroup {

  private ItemsOfGroup() {}

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
