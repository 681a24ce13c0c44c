package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Word table or an .xlsx ledger, written by POI, whose 整改时限 cell gives stages (近期：…；长效：…,
 * 第一阶段：…；第二阶段：…) beside a problem's measures of another count — three measures in one 整改措施 cell,
 * two measures named by term beside three stages, three rows under one merged 整改时限 cell, three
 * measures in stages beside two — keeps the cell's text on each measure, as before, and the dry run
 * says the stages could not be paired with the measures; measures named by term beside as many
 * stages (近期2025年4月30日前，长效长期坚持) still take each its own. Through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0324).
 */
@QuarkusTest
class ImportUnpairedTableStagesTest {

  static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
              row(
                  1,
                  "预算执行进度缓慢。",
                  "1.开展专项清理；2.建立月度通报制度；3.开展执行约谈。",
                  "预算科",
                  "张三",
                  "近期：2025年4月30日前；长效：长期坚持"),
              row(
                  2,
                  "资金拨付不及时。",
                  "近期：清理积压事项；长效：建立拨付台账。",
                  "国库科",
                  "李四",
                  "近期：2025年4月30日前；中期：2025年9月30日前；长效：长期坚持"),
              row(3, "资产账实不符。", "开展资产清查。", "资产科", "赵六", "近期：2025年6月30日前；长效：长期坚持"),
              row(3, "资产账实不符。", "建立资产台账。", "资产科", "赵六", null),
              row(3, "资产账实不符。", "开展资产核对。", "资产科", "赵六", null),
              row(
                  4,
                  "票据管理不规范。",
                  "第一阶段：清理票据；第二阶段：规范领用；第三阶段：建立台账。",
                  "办公室",
                  "钱七",
                  "第一阶段：2025年4月30日前；第二阶段：2025年6月30日前"),
              row(5, "公车管理不规范。", "近期：清查公车；长效：建立公车台账。", "后勤科", "孙八", "近期2025年4月30日前，长效长期坚持")),
          List.of(new int[] {3, 5, 0, 0}, new int[] {3, 5, 1, 1}, new int[] {3, 5, 5, 5}),
          6);

  private static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  static List<Map<String, Object>> expected(String format) {
    return List.of(
        problem(
            "预算执行进度缓慢",
            "预算执行进度缓慢。",
            List.of(),
            tableOrSheetRows(format, 2, 2),
            List.of(
                measure("开展专项清理", List.of("预算科"), null, "张三", "DEADLINE", "2025-04-30"),
                measure("开展专项清理", List.of("预算科"), null, "张三", "LONG_TERM", null),
                measure("建立月度通报制度", List.of("预算科"), null, "张三", "DEADLINE", "2025-04-30"),
                measure("建立月度通报制度", List.of("预算科"), null, "张三", "LONG_TERM", null),
                measure("开展执行约谈。", List.of("预算科"), null, "张三", "DEADLINE", "2025-04-30"),
                measure("开展执行约谈。", List.of("预算科"), null, "张三", "LONG_TERM", null))),
        problem(
            "资金拨付不及时",
            "资金拨付不及时。",
            List.of(),
            tableOrSheetRows(format, 3, 3),
            List.of(
                measure("清理积压事项", List.of("国库科"), null, "李四", "DEADLINE", "2025-09-30"),
                measure("清理积压事项", List.of("国库科"), null, "李四", "LONG_TERM", null),
                measure("建立拨付台账。", List.of("国库科"), null, "李四", "DEADLINE", "2025-09-30"),
                measure("建立拨付台账。", List.of("国库科"), null, "李四", "LONG_TERM", null))),
        problem(
            "资产账实不符",
            "资产账实不符。",
            List.of(),
            tableOrSheetRows(format, 4, 6),
            List.of(
                measure("开展资产清查。", List.of("资产科"), null, "赵六", "DEADLINE", "2025-06-30"),
                measure("开展资产清查。", List.of("资产科"), null, "赵六", "LONG_TERM", null),
                measure("建立资产台账。", List.of("资产科"), null, "赵六", "DEADLINE", "2025-06-30"),
                measure("建立资产台账。", List.of("资产科"), null, "赵六", "LONG_TERM", null),
                measure("开展资产核对。", List.of("资产科"), null, "赵六", "DEADLINE", "2025-06-30"),
                measure("开展资产核对。", List.of("资产科"), null, "赵六", "LONG_TERM", null))),
        problem(
            "票据管理不规范",
            "票据管理不规范。",
            List.of(),
            tableOrSheetRows(format, 7, 7),
            List.of(
                measure("清理票据", List.of("办公室"), null, "钱七", "DEADLINE", "2025-06-30"),
                measure("规范领用", List.of("办公室"), null, "钱七", "DEADLINE", "2025-06-30"),
                measure("建立台账。", List.of("办公室"), null, "钱七", "DEADLINE", "2025-06-30"))),
        problem(
            "公车管理不规范",
            "公车管理不规范。",
            List.of(),
            tableOrSheetRows(format, 8, 8),
            List.of(
                measure("清查公车", List.of("后勤科"), null, "孙八", "DEADLINE", "2025-04-30"),
                measure("建立公车台账。", List.of("后勤科"), null, "孙八", "LONG_TERM", null))));
  }

  static List<String> unpaired(String format) {
    String where = format.equals("docx") ? "table row " : "sheet 「台账」 row ";
    String tail =
        "; the stages could not be paired with the measures, so each measure was given the whole"
            + " 整改时限. Check which stage serves which measure.";
    return List.of(
        "Problem 「预算执行进度缓慢」 ("
            + where
            + "2): the 整改时限 「近期：2025年4月30日前；长效：长期坚持」 names 2 stages beside 3 measures"
            + tail,
        "Problem 「资金拨付不及时」 ("
            + where
            + "3): the 整改时限 「近期：2025年4月30日前；中期：2025年9月30日前；…」 names 3 stages beside 2"
            + " measures"
            + tail,
        "Problem 「资产账实不符」 ("
            + where
            + "4): the 整改时限 「近期：2025年6月30日前；长效：长期坚持」 names 2 stages beside 3 measures"
            + tail,
        "Problem 「票据管理不规范」 ("
            + where
            + "7): the 整改时限 「第一阶段：2025年4月30日前；第二阶段：2025年6月3…」 names 2 stages beside 3"
            + " measures"
            + tail);
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void stagesOfAnotherCountAreNamed(String format) {
    byte[] file =
        format.equals("docx") ? Ledgers.docx(List.of("整改台账", TABLE)) : Ledgers.xlsx(List.of(TABLE));
    JsonPath answer = dryRunTableFile(format, file);
    assertEquals(expected(format), problems(answer), answer.prettify());
    assertEquals(
        unpaired(format),
        answer.getList("warnings", String.class).stream()
            .filter(w -> w.contains("could not be paired"))
            .toList(),
        answer.prettify());
  }
}
