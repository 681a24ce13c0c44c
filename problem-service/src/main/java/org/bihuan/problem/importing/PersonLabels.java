package org.bihuan.problem.importing;

/**
 * The labels of a measure's people that qualify 责任人 by the person's part in it: 主要责任人, 第一责任人,
 * 分管责任人, 次要责任人, 主体责任人 (besides 具体责任人 and 直接责任人, {@link LabelNames}). Each is a person label: after
 * a units value (责任单位：耕保股；主要责任人：曹阳) the word before 责任人 is never read as a unit, and several such
 * labels on a line give the people joined as one 责任人 does (docs/decisions/0342).
 *
 * <p>Not a label: a word glued to 责任人 in running text (落实责任人, 明确责任人), which a measure's text keeps.
 */
final class PersonLabels {

  /** The names, as {@link LabelNames} lists a label's names. */
  static final String NAMES = "主要责任人|第一责任人|分管责任人|次要责任人|主体责任人|整改第一责任人";

  private PersonLabels() {}

  /** The units labels a person label of {@link #NAMES} is written after to name both. */
  private static final String[] UNITS = {"责任单位", "责任部门", "牵头单位", "牵头部门"};

  /** How such two labels are joined: 责任单位、第一责任人, 责任单位及主要责任人, 责任单位/第一责任人. */
  private static final String[] JOINS = {"、", "及", "和", "与", "/", "／"};

  /**
   * A units label joined to a person label of {@link #NAMES} (责任单位、第一责任人, 责任部门及主要责任人), as label
   * names joined by |: its value names the units, then the person, in the same order ({@link
   * PairedLabels}, docs/decisions/0376).
   */
  static String afterUnits() {
    StringBuilder names = new StringBuilder();
    for (String units : UNITS) {
      for (String join : JOINS) {
        for (String person : NAMES.split("\\|")) {
          names.append(names.length() == 0 ? "" : "|").append(units).append(join).append(person);
        }
      }
    }
    return names.toString();
  }
}
