package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.DirectionsAndPeopleFirst;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 整改台账 headed 整改方向 (its measures) and 责任人及单位 (a person with the unit in brackets: 黄忠（后勤科）), as a
 * Word table and as an Excel sheet, read through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0365): 整改方向 is the measures column, 黄忠 the responsible person and 后勤科 the
 * responsible unit.
 */
@QuarkusTest
class ImportDirectionsAndPeopleFirstTest {

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void directionsAreMeasuresAndPeopleComeBeforeTheirUnits(String format) {
    JsonPath answer = dryRunTableFile(format, DirectionsAndPeopleFirst.ledger(format));
    assertEquals(
        List.of(
            problem(
                "食堂管理不规范",
                "食堂管理不规范。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(measure("完善食堂管理制度", List.of("后勤科"), null, "黄忠", "DEADLINE", "2024-12-31"))),
            problem(
                "车辆使用登记不全",
                "车辆使用登记不全。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure(
                        "建立车辆使用台账",
                        List.of("办公室", "财务科"),
                        null,
                        "李明、王芳",
                        "DEADLINE",
                        "2024-06-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
