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
import java.util.Map;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Task lists written by POI (Word table, Excel ledger), through {@code POST
 * /sources/{id}/import?dryRun=true}: a 责任人 cell written 周敏（党委办公室） names the person 周敏, the unit in
 * brackets his, dropped where the 责任单位 names it and said where it does not (0417). Controls: a
 * person with his post or another name in brackets reads as before.
 */
@QuarkusTest
class ImportPersonCellUnitsInBracketsTest {

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aPersonsUnitInBracketsIsNoPartOfTheName(String format) {
    Ledgers.Table table =
        new Ledgers.Table(
            "台账",
            List.of(
                row("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
                row(1, "学习制度执行不严格。", "落实学习制度。", "党委办公室", "周敏（党委办公室）", "2024年9月30日"),
                row(2, "三会一课不规范。", "开展专项检查。", "党委办公室、组织人事科", "孙丽（组织人事科）", "2024年10月31日"),
                row(3, "消防设施维护不到位。", "更换过期灭火器。", "后勤服务中心", "吴强（安全保卫科）", "立行立改"),
                // controls: a post in brackets, a second name in brackets
                row(4, "公务接待不规范。", "修订接待制度。", "办公室", "刘春（副主任）", "2024年12月31日"),
                row(5, "档案管理不规范。", "整理档案。", "办公室", "李明（张三）", "2024年12月31日")),
            List.of(),
            6);
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "整改任务清单", table));
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "学习制度执行不严格",
                "学习制度执行不严格。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("落实学习制度。", List.of("党委办公室"), null, "周敏", "DEADLINE", "2024-09-30"))),
            problem(
                "三会一课不规范",
                "三会一课不规范。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure(
                        "开展专项检查。",
                        List.of("党委办公室", "组织人事科"),
                        null,
                        "孙丽",
                        "DEADLINE",
                        "2024-10-31"))),
            problem(
                "消防设施维护不到位",
                "消防设施维护不到位。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(measure("更换过期灭火器。", List.of("后勤服务中心"), null, "吴强", "IMMEDIATE", null))),
            problem(
                "公务接待不规范",
                "公务接待不规范。",
                List.of(),
                tableOrSheetRows(format, 5, 5),
                List.of(measure("修订接待制度。", List.of("办公室"), null, "刘春", "DEADLINE", "2024-12-31"))),
            problem(
                "档案管理不规范",
                "档案管理不规范。",
                List.of(),
                tableOrSheetRows(format, 6, 6),
                List.of(
                    measure("整理档案。", List.of("办公室"), null, "李明（张三）", "DEADLINE", "2024-12-31"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(
        List.of(
            "Problem 「消防设施维护不到位」, measure 「更换过期灭火器。」: the 责任人 「吴强（安全保卫科）」 names 安全保卫科 in"
                + " brackets, a unit its 责任单位 does not name; it was not added to the units.",
            "责任人 written with a post are stored by name only, so that each person is one person:"
                + " 「刘春（副主任）」 → 「刘春」."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
