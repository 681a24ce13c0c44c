package org.bihuan.problem.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Word tables without borders whose LibreOffice PDFs an outside tester found misread, committed
 * under src/test/resources/formats with their expected answers ({@link #main} writes them again,
 * {@link OfficeTables#main} with the others): header cells set 1.2 characters apart ({@link
 * #closeHeader}); a table over several pages whose header, repeated on every page, wraps — its
 * first column's 序号 over 序 / 号 and 责任单位（部门） over 责任单位 / （部门） ({@link #repeatedWrappedHeader}); a
 * 存在问题 cell merged down over two measures' rows ({@link #mergedProblem}); and the same at the foot
 * of a page, the merged cell's tail set on the next page ({@link #mergedProblemOverPage}).
 */
public final class BorderlessFindings {

  private BorderlessFindings() {}

  public static final String TITLE = "区住建局巡察反馈问题整改任务清单";

  public static final List<String> CLOSE_HEADER =
      List.of("序号", "存在问题", "整改措施", "责任单位", "具体责任人", "完成时限");

  public static final List<List<String>> CLOSE_ROWS =
      List.of(
          List.of("1", "工程招投标监管不严，个别项目评标程序不规范。", "修订招投标监管办法，严格评标程序。", "建设管理科", "李明", "2024年6月30日"),
          List.of("2", "住房保障资格审核把关不严。", "开展保障对象资格复核。", "住房保障科", "王芳", "2024年9月30日"),
          List.of("3", "安全生产检查流于形式。", "建立安全检查台账，逐项销号。", "安全监督站", "赵强", "立行立改"));

  /** The 具体责任人 column just wider than its header: the next header cell about two characters on. */
  public static OfficeTable closeHeader() {
    return OfficeTable.of(
            TITLE, CLOSE_HEADER, new int[] {900, 2400, 2400, 1300, 1290, 1800}, CLOSE_ROWS)
        .ruled(false);
  }

  public static final List<String> WRAPPED_HEADER =
      List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位（部门）", "责任人", "整改时限");

  /** 26 rows over several pages, the header repeated on each and wrapped over two lines. */
  public static OfficeTable repeatedWrappedHeader() {
    int[] widths = {520, 1700, 1700, 1100, 1285, 1000, 1600};
    return OfficeTable.of(TITLE, WRAPPED_HEADER, widths, OfficeTables.longRows())
        .centredTitle(0)
        .ruled(false)
        .repeatedHeader()
        .withPageNumbers();
  }

  public static final List<String> MERGED_HEADER =
      List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限");

  private static final int[] MERGED_WIDTHS = {700, 2600, 2600, 1300, 900, 1500};

  public static final List<List<String>> MERGED_ROWS =
      List.of(
          List.of("1", "公务用车管理不规范，存在公车私用现象。", "修订公务用车管理办法。", "办公室", "张三", "2024年6月30日"),
          List.of(
              "2",
              "工程项目质量监管不到位，部分在建项目存在偷工减料、以次充好问题，监理单位履职不力，质量验收把关不严。",
              "开展在建项目质量专项检查。",
              "质量监督站",
              "李四",
              "2024年7月31日"),
          List.of("", "", "建立监理单位履职考核制度。", "建设管理科", "王五", "2024年9月30日"),
          List.of("3", "档案管理不规范，归档不及时。", "开展档案整理，建立归档台账。", "档案室", "钱七", "2024年10月31日"));

  /** Row 2's 序号 and 存在问题 merged down over rows 2 and 3, a measure each. */
  public static OfficeTable mergedProblem() {
    return OfficeTable.of(TITLE, MERGED_HEADER, MERGED_WIDTHS, MERGED_ROWS)
        .ruled(false)
        .merged(0, 2, 3)
        .merged(1, 2, 3);
  }

  /** The problem merged down over two measures' rows at the foot of page 1. */
  public static final String LONG_MERGED =
      "工程项目质量监管不到位，部分在建项目存在偷工减料、以次充好问题，监理单位履职不力，质量验收把关不严，"
          + "建设单位首要责任落实不到位，施工现场管理混乱，安全文明施工措施费使用不规范，"
          + "质量投诉处理不及时，群众反映强烈的问题久拖不决。";

  /** {@code filler} rows of two lines each, then the merged problem's two rows and a last row. */
  public static List<List<String>> overPageRows(int filler) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= filler; i++) {
      rows.add(
          List.of(
              String.valueOf(i),
              OfficeTables.unit(i) + "第" + i + "项问题。",
              "整改第" + i + "项问题。",
              OfficeTables.unit(i),
              OfficeTables.person(i),
              OfficeTables.deadline(i)));
    }
    int n = filler + 1;
    rows.add(List.of(String.valueOf(n), LONG_MERGED, "开展在建项目质量专项检查。", "质量监督站", "李四", "2024年7月31日"));
    rows.add(List.of("", "", "建立监理单位履职考核制度。", "建设管理科", "王五", "2024年9月30日"));
    rows.add(
        List.of(
            String.valueOf(n + 1), "档案管理不规范，归档不及时。", "开展档案整理，建立归档台账。", "档案室", "钱七", "2024年10月31日"));
    return rows;
  }

  /** Rows before the merged problem: it starts 4 lines above page 1's foot. */
  public static final int FILLER = 16;

  /** The merged problem at the foot of page 1, its tail set on page 2. */
  public static OfficeTable mergedProblemOverPage() {
    int rows = FILLER + 2;
    return OfficeTable.of(TITLE, MERGED_HEADER, MERGED_WIDTHS, overPageRows(FILLER))
        .ruled(false)
        .withPageNumbers()
        .merged(0, rows - 1, rows)
        .merged(1, rows - 1, rows);
  }

  /** Writes the .docx documents and LibreOffice's PDFs of them into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    closeHeader().writePdf(dir, "borderless-close-header");
    repeatedWrappedHeader().writePdf(dir, "borderless-repeated-wrapped-header");
    mergedProblem().writePdf(dir, "borderless-merged-problem");
    mergedProblemOverPage().writePdf(dir, "borderless-merged-problem-over-page");
  }
}
