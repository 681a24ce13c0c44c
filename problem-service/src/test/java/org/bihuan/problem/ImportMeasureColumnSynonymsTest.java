package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.bihuan.problem.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.TableRowFindings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The usual ledger names of the measures column — 整改措施及目标, 整改目标及措施, 整改措施及时限, 整改清单 (beside 问题清单),
 * 整改任务 — read as 整改措施 through {@code POST /sources/{id}/import?dryRun=true}, Word table and Excel
 * ledger alike, with every unit, leader, person and time limit of the rows; a problem list without
 * a measures column says its 备注 once (docs/decisions/0360).
 */
@QuarkusTest
class ImportMeasureColumnSynonymsTest {

  @ParameterizedTest
  @CsvSource({
    "docx, 存在的主要问题, 整改措施及目标",
    "xlsx, 存在的主要问题, 整改措施及目标",
    "xlsx, 存在问题, 整改目标及措施",
    "xlsx, 存在问题, 整改措施及时限",
    "docx, 问题清单, 整改清单",
    "xlsx, 问题清单, 整改清单",
    "docx, 问题清单, 整改任务"
  })
  void aMeasuresColumnUnderAnotherUsualNameGivesEveryMeasureAndItsDuties(
      String format, String problemHeader, String measureHeader) {
    JsonPath answer =
        dryRunTableFile(
            format, TableRowFindings.measuresColumnNamed(format, problemHeader, measureHeader));
    assertEquals(
        List.of(
            problem(
                "城乡低保动态管理不到位",
                "城乡低保动态管理不到位。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure(
                        "开展低保专项清理，做到应保尽保",
                        List.of("社会救助股"),
                        "李四",
                        "王强",
                        "DEADLINE",
                        "2024-09-30"))),
            problem(
                "养老机构消防安全隐患突出",
                "养老机构消防安全隐患突出。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure(
                        "开展养老机构消防安全整治",
                        List.of("养老服务股", "县消防救援大队"),
                        "周九",
                        "张三",
                        "DEADLINE",
                        "2024-10-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aProblemListWithUnitsButNoMeasuresSaysItsRemarkOnce(String format) {
    Ledgers.Table list =
        new Ledgers.Table(
            "台账",
            List.of(
                row("序号", "存在问题", "责任单位", "备注"), row("1", "殡葬领域乱收费问题。", "社会事务股", "与县市场监管局联合开展")),
            List.of(),
            4);
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "问题清单", list));
    assertEquals(
        List.of(
            problem(
                "殡葬领域乱收费问题",
                "殡葬领域乱收费问题。\n备注：与县市场监管局联合开展",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of())),
        problems(answer),
        answer.prettify());
  }
}
