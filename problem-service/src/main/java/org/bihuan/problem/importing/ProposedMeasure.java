package org.bihuan.problem.importing;

/**
 * A measure group of a self-examination's 整改措施 section, e.g. 永葆对党忠诚本色 and its text. {@code duties},
 * where the section gives the measure its 责任单位/责任人/完成时限 lines, holds them (its units, people,
 * timing and deadline; its text is the description's), else null (docs/decisions/0332).
 */
public record ProposedMeasure(String title, String description, ParsedMeasure duties) {

  public ProposedMeasure(String title, String description) {
    this(title, description, null);
  }
}
