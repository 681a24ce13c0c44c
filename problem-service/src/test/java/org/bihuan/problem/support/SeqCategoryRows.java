package org.bihuan.problem.support;

import static org.bihuan.problem.support.Ledgers.row;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Task lists whose category rows keep their number in the 序号 cell and merge their name across all
 * the other columns (（一） │ 落实全面从严治党责任方面), as Word and Excel write them and LibreOffice prints them
 * (docs/decisions/0337): the group numbered （一）, 一 or (1) above problems numbered 1, 2, 3; the name
 * merged (one cell), repeated in every cell, or only in the first cell after the 序号.
 */
public final class SeqCategoryRows {

  public static final LocalDate SEP = LocalDate.of(2024, 9, 30);
  public static final LocalDate DEC = LocalDate.of(2024, 12, 31);

  /** How a category row writes its name across the columns after the 序号. */
  public enum Spread {
    MERGED,
    REPEATED,
    FIRST_ONLY
  }

  private static final List<Object> HEADINGS = List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限");

  private SeqCategoryRows() {}

  /**
   * The table: group {@code first} 落实全面从严治党责任方面 over problems 1 and 2, group {@code second} 作风建设方面
   * over problem 3.
   */
  public static Ledgers.Table table(String first, String second, Spread spread) {
    List<List<Object>> rows = new ArrayList<>();
    List<int[]> merges = new ArrayList<>();
    rows.add(new ArrayList<>(HEADINGS));
    rows.add(group(first, "落实全面从严治党责任方面", spread, merges, 1));
    rows.add(row(1, "理论学习不深入。", "制定学习计划。", "机关党委", "周伟", DEC));
    rows.add(row(2, "三会一课落实不到位。", "严格执行三会一课制度。", "党办", "李四", DEC));
    rows.add(group(second, "作风建设方面", spread, merges, 4));
    rows.add(row(3, "公务接待不规范。", "修订接待制度。", "办公室", "王五", SEP));
    return new Ledgers.Table("台账", rows, merges, HEADINGS.size());
  }

  private static List<Object> group(
      String seq, String name, Spread spread, List<int[]> merges, int at) {
    List<Object> cells = new ArrayList<>();
    cells.add(seq);
    for (int c = 1; c < HEADINGS.size(); c++) {
      cells.add(c == 1 || spread == Spread.REPEATED ? name : null);
    }
    if (spread == Spread.MERGED) {
      merges.add(new int[] {at, at, 1, HEADINGS.size() - 1});
    }
    return cells;
  }

  /** The document in {@code format} (docx, xlsx or xls). */
  public static byte[] write(String format, Ledgers.Table table) {
    return GroupedTables.write(format, table);
  }

  /** Writes the .docx of the merged （一） table and LibreOffice's PDF of it into {@code args[0]}. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path file = Path.of(args[0]).resolve("seq-category-rows.docx");
    Files.write(file, write("docx", table("（一）", "（二）", Spread.MERGED)));
    OfficeWord.toPdf(file);
    Files.delete(file);
  }
}
