package org.bihuan.problem.support;

import static org.bihuan.problem.support.Ledgers.row;

import java.util.ArrayList;
import java.util.List;

/**
 * The Word tables and Excel ledgers of decision 0360, written by POI for the tests and the accuracy
 * corpus ({@code format} is {@code docx} or {@code xlsx}): a problem text over two rows, the usual
 * names of the measures column, labelled duty cells, numbered problems in one cell.
 */
public final class TableRowFindings {

  private TableRowFindings() {}

  /** A problem text typed over two rows, the second with nothing else; a measure row below. */
  public static byte[] problemTextOverTwoRows(String format) {
    Ledgers.Table table =
        new Ledgers.Table(
            "台账",
            List.of(
                row("序号", "问题清单", "整改措施", "责任领导", "责任单位", "责任人", "整改时限"),
                row(
                    1,
                    "社保基金管理存在风险隐患，部分待遇发放未进行资格认证，",
                    "开展社保待遇资格认证专项清理",
                    "欧阳修",
                    "社保中心",
                    "王强",
                    "2024年9月30日"),
                row(null, "2023年多发放待遇12.6万元未追回。", null, null, null, null, null),
                row(2, "劳动保障监察执法不规范。", "规范执法程序", "周九", "劳动监察大队", "钱七", "2024年12月31日"),
                row(null, "个别案件超期办结，群众反映强烈。", null, null, null, null, null),
                row(null, null, "建立案件办理台账", "周九", "劳动监察大队", "钱七", "2025年3月31日"),
                row(3, "就业补贴审核把关不严。", "开展就业补贴资金专项检查", "李四", "就业服务中心", "张三", "2024年10月31日")),
            List.of(),
            7);
    return Ledgers.docxOrXlsx(format, "县人社局整改任务清单", table);
  }

  /** A ledger whose measures column is headed {@code measureHeader}. */
  public static byte[] measuresColumnNamed(
      String format, String problemHeader, String measureHeader) {
    Ledgers.Table table =
        new Ledgers.Table(
            "台账",
            List.of(
                row("序号", problemHeader, measureHeader, "责任股室", "责任领导及责任人", "整改期限"),
                row("1", "城乡低保动态管理不到位。", "开展低保专项清理，做到应保尽保", "社会救助股", "李四/王 强", "2024年9月30日"),
                row("2", "养老机构消防安全隐患突出。", "开展养老机构消防安全整治", "养老服务股、县消防救援大队", "周九/张三", "2024年10月31日")),
            List.of(),
            6);
    return Ledgers.docxOrXlsx(format, "县民政局整改台账", table);
  }

  /** A duties column headed {@code dutiesHeader} whose cells write their own labels. */
  public static byte[] labelledDutyCells(String format, String dutiesHeader) {
    List<List<String>> rows =
        List.of(
            List.of("序号", "反馈问题", "整改措施", dutiesHeader),
            List.of(
                "1",
                "占道经营治理反弹，老城区早市秩序混乱。",
                "开展占道经营集中整治，设置临时疏导点。",
                "责任领导：欧阳修\n责任单位：市容管理股、城管执法大队一中队\n责任人：王 强\n完成时限：2024年9月底"),
            List.of(
                "2",
                "执法人员着装不规范，存在粗暴执法现象。",
                "开展执法规范化培训。",
                "责任领导：李四；责任单位：法制股；责任人：张三；完成时限：2024年10月31日"));
    return paragraphCells(format, "县城管局巡察反馈问题整改清单", rows);
  }

  /** Numbered problems in one cell beside as many numbered measures, then beside one measure. */
  public static byte[] numberedProblemsInOneCell(String format) {
    List<List<String>> rows =
        List.of(
            List.of("序号", "类别", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
            List.of(
                "1",
                "安全生产",
                "1.A级景区消防设施不全；\n2.游乐设施未按期检验；\n3.应急演练次数不足。",
                "1.补齐消防设施；\n2.督促完成游乐设施检验；\n3.每季度开展一次应急演练。",
                "文旅股",
                "王强",
                "2024年9月30日"),
            List.of(
                "2",
                "市场管理",
                "1.导游资格审查不严；\n2.旅游投诉处理不及时。",
                "建立导游资格审查和投诉快速处理机制。",
                "市场股",
                "张三",
                "2024年10月31日"));
    return paragraphCells(format, "县文旅局整改清单", rows);
  }

  /** The 整改任务书 form: a heading 问题n, then a two-column table of labels and values, per problem. */
  public static byte[] taskForms() {
    List<Object> parts = new ArrayList<>();
    parts.add("县司法局巡察反馈问题整改任务书");
    String[][] forms = {
      {"基层党组织标准化建设推进缓慢，3个支部未达标。", "开展支部标准化规范化建设提升行动", "欧阳修", "机关党委", "王 强", "2024年10月31日"},
      {"干部教育培训针对性不强。", "制定分层分类培训计划", "李四", "组织人事科", "张三", "2024年12月底"},
      {"意识形态阵地管理存在漏洞。", "开展意识形态阵地排查", "李四", "宣传科", "赵六", "立行立改"}
    };
    List<String> labels = List.of("问题描述", "整改措施", "责任领导", "责任单位", "责任人", "整改时限");
    for (int f = 0; f < forms.length; f++) {
      parts.add("问题" + (f + 1));
      List<List<String>> rows = new ArrayList<>();
      for (int r = 0; r < labels.size(); r++) {
        rows.add(List.of(labels.get(r), forms[f][r]));
      }
      parts.add(rows);
    }
    return ParagraphCellTables.docx(parts);
  }

  /** Word: each line of a cell a paragraph of it; Excel: the sheet 台账, lines kept in the cell. */
  private static byte[] paragraphCells(String format, String title, List<List<String>> rows) {
    if (format.equals("docx")) {
      return ParagraphCellTables.docx(List.of(title, rows));
    }
    List<List<Object>> cells = new ArrayList<>();
    rows.forEach(r -> cells.add(new ArrayList<>(r)));
    return Ledgers.xlsx(List.of(new Ledgers.Table("台账", cells, List.of(), rows.get(0).size())));
  }
}
