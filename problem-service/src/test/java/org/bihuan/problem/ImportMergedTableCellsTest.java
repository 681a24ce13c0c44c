package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.MergedHeaderTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Word tables and Excel ledgers with merged header cells, problem cells merged over numbered
 * measures and lines broken inside cells, read through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0369).
 */
@QuarkusTest
class ImportMergedTableCellsTest {

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aProblemHeaderOverALabelAndTheTextGivesTheCategoryAndTheProblem(String format) {
    JsonPath answer =
        dryRunTableFile(format, MergedHeaderTables.problemHeaderOverTwoColumns(format, false));
    assertEquals(
        List.of(
            problem(
                "党支部“三会一课”制度落实不到位，部分支部会议记录缺失",
                "党支部“三会一课”制度落实不到位，部分支部会议记录缺失。",
                List.of("组织建设"),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure(
                        "规范“三会一课”记录，每季度检查一次",
                        List.of("机关党委"),
                        "欧阳修",
                        "王强",
                        "DEADLINE",
                        "2024-09-30"))),
            problem(
                "部分干部服务意识不强，群众办事来回跑",
                "部分干部服务意识不强，群众办事来回跑。",
                List.of("作风建设"),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("开展作风建设专项整治", List.of("办公室"), "李四", "张三", "DEADLINE", "2024-10-31"))),
            problem(
                "公务接待管理不规范，接待清单不全",
                "公务接待管理不规范，接待清单不全。",
                List.of("作风建设"),
                tableOrSheetRows(format, 4, 4),
                List.of(
                    measure("完善公务接待制度", List.of("办公室"), "李四", "赵六", "DEADLINE", "2024-12-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aProblemCellMergedOverRowsNumberedOneByOneIsOneProblemWithAMeasurePerRow(String format) {
    JsonPath answer =
        dryRunTableFile(format, MergedHeaderTables.problemOverNumberedMeasures(format));
    assertEquals(
        List.of(
            problem(
                "农村饮水安全工程管护不到位，部分水厂水质检测不达标",
                "农村饮水安全工程管护不到位，部分水厂水质检测不达标。",
                List.of(),
                tableOrSheetRows(format, 2, 3),
                List.of(
                    measure("开展水厂水质专项检测", List.of("水利站"), "欧阳修", "王强", "DEADLINE", "2024-09-30"),
                    measure("建立水厂长效管护机制", List.of("农业农村办"), "李四", "张三", "DEADLINE", "2024-12-31"))),
            problem(
                "高标准农田建设项目验收把关不严",
                "高标准农田建设项目验收把关不严。",
                List.of(),
                tableOrSheetRows(format, 4, 6),
                List.of(
                    measure("组织项目重新验收", List.of("农业农村办"), "李四", "赵六", "DEADLINE", "2024-10-31"),
                    measure("追究验收责任", List.of("纪检监察室"), "周九", "钱七", "IMMEDIATE", null),
                    measure("完善验收制度", List.of("农业农村办"), "李四", "赵六", "DEADLINE", "2025-03-31"))),
            problem(
                "涉农资金公示不及时",
                "涉农资金公示不及时。",
                List.of(),
                tableOrSheetRows(format, 7, 7),
                List.of(
                    measure("按季度公示涉农资金", List.of("财政所"), "周九", "孙八", "DEADLINE", "2024-08-31")))),
        problems(answer),
        answer.prettify());
    String where = format.equals("docx") ? "Table row " : "Sheet 「台账」 row ";
    String tail =
        "); the 序号 was read as numbering its measures, the row as a further measure of that problem.";
    assertEquals(
        List.of(
            where
                + "3 has a 序号 of its own (2, after 1) beside the 问题 cell merged over the row above"
                + " (「农村饮水安全工程管护不到位，部分水厂水质检测不达标。」"
                + tail,
            where
                + "5 has a 序号 of its own (4, after 3) beside the 问题 cell merged over the row above"
                + " (「高标准农田建设项目验收把关不严。」"
                + tail,
            where
                + "6 has a 序号 of its own (5, after 3) beside the 问题 cell merged over the row above"
                + " (「高标准农田建设项目验收把关不严。」"
                + tail),
        answer.getList("warnings"),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void linesBrokenInsideACellJoinTheTextTheyWrap(String format) {
    JsonPath answer = dryRunTableFile(format, MergedHeaderTables.linesBrokenInCells(format));
    assertEquals(
        List.of(
            problem(
                "党员教育管理不够严格，部分党员长期不参加组织生活",
                "党员教育管理不够严格，部分党员长期不参加组织生活。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure(
                        "建立党员积分管理制度", List.of("党委办公室"), "刘明", "张三、李四", "DEADLINE", "2024-09-30"))),
            problem(
                "部分教师使用的Microsoft Teams账号离职后未注销",
                "部分教师使用的Microsoft Teams账号离职后未注销。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("清理离职人员账号", List.of("信息中心"), "刘明", "赵六", "DEADLINE", "2024-10-31"),
                    measure("建立账号注销台账。", List.of("信息中心"), "刘明", "赵六", "DEADLINE", "2024-10-31")))),
        problems(answer),
        answer.prettify());
    String where = format.equals("docx") ? "Table row " : "Sheet 「台账」 row ";
    assertEquals(
        List.of(
            where
                + "3: the 整改措施 cell lists 2 numbered measures (「清理离职人员账号」 …); each was imported as a"
                + " measure of its own, without its number, with the row's 责任单位, 责任人 and 整改时限.",
            "责任领导 written with a post are stored by name only, so that the reports count each leader"
                + " once: 「副校长刘明」 → 「刘明」."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aMeasureHeaderOverTwoColumnsGivesAMeasureOfEachColumn(String format) {
    JsonPath answer =
        dryRunTableFile(format, MergedHeaderTables.measureHeaderOverTwoColumns(format));
    assertEquals(
        List.of(
            problem(
                "政府采购内控制度不健全",
                "政府采购内控制度不健全。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("修订政府采购内控制度", List.of("财务科"), null, "王强", "DEADLINE", "2024-12-31"),
                    measure("建立采购全流程监督机制", List.of("财务科"), null, "王强", "DEADLINE", "2024-12-31"))),
            problem(
                "固定资产账实不符",
                "固定资产账实不符。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("开展资产清查", List.of("办公室"), null, "张三", "DEADLINE", "2024-11-30"),
                    measure("实行资产动态管理", List.of("办公室"), null, "张三", "DEADLINE", "2024-11-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void taskFormsStackedInOneTableAreAProblemEach() {
    JsonPath answer = dryRunTableFile("docx", MergedHeaderTables.stackedTaskForms());
    assertEquals(
        List.of(
            problem(
                "党组理论学习中心组学习不规范，研讨发言准备不充分",
                "党组理论学习中心组学习不规范，研讨发言准备不充分。",
                List.of(),
                rows(1, 1, 1),
                List.of(
                    measure(
                        "制定年度学习计划，落实集体研讨制度",
                        List.of("机关党委"),
                        "欧阳修",
                        "王强",
                        "DEADLINE",
                        "2024-10-31"))),
            problem(
                "干部档案管理不规范，部分档案材料缺失",
                "干部档案管理不规范，部分档案材料缺失。",
                List.of(),
                rows(1, 8, 8),
                List.of(
                    measure("开展干部档案专项审核", List.of("组织人事科"), "李四", "张三", "DEADLINE", "2024-12-31"))),
            problem(
                "意识形态阵地管理存在漏洞",
                "意识形态阵地管理存在漏洞。",
                List.of(),
                rows(1, 15, 15),
                List.of(measure("开展意识形态阵地排查", List.of("宣传科"), "李四", "赵六", "IMMEDIATE", null)))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void doneInATimeLimitOrProgressCellIsAStatusHint(String format) {
    JsonPath answer =
        dryRunTableFile(format, MergedHeaderTables.doneInTimeLimitAndProgress(format));
    assertEquals(
        List.of(
            problem(
                "会议室使用登记不全",
                "会议室使用登记不全。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    reported(
                        measure("建立会议室使用登记制度", List.of("办公室"), null, "王强", null, null),
                        "已完成",
                        "REPORTED_DONE"))),
            problem(
                "公务用车加油卡管理不严",
                "公务用车加油卡管理不严。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    reported(
                        measure("实行加油卡专人管理", List.of("财务科"), null, "张三", "DEADLINE", "2024-09-30"),
                        "已整改",
                        "REPORTED_DONE"))),
            problem(
                "办公用品采购未比价",
                "办公用品采购未比价。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(
                    reported(
                        measure("落实采购比价制度", List.of("财务科"), null, "赵六", "DEADLINE", "2024-10-31"),
                        "正在推进",
                        null)))),
        problems(answer),
        answer.prettify());
    String first = "Problem 「会议室使用登记不全」, measure 「建立会议室使用登记制度」: ";
    assertEquals(
        List.of(
            first
                + "「已完成」 is not a date, 立行立改 or 长期坚持; set a time limit before creating its ticket.",
            first
                + "the document reports it done; it is imported as not yet verified (its evidence"
                + " still has to be checked).",
            "Problem 「公务用车加油卡管理不严」, measure 「实行加油卡专人管理」: the document reports it done; it is"
                + " imported as not yet verified (its evidence still has to be checked)."),
        answer.getList("warnings"),
        answer.prettify());
  }

  private static Map<String, Object> reported(
      Map<String, Object> measure, String progress, String statusHint) {
    Map<String, Object> m = new LinkedHashMap<>(measure);
    m.put("progress", progress);
    m.put("statusHint", statusHint);
    return m;
  }
}
