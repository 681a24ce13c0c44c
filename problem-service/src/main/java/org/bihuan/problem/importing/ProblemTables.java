package org.bihuan.problem.importing;

/**
 * Whether a table is read for problems, whatever file it came from: a header naming a 问题 column
 * ({@link TableReading#header}), a 整改任务书 form ({@link TaskForms}), or a table of measures naming
 * their problems by 问题序号 ({@link LinkedSheets}). A Word file's tables are read so by {@link
 * DocumentReading}; a PDF's ruled grids are kept as tables by the same test ({@link
 * PdfRuledTables}), so that a form or a measures table printed to PDF reads as in the .docx
 * (docs/decisions/0379).
 */
final class ProblemTables {

  private ProblemTables() {}

  /** Whether {@code grid} is read for problems. */
  static boolean read(Grid grid) {
    Grid table = TaskForms.asTaskList(grid);
    return TableReading.header(table) != null || LinkedSheets.header(table) != null;
  }
}
