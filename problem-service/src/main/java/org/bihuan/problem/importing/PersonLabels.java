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
}
