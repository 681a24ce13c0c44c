package org.bihuan.problem.support;

import java.util.ArrayList;
import java.util.List;

/**
 * A task list whose 存在问题 cells list their numbered problems in one paragraph (1.…；2.…；3.…): row 2
 * beside as many numbered measures, row 3 beside one measure (docs/decisions/0362), as a Word table
 * or an Excel ledger (sheet 台账).
 */
public final class ProblemListsInOneParagraph {

  public static final List<List<String>> ROWS =
      List.of(
          List.of("序号", "类别", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
          List.of(
              "1",
              "食品安全",
              "1.学校食堂索证索票不全；2.农贸市场快检室闲置；3.小餐饮从业人员健康证过期。",
              "1.开展学校食堂专项检查；2.恢复快检室日常运行；3.督促从业人员办理健康证。",
              "食品科",
              "刘洋",
              "2024年9月30日"),
          List.of(
              "2",
              "特种设备",
              "1.电梯维保记录不完整；2.气瓶充装单位台账缺失。",
              "建立特种设备使用单位台账并定期抽查。",
              "特设科",
              "陈刚",
              "2024年10月31日"));

  private ProblemListsInOneParagraph() {}

  /** The list as a Word table ({@code "docx"}) or an Excel ledger ({@code "xlsx"}). */
  public static byte[] file(String format) {
    if (format.equals("docx")) {
      return ParagraphCellTables.docx(List.of("县市场监管局整改清单", ROWS));
    }
    List<List<Object>> cells = new ArrayList<>();
    ROWS.forEach(r -> cells.add(new ArrayList<>(r)));
    return Ledgers.xlsx(List.of(new Ledgers.Table("台账", cells, List.of(), ROWS.get(0).size())));
  }
}
