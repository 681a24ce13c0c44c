package org.bihuan.problem.support;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;

/**
 * Ledger tables written row by row, their heading row first, and a workbook of them read through
 * {@code POST /sources/{id}/import?dryRun=true}.
 */
public final class LedgerSheets {

  /** The heading row of a plain task list: 序号, 存在问题, 整改措施, 责任单位, 责任人, 完成时限. */
  public static final List<Object> TASK_HEADINGS =
      List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限");

  /** The heading row of a ledger that names the leader in charge before the unit. */
  public static final List<Object> LEADER_HEADINGS =
      List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "完成时限");

  private LedgerSheets() {}

  /** One row of cells (String, Number, LocalDate or null for an empty cell). */
  public static List<Object> row(Object... cells) {
    return new ArrayList<>(Arrays.asList(cells));
  }

  /** A table (on a sheet named {@code name}, or in a document if null) as wide as its headings. */
  public static Ledgers.Table table(String name, List<Object> headings, List<List<Object>> rows) {
    List<List<Object>> all = new ArrayList<>();
    all.add(new ArrayList<>(headings));
    all.addAll(rows);
    return new Ledgers.Table(name, all, List.of(), headings.size());
  }

  /** A sheet named 台账 under {@code headings}. */
  @SafeVarargs
  public static Ledgers.Table ledger(List<Object> headings, List<Object>... rows) {
    return table("台账", headings, Arrays.asList(rows));
  }

  /** A task list under {@link #TASK_HEADINGS}, as a table in a document. */
  @SafeVarargs
  public static Ledgers.Table taskTable(List<Object>... rows) {
    return table(null, TASK_HEADINGS, Arrays.asList(rows));
  }

  /** The dry-run answer to a workbook (XLSX) of these sheets. */
  public static JsonPath dryRunXlsx(Ledgers.Table... sheets) {
    return ImportAnswers.dryRunPath("表格导入", Ledgers.xlsx(List.of(sheets)), DocumentText.XLSX);
  }
}
