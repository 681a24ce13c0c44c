package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.CalcPrintedLedger;
import org.bihuan.problem.support.CalcPrintedLedger.Cells;
import org.bihuan.problem.support.CalcPrintedLedger.Down;
import org.junit.jupiter.api.Test;

/**
 * An .xlsx 整改台账 printed to PDF by LibreOffice Calc without cell borders ({@link
 * CalcPrintedLedger}), its 问题 and 整改措施 cells wrapped over two to four lines, its short cells (序号,
 * 责任单位, 整改时限) set at the bottom of their rows (Calc's default), in their middle or at their top,
 * the 序号 a number set flush right, a 合计 row under the rows and 「Page 1」 at the page's foot. A row's
 * 序号 then stands on its last or middle line, not its first: the lines above it are its own, not the
 * row above's. Every row is read whole, the 合计 row and the page's foot are no problem. Through
 * {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0378).
 */
@QuarkusTest
class ImportPdfWrappedCalcRowsTest {

  private static final float[] WIDTHS = {34, 160, 150, 60, 100};

  private static final List<List<String>> LEDGER =
      List.of(
          List.of("序号", "问题", "整改措施", "责任单位", "整改时限"),
          List.of(
              "1",
              "理论学习中心组学习不够深入，\n学习形式较为单一，联系实际不\n紧密，以学促干的成效不明显。",
              "制定年度学习计划，每季度开\n展一次专题研讨。",
              "党委办公室",
              "2024年6月底"),
          List.of("2", "干部培训覆盖面不足。", "开展新入职人员岗前培训。", "人事科", "2024年9月底"),
          List.of(
              "3",
              "基层党组织建设存在薄弱环节，\n部分支部组织生活不规范，三会\n一课落实不到位，党员教育管理\n不严格。",
              "全面排查基层党组织建设情况，\n逐项整改销号。",
              "组织部",
              "2024年12月底"),
          List.of("4", "档案管理不规范。", "开展档案专项整理，建立档案管\n理制度。", "档案室", "2024年11月底"),
          List.of("5", "公务用车管理不严格，存在公车\n私用现象。", "修订公务用车管理办法，加强\n车辆使用登记。", "机关事务科", "2025年3月底"),
          List.of("合计", "5项", "", "", ""));

  private static JsonPath dryRun(Cells cells, int split) {
    byte[] pdf = CalcPrintedLedger.pdf("整改台账", "整改台账", LEDGER, WIDTHS, split, false, cells);
    return dryRunPath("整改台账", pdf, DocumentText.PDF);
  }

  private static Map<String, Object> row(
      String title, String text, String measure, String unit, String deadline, int row) {
    Map<String, Object> m = measure(measure, List.of(unit), null, null, "DEADLINE", deadline);
    return problem(title, text, List.of(), rows(1, row, row, 1), List.of(m));
  }

  private static final List<Map<String, Object>> EXPECTED =
      List.of(
          row(
              "理论学习中心组学习不够深入，学习形式较为单一，联系实际不紧密，以学促干的成效不明显",
              "理论学习中心组学习不够深入，学习形式较为单一，联系实际不紧密，以学促干的成效不明显。",
              "制定年度学习计划，每季度开展一次专题研讨。",
              "党委办公室",
              "2024-06-30",
              2),
          row("干部培训覆盖面不足", "干部培训覆盖面不足。", "开展新入职人员岗前培训。", "人事科", "2024-09-30", 3),
          row(
              "基层党组织建设存在薄弱环节，部分支部组织生活不规范，三会一课落实不到位，党员教育管理不严格",
              "基层党组织建设存在薄弱环节，部分支部组织生活不规范，三会一课落实不到位，党员教育管理不严格。",
              "全面排查基层党组织建设情况，逐项整改销号。",
              "组织部",
              "2024-12-31",
              4),
          row("档案管理不规范", "档案管理不规范。", "开展档案专项整理，建立档案管理制度。", "档案室", "2024-11-30", 5),
          row(
              "公务用车管理不严格，存在公车私用现象",
              "公务用车管理不严格，存在公车私用现象。",
              "修订公务用车管理办法，加强车辆使用登记。",
              "机关事务科",
              "2025-03-31",
              6));

  private static void assertRead(JsonPath read) {
    assertEquals(EXPECTED, problems(read), read.prettify());
  }

  @Test
  void cellsAtTheBottomOfTheirRowsCalcsDefault() {
    assertRead(dryRun(Cells.DEFAULT, WIDTHS.length));
  }

  @Test
  void cellsAtTheBottomOfTheirRowsTheirNumbersFlushRight() {
    assertRead(dryRun(new Cells(Down.BOTTOM, true), WIDTHS.length));
  }

  @Test
  void cellsInTheMiddleOfTheirRows() {
    assertRead(dryRun(new Cells(Down.MIDDLE, true), WIDTHS.length));
  }

  @Test
  void cellsAtTheTopOfTheirRows() {
    assertRead(dryRun(new Cells(Down.TOP, true), WIDTHS.length));
  }

  @Test
  void cellsAtTheBottomOfTheirRowsTheirUnitsAndDeadlinesOnTheNextPage() {
    assertRead(dryRun(new Cells(Down.BOTTOM, true), 3));
  }

  @Test
  void cellsInTheMiddleOfTheirRowsA序号AloneOnItsLineTheOtherColumnsOnTheNextPage() {
    // a row's 序号 between the lines of its 问题 stands alone on its line: no page number
    assertRead(dryRun(new Cells(Down.MIDDLE, true), 3));
  }
}
