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
 * Problem cells opening with a label spelled 问题1、, 问题 2：, 问题（1）, 问题7——, 存在的问题：, in an Excel ledger
 * and a Word table written by POI, read through {@code POST /sources/{id}/import?dryRun=true}: the
 * title is the text after the label, the description the cell as written (docs/decisions/0404). A
 * title that begins with the word 问题 (问题整改不到位, 问题线索处置慢) keeps it.
 */
@QuarkusTest
class ImportProblemCellLabelSpellingsTest {

  private static final List<String> CELLS =
      List.of(
          "问题1、公文处理流程不规范。",
          "问题 2：车辆管理制度缺失。",
          "问题（1）印章使用登记不全。",
          "问题7——资产盘点不及时。",
          "存在的问题：食堂采购无比价。",
          "问题一、会议记录不完整。",
          "问题整改不到位，部分问题反复出现。",
          "问题线索处置慢");

  private static final List<String> TITLES =
      List.of(
          "公文处理流程不规范",
          "车辆管理制度缺失",
          "印章使用登记不全",
          "资产盘点不及时",
          "食堂采购无比价",
          "会议记录不完整",
          "问题整改不到位，部分问题反复出现",
          "问题线索处置慢");

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx"})
  void aProblemCellIsTitledByTheTextAfterItsLabelHoweverTheLabelIsSpelled(String format) {
    JsonPath answer = dryRunTableFile(format, ProblemCellTables.write(format, CELLS));
    assertEquals(
        ProblemCellTables.expected(format, TITLES, CELLS), problems(answer), answer.prettify());
  }
}
