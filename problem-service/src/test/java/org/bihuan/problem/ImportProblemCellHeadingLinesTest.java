package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.ProblemCellTables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Problem cells of two lines (two paragraphs of a Word cell, Alt+Enter in an Excel cell), in files
 * written by POI, read through {@code POST /sources/{id}/import?dryRun=true}: a short line without
 * 。 that states the problem (档案管理不规范) over a sentence of detail is the title, the detail the rest
 * of the description; a sentence broken mid-phrase (…未严格执行国家 / 集中带量采购政策，…, …措施落实 / 不到位，…) is still
 * one text (docs/decisions/0405, 0369).
 */
@QuarkusTest
class ImportProblemCellHeadingLinesTest {

  private record Row(String cell, String title, String description) {}

  private static final List<Row> ROWS =
      List.of(
          new Row("档案管理不规范\n部分档案缺页、漏签。", "档案管理不规范", "档案管理不规范\n部分档案缺页、漏签。"),
          new Row("基本公卫项目资金拨付滞后\n2024年资金到位率仅65%。", "基本公卫项目资金拨付滞后", "基本公卫项目资金拨付滞后\n2024年资金到位率仅65%。"),
          new Row(
              "医疗机构院感防控制度落实不到位\n个别医院手术室消毒记录不全，医疗废物交接登记缺失。",
              "医疗机构院感防控制度落实不到位",
              "医疗机构院感防控制度落实不到位\n个别医院手术室消毒记录不全，医疗废物交接登记缺失。"),
          new Row(
              "县医院在药品采购过程中未严格执行国家\n集中带量采购政策，存在自行议价采购现象。",
              "县医院在药品采购过程中未严格执行国家集中带量采购政策，存在自行议价采购现象",
              "县医院在药品采购过程中未严格执行国家集中带量采购政策，存在自行议价采购现象。"),
          new Row(
              "建筑工地扬尘治理措施落实\n不到位，部分工地未按要求覆盖。",
              "建筑工地扬尘治理措施落实不到位，部分工地未按要求覆盖",
              "建筑工地扬尘治理措施落实不到位，部分工地未按要求覆盖。"),
          new Row("食堂卫生管理\n不规范", "食堂卫生管理不规范", "食堂卫生管理不规范"),
          // Alt+Enter in the middle of a word: the next line's first clause (位, 深入) ends it
          new Row(
              "食堂食品安全管理不到\n位，存在过期食品未及时清理。", "食堂食品安全管理不到位，存在过期食品未及时清理", "食堂食品安全管理不到位，存在过期食品未及时清理。"),
          new Row("党员干部理论学习不够\n深入，学用结合不紧密。", "党员干部理论学习不够深入，学用结合不紧密", "党员干部理论学习不够深入，学用结合不紧密。"),
          // a line break the cell ends with leaves one line
          new Row("资产盘点不及时\n", "资产盘点不及时", "资产盘点不及时"));

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx"})
  void aShortLineStatingTheProblemOverADetailSentenceIsTheTitle(String format) {
    JsonPath answer =
        dryRunTableFile(
            format, ProblemCellTables.write(format, ROWS.stream().map(Row::cell).toList()));
    assertEquals(
        ProblemCellTables.expected(
            format,
            ROWS.stream().map(Row::title).toList(),
            ROWS.stream().map(Row::description).toList()),
        problems(answer),
        answer.prettify());
  }
}
