package org.bihuan.problem.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Word tables ({@link OfficeTable}) whose LibreOffice PDFs the tests read, committed under
 * src/test/resources ({@link #main} writes them again):
 *
 * <ul>
 *   <li>rows breaking over pages, ruled or without borders (序号 | 存在问题 | 整改措施 | 部门 | 责任人 | 完成时限,
 *       10.5-point text, a page number in the footer): the last row starting at the foot of page 1
 *       so that only its first line stands there and its rest — the 责任单位 后勤|服务中心 and the 完成时限
 *       2024年7|月30日 among them — alone on page 2 ({@link #LAST_ROW_CUT}), and three rows whose
 *       second row's 存在问题 and 整改措施 run over three pages ({@link #CELL_OVER_PAGES}):
 *       formats/table-*.pdf;
 *   <li>prose around a table whose narrow columns wrap its header cells over two lines (责任单位 over
 *       （部门）, 具体责 over 任人, 完成 over 时限), a line 问题：以下为检查发现的问题 and a line 责任单位：各部门 above it, a 说明
 *       line under it ({@link #wrappedHeader}): documents/wrapped-header-*.pdf;
 *   <li>without borders, seven columns of 2.27 cm (序号 | 存在问题 | 整改措施 | 责任领导 | 责任单位 | 责任人 | 整改时限): a
 *       short table of three rows, and one of 26 rows over several pages, with and without its
 *       header row repeated on every page ({@link #unruled}): documents/unruled-table-*.pdf.
 * </ul>
 */
public final class OfficeTables {

  private OfficeTables() {}

  public static final String OVER_PAGES_TITLE = "县教育局巡察反馈问题整改任务清单";

  public static final List<String> OVER_PAGES_HEADER =
      List.of("序号", "存在问题", "整改措施", "部门", "责任人", "完成时限");

  /** A sentence of 30 characters, {@code n} times: {@code n} lines or so of a long cell. */
  public static String sentences(String subject, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      out.append(subject).append("第").append(i).append("方面的工作还存在薄弱环节需要逐项对照检查加以改进，");
    }
    out.setLength(out.length() - 1);
    return out.append("。").toString();
  }

  /** Two rows filling page 1 but a line, and a third row cut after its first line. */
  public static final List<List<String>> LAST_ROW_CUT =
      List.of(
          List.of("1", sentences("公务接待", 9), sentences("接待制度", 9), "办公室", "张三", "2024年6月30日"),
          List.of(
              "2",
              "会议管理第1方面的工作还存在薄弱环节需要逐项对照检查加以改进，会议效果不佳，文山会海问题仍然存在，会议多、时间长。",
              "精简会议，压缩会期。",
              "综合科",
              "李四",
              "2024年6月30日"),
          List.of(
              "3",
              "食堂管理不规范，采购验收制度执行不严，账目公示不及时。",
              "修订食堂管理办法，严格采购验收，按月公示账目。",
              "后勤服务中心",
              "王五",
              "2024年7月30日"));

  /** Three rows, the second's problem and measure over three pages. */
  public static final List<List<String>> CELL_OVER_PAGES =
      List.of(
          List.of("1", "公务接待不规范，陪餐人数超标。", "修订接待制度，严格审批程序。", "办公室", "张三", "2024年6月30日"),
          List.of("2", sentences("财务管理", 30), sentences("财务制度", 20), "财务科", "李四", "2024年8月31日"),
          List.of("3", "档案管理不规范，归档不及时。", "开展档案整理，建立归档台账。", "档案室", "钱七", "2024年10月31日"));

  /**
   * {@code rows} under {@link #OVER_PAGES_HEADER}, 10.5-point text, the unit's column two
   * characters wide, with borders or without.
   */
  public static OfficeTable overPages(String title, List<List<String>> rows, boolean ruled) {
    return OfficeTable.of(
            title, OVER_PAGES_HEADER, new int[] {700, 2300, 2300, 760, 900, 1240}, rows)
        .centredTitle(16)
        .cellSize(10.5)
        .withPageNumbers()
        .ruled(ruled);
  }

  public static final String WRAPPED_TITLE = "某某局内部检查发现问题整改清单";

  /** The prose above the table, as typed: a label each, naming no problem and no unit. */
  public static final List<String> WRAPPED_ABOVE = List.of("问题：以下为检查发现的问题", "责任单位：各部门");

  public static final String WRAPPED_BELOW = "说明：完成时限为最迟时间，各部门可提前完成。";

  public static final List<List<String>> WRAPPED_ROWS =
      List.of(
          List.of("1", "公务接待管理不规范，接待清单填写不完整。", "修订公务接待管理办法，逐项规范接待清单。", "办公室", "张明", "立行立改"),
          List.of("2", "固定资产账实不符，部分资产长期闲置。", "开展资产清查，盘活闲置资产。", "财务科", "李娟", "长期坚持"),
          List.of("3", "干部教育培训计划执行不到位。", "制定年度培训计划并按月督办。", "人事科", "王强", "立行立改"));

  /**
   * The table whose header cells wrap — 责任单位（部门） after four characters, 具体责任人 after three, 完成时限
   * after two — with the prose above and under it.
   */
  public static OfficeTable wrappedHeader(boolean ruled) {
    return OfficeTable.of(
            WRAPPED_TITLE,
            List.of("序号", "存在问题", "整改措施", "责任单位（部门）", "具体责任人", "完成时限"),
            new int[] {700, 2700, 2700, 1250, 1000, 800},
            WRAPPED_ROWS)
        .prose(WRAPPED_ABOVE, List.of(WRAPPED_BELOW))
        .ruled(ruled);
  }

  public static final List<String> UNRULED_HEADER =
      List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "整改时限");

  public static final List<List<String>> SHORT =
      List.of(
          List.of("1", "内控制度更新不及时", "修订内部控制制度汇编", "钱峰", "财务审计科", "宋佳", "2024年8月31日"),
          List.of("2", "合同管理制度执行不严", "建立合同审查会签制度", "钱峰", "法务部", "贺勇", "2024年9月30日"),
          List.of("3", "会议文件过多过滥", "精简会议文件", "刘毅", "综合办公室", "郝静", "立行立改"));

  private static final List<String> UNITS = List.of("办公室", "财务科", "人事科", "法规科", "信息中心", "后勤服务中心");
  private static final List<String> LEADERS = List.of("张华", "李平", "王刚");
  private static final List<String> PEOPLE = List.of("赵一", "钱二", "孙三", "李四", "周五", "吴六");

  /** The month of row {@code i}'s deadline, the 30th of it (the 28th of February). */
  public static int month(int i) {
    return i % 12 + 1;
  }

  public static String deadline(int i) {
    return "2024年" + month(i) + "月" + (month(i) == 2 ? 28 : 30) + "日";
  }

  public static String unit(int i) {
    return UNITS.get(i % 6);
  }

  public static String leader(int i) {
    return LEADERS.get(i % 3);
  }

  public static String person(int i) {
    return PEOPLE.get(i % 6);
  }

  public static String longProblem(int i) {
    return "第"
        + i
        + "项问题："
        + unit(i)
        + "在执行相关管理制度过程中存在不严格、不规范的情况，具体表现为台账记录不完整、审批手续不齐全、监督检查不到位等，需要认真加以整改";
  }

  public static String longMeasure(int i) {
    return "针对第" + i + "项问题，全面梳理相关制度，完善台账记录，健全审批流程，加强日常监督检查，确保整改到位，并形成长效机制防止问题反弹";
  }

  /** 26 rows whose problem and measure cells wrap over five lines or more. */
  public static List<List<String>> longRows() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 26; i++) {
      rows.add(
          List.of(
              String.valueOf(i),
              longProblem(i),
              longMeasure(i),
              leader(i),
              unit(i),
              person(i),
              deadline(i)));
    }
    return rows;
  }

  /**
   * {@code rows} under {@link #UNRULED_HEADER} without borders, the title centred and bold, a page
   * number in the footer; {@code repeatHeader}: the header row repeated at the top of every page.
   */
  public static OfficeTable unruled(String title, List<List<String>> rows, boolean repeatHeader) {
    int[] widths = {1285, 1285, 1285, 1285, 1285, 1285, 1285};
    OfficeTable table =
        OfficeTable.of(title, UNRULED_HEADER, widths, rows)
            .centredTitle(0)
            .ruled(false)
            .withPageNumbers();
    return repeatHeader ? table.repeatedHeader() : table;
  }

  /** Writes every table's .docx and LibreOffice's PDF of it into {@code args[0]}. */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    for (boolean ruled : List.of(true, false)) {
      String kind = ruled ? "ruled" : "borderless";
      overPages(OVER_PAGES_TITLE, LAST_ROW_CUT, ruled).writePdf(dir, "table-last-row-cut-" + kind);
      overPages(OVER_PAGES_TITLE, CELL_OVER_PAGES, ruled)
          .writePdf(dir, "table-cell-over-pages-" + kind);
    }
    wrappedHeader(false).writePdf(dir, "wrapped-header-unruled");
    wrappedHeader(true).writePdf(dir, "wrapped-header-ruled");
    String audit = "市审计局2024年度内部审计发现问题整改清单";
    unruled("集团公司本部整改任务清单", SHORT, false).writePdf(dir, "unruled-table-short");
    unruled(audit, longRows(), false).writePdf(dir, "unruled-table-long");
    unruled(audit, longRows(), true).writePdf(dir, "unruled-table-long-repeated");
    BorderlessFindings.main(args);
  }
}
