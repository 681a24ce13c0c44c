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

  /**
   * 整改任务书 forms stacked in one two-column Word table, each opened by a row 问题一 / 问题二 / 问题3 with a
   * blank value cell.
   */
  public static byte[] stackedTaskForms() {
    String[][] forms = {
      {
        "问题一", "党组理论学习中心组学习不规范，研讨发言准备不充分。", "制定年度学习计划，落实集体研讨制度", "欧阳修", "机关党委", "王 强", "2024年10月31日"
      },
      {"问题二", "干部档案管理不规范，部分档案材料缺失。", "开展干部档案专项审核", "李四", "组织人事科", "张三", "2024年12月底"},
      {"问题3", "意识形态阵地管理存在漏洞。", "开展意识形态阵地排查", "李四", "宣传科", "赵六", "立行立改"}
    };
    List<String> labels = List.of("问题描述", "整改措施", "责任领导", "责任单位", "责任人", "整改时限");
    List<List<String>> rows = new ArrayList<>();
    for (String[] form : forms) {
      rows.add(List.of(form[0], ""));
      for (int r = 0; r < labels.size(); r++) {
        rows.add(List.of(labels.get(r), form[r + 1]));
      }
    }
    return ParagraphCellTables.docx(List.of("县统计局巡察反馈问题整改任务书", rows));
  }

  /** A 整改时限 cell and a 整改进展 cell that say the measure is done (已完成, 已整改). */
  public static byte[] doneInTimeLimitAndProgress(String format) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限", "整改进展"));
    rows.add(row(1, "会议室使用登记不全。", "建立会议室使用登记制度", "办公室", "王强", "已完成", null));
    rows.add(row(2, "公务用车加油卡管理不严。", "实行加油卡专人管理", "财务科", "张三", LocalDate.of(2024, 9, 30), "已整改"));
    rows.add(row(3, "办公用品采购未比价。", "落实采购比价制度", "财务科", "赵六", LocalDate.of(2024, 10, 31), "正在推进"));
    return Ledgers.docxOrXlsx(format, "县档案馆整改台账", new Ledgers.Table("台账", rows, List.of(), 7));
  }
}
