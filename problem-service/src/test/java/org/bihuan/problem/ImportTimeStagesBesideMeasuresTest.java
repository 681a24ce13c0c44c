package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.TimeStagesTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A time limit giving the stages of a measure (1.2024年6月底前；2.长期坚持, 1.立行立改；2.长期坚持, 近期：…；中长期：长期坚持)
 * beside two measures of a plan's problem, and in a table's 整改时限 cell beside one measure or two,
 * read from a text, a .docx written by POI (paragraphs, and a table) and an .xlsx ledger through
 * {@code POST /sources/{id}/import?dryRun=true} and one real import, every field of every problem
 * and measure and every warning compared: beside one measure, or named by their term beside two,
 * the measure is held in both stages, DEADLINE by the date and LONG_TERM (docs/decisions/0299,
 * 0330); numbered and as many as the measures, item n is measure n's time limit (0305, amending
 * 0299).
 */
@QuarkusTest
class ImportTimeStagesBesideMeasuresTest {

  private static final String TEXT = "text/plain; charset=UTF-8";

  /**
   * Problem 1: stages beside two numbered measures whose duties are not numbered; problem 2: the
   * same with 责任单位 and 责任人 numbered one per measure after it; problem 3: 立行立改 and 长期坚持 beside two
   * measures one a line; problem 4: stages named by their term.
   */
  static final List<String> PLAN =
      List.of(
          "××学院关于巡察反馈问题的整改方案",
          "一、存在问题及整改措施",
          "1.问责工作不到位。",
          "整改措施：1.建立问责台账；2.开展警示教育。",
          "责任单位：纪检监察室",
          "责任人：马超",
          "整改时限：1.2024年6月底前；2.长期坚持",
          "2.制度建设滞后。",
          "整改措施：1.修订管理制度；2.开展制度执行检查。",
          "整改时限：1.2024年9月30日前；2.长期坚持",
          "责任单位：1.院办公室；2.纪检监察室",
          "责任人：1.王五；2.马超",
          "3.会风不实。",
          "整改措施：",
          "（1）精简会议；",
          "（2）压减文件。",
          "责任单位：办公室",
          "整改时限：1.立行立改；2.长期坚持",
          "4.学风不浓。",
          "整改措施：1.加强学习；2.开展研讨。",
          "责任单位：党办",
          "整改时限：近期：2024年12月底前；中长期：长期坚持");

  private static List<Map<String, Object>> plan(Integer page) {
    return List.of(
        problem(
            "问责工作不到位",
            "问责工作不到位。",
            List.of(),
            lines(3, 7, page),
            List.of(
                measure("建立问责台账", List.of("纪检监察室"), null, "马超", "DEADLINE", "2024-06-30"),
                measure("开展警示教育。", List.of("纪检监察室"), null, "马超", "LONG_TERM", null))),
        problem(
            "制度建设滞后",
            "制度建设滞后。",
            List.of(),
            lines(8, 12, page),
            List.of(
                measure("修订管理制度", List.of("院办公室"), null, "王五", "DEADLINE", "2024-09-30"),
                measure("开展制度执行检查。", List.of("纪检监察室"), null, "马超", "LONG_TERM", null))),
        problem(
            "会风不实",
            "会风不实。",
            List.of(),
            lines(13, 18, page),
            List.of(
                measure("精简会议", List.of("办公室"), null, null, "IMMEDIATE", null),
                measure("压减文件。", List.of("办公室"), null, null, "LONG_TERM", null))),
        problem(
            "学风不浓",
            "学风不浓。",
            List.of(),
            lines(19, 22, page),
            List.of(
                measure("加强学习", List.of("党办"), null, null, "DEADLINE", "2024-12-31"),
                measure("加强学习", List.of("党办"), null, null, "LONG_TERM", null),
                measure("开展研讨。", List.of("党办"), null, null, "DEADLINE", "2024-12-31"),
                measure("开展研讨。", List.of("党办"), null, null, "LONG_TERM", null))));
  }

  private static final List<String> PLAN_WARNINGS =
      List.of(
          "Problem 「学风不浓」, measure 「加强学习」 (line 22): 「近期：2024年12月底前；中长期：长期坚持」 names the measure's stages, one of them 长期坚持: the measure is held in both stages, as two measures of its text: one DEADLINE by 2024-12-31, and one LONG_TERM (长期坚持) without a deadline.",
          "Problem 「学风不浓」, measure 「开展研讨。」 (line 22): 「近期：2024年12月底前；中长期：长期坚持」 names the measure's stages, one of them 长期坚持: the measure is held in both stages, as two measures of its text: one DEADLINE by 2024-12-31, and one LONG_TERM (长期坚持) without a deadline.");

  @Test
  void stagesBesideTwoMeasuresOfAPlanAreEachMeasuresTimeLimitInAText() {
    JsonPath answer =
        TableImportTest.dryRun(String.join("\n", PLAN).getBytes(StandardCharsets.UTF_8), TEXT);
    assertEquals(plan(null), problems(answer), answer.prettify());
    assertEquals(PLAN_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void stagesBesideTwoMeasuresOfAPlanAreEachMeasuresTimeLimitInWordParagraphs() {
    JsonPath answer =
        TableImportTest.dryRun(Ledgers.docx(List.<Object>copyOf(PLAN)), DocumentText.DOCX);
    assertEquals(plan(null), problems(answer), answer.prettify());
    assertEquals(PLAN_WARNINGS, answer.getList("warnings"), answer.prettify());
  }

  @Test
  void anImportKeepsTheReadingOfTheStages() {
    JsonPath answer =
        ParagraphImports.commit(String.join("\n", PLAN).getBytes(StandardCharsets.UTF_8), TEXT);
    // the answer of an import names no origin
    List<Map<String, Object>> expected = new ArrayList<>();
    for (Map<String, Object> p : plan(null)) {
      Map<String, Object> q = new LinkedHashMap<>(p);
      q.put("origin", null);
      expected.add(q);
    }
    assertEquals(expected, problems(answer), answer.prettify());
  }

  /** {@link TimeStagesTable}, rows 2 to 6. */
  private static List<Map<String, Object>> table(String format) {
    return List.of(
        problem(
            "问责工作不到位",
            "问责工作不到位。",
            List.of(),
            tableOrSheetRows(format, 2, 2),
            List.of(
                measure("建立问责台账。", List.of("纪检监察室"), null, "马超", "DEADLINE", "2024-06-30"),
                measure("建立问责台账。", List.of("纪检监察室"), null, "马超", "LONG_TERM", null))),
        problem(
            "制度建设滞后",
            "制度建设滞后。",
            List.of(),
            tableOrSheetRows(format, 3, 3),
            List.of(
                measure("修订管理制度", List.of("院办公室"), null, "王五", "DEADLINE", "2024-09-30"),
                measure("开展制度执行检查。", List.of("院办公室"), null, "王五", "LONG_TERM", null))),
        problem(
            "档案管理不规范",
            "档案管理不规范。",
            List.of(),
            tableOrSheetRows(format, 4, 4),
            List.of(
                measure("清理档案", List.of("档案室"), null, "赵六", "DEADLINE", "2024-10-31"),
                measure("建立档案台账。", List.of("办公室"), null, "孙七", "LONG_TERM", null))),
        problem(
            "会风不实",
            "会风不实。",
            List.of(),
            tableOrSheetRows(format, 5, 5),
            List.of(
                measure("精简会议。", List.of("办公室"), null, "李四", "IMMEDIATE", null),
                measure("精简会议。", List.of("办公室"), null, "李四", "LONG_TERM", null))),
        problem(
            "学风不浓",
            "学风不浓。",
            List.of(),
            tableOrSheetRows(format, 6, 6),
            List.of(
                measure("加强学习。", List.of("党办"), null, "周八", "DEADLINE", "2024-12-31"),
                measure("加强学习。", List.of("党办"), null, "周八", "LONG_TERM", null))));
  }

  private static List<String> tableWarnings(String format) {
    String where = format.equals("docx") ? "Table " : "Sheet 「台账」 ";
    return List.of(
        "Problem 「问责工作不到位」, measure 「建立问责台账。」: 「1.2024年6月底前；2.长期坚持」 numbers the measure's stages, one of them 长期坚持: the measure is held in both stages, as two measures of its text: one DEADLINE by 2024-06-30, and one LONG_TERM (长期坚持) without a deadline.",
        where
            + "row 3: the 整改措施 cell lists 2 numbered measures (「修订管理制度」 …); each was imported as a measure of its own, without its number, with the item of the same number in the numbered duty cells and the row's other duties.",
        where
            + "row 4: the 整改措施 cell lists 2 numbered measures (「清理档案」 …); each was imported as a measure of its own, without its number, with the item of the same number in the numbered duty cells and the row's other duties.",
        "Problem 「会风不实」, measure 「精简会议。」: 「1.立行立改；2.长期坚持」 numbers the measure's stages, one of them 长期坚持, the other 立行立改: the measure is held in both stages, as two measures of its text: one IMMEDIATE (立行立改), and one LONG_TERM (长期坚持) without a deadline.",
        "Problem 「学风不浓」, measure 「加强学习。」: 「近期：2024年12月底前；中长期：长期坚持」 names the measure's stages, one of them 长期坚持: the measure is held in both stages, as two measures of its text: one DEADLINE by 2024-12-31, and one LONG_TERM (长期坚持) without a deadline.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aTimeLimitCellOfStagesIsHeldInBothBesideOneMeasureAndEachMeasuresBesideTwo(String format) {
    JsonPath answer = dryRunTableFile(format, TimeStagesTable.file(format));
    assertEquals(table(format), problems(answer), answer.prettify());
    assertEquals(tableWarnings(format), answer.getList("warnings"), answer.prettify());
  }
}
