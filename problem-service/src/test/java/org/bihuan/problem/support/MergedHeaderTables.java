package org.bihuan.problem.support;

import static org.bihuan.problem.support.Ledgers.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Word tables and Excel ledgers of decision 0369, written by POI for the tests and the accuracy
 * corpus ({@code format} is {@code docx} or {@code xlsx}): a problem header merged over a short
 * label column and the problem text, a problem cell merged down over rows whose 序号 count measures,
 * and lines broken inside cells.
 */
public final class MergedHeaderTables {

  private MergedHeaderTables() {}

  /**
   * 巡察发现问题 merged over two columns: a short label (组织建设) and the problem text; with {@code
   * subHeader} a second header row names them 类别 | 具体表现, the other header cells merged down over
   * both header rows.
   */
  public static byte[] problemHeaderOverTwoColumns(String format, boolean subHeader) {
    List<List<Object>> rows = new ArrayList<>();
    List<int[]> merges = new ArrayList<>();
    rows.add(row("序号", "巡察发现问题", "巡察发现问题", "整改措施", "责任领导", "责任单位", "责任人", "整改时限"));
    merges.add(new int[] {0, 0, 1, 2});
    if (subHeader) {
      rows.add(row(null, "类别", "具体表现", null, null, null, null, null));
      for (int c : new int[] {0, 3, 4, 5, 6, 7}) {
        merges.add(new int[] {0, 1, c, c});
      }
    }
    rows.add(
        row(
            1,
            "组织建设",
            "党支部“三会一课”制度落实不到位，部分支部会议记录缺失。",
            "规范“三会一课”记录，每季度检查一次",
            "欧阳修",
            "机关党委",
            "王强",
            LocalDate.of(2024, 9, 30)));
    rows.add(
        row(
            2,
            "作风建设",
            "部分干部服务意识不强，群众办事来回跑。",
            "开展作风建设专项整治",
            "李四",
            "办公室",
            "张三",
            LocalDate.of(2024, 10, 31)));
    rows.add(row(3, "作风建设", "公务接待管理不规范，接待清单不全。", "完善公务接待制度", "李四", "办公室", "赵六", "2024年12月底"));
    return Ledgers.docxOrXlsx(format, "县交通局巡察反馈问题整改台账", new Ledgers.Table("台账", rows, merges, 8));
  }

  /**
   * A 问题描述 cell merged down over the rows of its measures, the 序号 column numbering the measures (1,
   * 2 under the first problem, 3 to 5 under the second, 6 the third's).
   */
  public static byte[] problemOverNumberedMeasures(String format) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("序号", "问题描述", "整改措施", "责任单位", "责任人", "责任领导", "完成时限"));
    rows.add(
        row(
            1,
            "农村饮水安全工程管护不到位，部分水厂水质检测不达标。",
            "开展水厂水质专项检测",
            "水利站",
            "王强",
            "欧阳修",
            LocalDate.of(2024, 9, 30)));
    rows.add(row(2, null, "建立水厂长效管护机制", "农业农村办", "张三", "李四", LocalDate.of(2024, 12, 31)));
    rows.add(row(3, "高标准农田建设项目验收把关不严。", "组织项目重新验收", "农业农村办", "赵六", "李四", "2024年10月底"));
    rows.add(row(4, null, "追究验收责任", "纪检监察室", "钱七", "周九", "立行立改"));
    rows.add(row(5, null, "完善验收制度", "农业农村办", "赵六", "李四", LocalDate.of(2025, 3, 31)));
    rows.add(row(6, "涉农资金公示不及时。", "按季度公示涉农资金", "财政所", "孙八", "周九", LocalDate.of(2024, 8, 31)));
    List<int[]> merges = List.of(new int[] {1, 2, 1, 1}, new int[] {3, 5, 1, 1});
    return Ledgers.docxOrXlsx(format, "县农业农村局整改任务清单", new Ledgers.Table("台账", rows, merges, 7));
  }

  /**
   * Lines broken inside cells (two paragraphs in a Word cell, Alt+Enter in Excel): a problem and a
   * measure wrapped mid-sentence, Latin words wrapped, a post above a name in the leader cell, two
   * people in the person cell, numbered measures one a line.
   */
  public static byte[] linesBrokenInCells(String format) {
    List<List<String>> rows =
        List.of(
            List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "整改时限"),
            List.of(
                "1",
                "党员教育管理不够严格，\n部分党员长期不参加组织生活。",
                "建立党员积分\n管理制度",
                "副校长\n刘明",
                "党委办公室",
                "张三\n李四",
                "2024年9月30日"),
            List.of(
                "2",
                "部分教师使用的Microsoft\nTeams账号离职后未注销。",
                "1.清理离职人员账号；\n2.建立账号注销台账。",
                "副校长\n刘明",
                "信息中心",
                "赵六",
                "2024年10月31日"));
    if (format.equals("docx")) {
      return ParagraphCellTables.docx(List.of("某学院巡察整改任务清单", rows));
    }
    List<List<Object>> cells = new ArrayList<>();
    rows.forEach(r -> cells.add(new ArrayList<>(r)));
    return Ledgers.xlsx(List.of(new Ledgers.Table("台账", cells, List.of(), 7)));
  }

  /** 整改措施 merged over two columns: the near-term and the long-term measure of each problem. */
  public static byte[] measureHeaderOverTwoColumns(String format) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("序号", "存在问题", "整改措施", "整改措施", "责任单位", "责任人", "整改时限"));
    rows.add(
        row(
            1,
            "政府采购内控制度不健全。",
            "近期：修订政府采购内控制度",
            "长期：建立采购全流程监督机制",
            "财务科",
            "王强",
            LocalDate.of(2024, 12, 31)));
    rows.add(
        row(2, "固定资产账实不符。", "近期：开展资产清查", "长期：实行资产动态管理", "办公室", "张三", LocalDate.of(2024, 11, 30)));
    return Ledgers.docxOrXlsx(
        format,
        "县卫健局整改台账",
        new Ledgers.Table("台账", rows, List.<int[]>of(new int[] {0, 0, 2, 3}), 7));
  }
}
