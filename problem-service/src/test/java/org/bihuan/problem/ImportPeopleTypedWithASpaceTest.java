package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.bihuan.problem.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name of a one-character surname and a one-character given name typed with a space (王 强) is one
 * person 王强, also beside another person in the same value (李明 王 强, 王 强 李明: two people), while names
 * of two characters a space apart stay two (王强 李明). Plans as text and as Word paragraphs, Word and
 * Excel tables written by POI, through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0358).
 */
@QuarkusTest
class ImportPeopleTypedWithASpaceTest {

  private static final String PLAN =
      """
      县统计局整改方案
      1.统计台账不规范。
      整改措施：建立统计台账审核制度。
      责任领导：宫 平　责任单位：综合科　责任人：王 强　完成时限：2025年3月31日
      2.数据报送不及时。
      整改措施：明确数据报送时间节点。
      责任单位：核算科　责任人：李明 王 强　完成时限：2025年4月30日
      3.统计培训不足。
      整改措施：每季度开展统计业务培训。
      责任单位：办公室　责任人：王 强 李明　完成时限：2025年5月31日
      4.统计执法检查不够。
      整改措施：制定年度统计执法检查计划。
      责任单位：执法大队　责任人：王强 李明　完成时限：2025年6月30日
      """;

  private static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "完成时限"),
              row(1, "统计台账不规范。", "建立统计台账审核制度。", "宫 平", "综合科", "王 强", "2025年3月31日"),
              row(2, "数据报送不及时。", "明确数据报送时间节点。", "", "核算科", "李明 王 强", "2025年4月30日"),
              row(3, "统计培训不足。", "每季度开展统计业务培训。", "", "办公室", "王 强 李明", "2025年5月31日"),
              row(4, "统计执法检查不够。", "制定年度统计执法检查计划。", "", "执法大队", "王强 李明", "2025年6月30日")),
          List.of(),
          7);

  private static final List<String> PEOPLE = List.of("王强", "李明、王强", "王强、李明", "王强、李明");

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aNameTypedWithASpaceIsOnePersonInAPlan(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "统计台账不规范",
                "统计台账不规范。",
                List.of(),
                lines(2, 4, null),
                List.of(
                    measure("建立统计台账审核制度。", List.of("综合科"), "宫平", "王强", "DEADLINE", "2025-03-31"))),
            problem(
                "数据报送不及时",
                "数据报送不及时。",
                List.of(),
                lines(5, 7, null),
                List.of(
                    measure(
                        "明确数据报送时间节点。", List.of("核算科"), null, "李明、王强", "DEADLINE", "2025-04-30"))),
            problem(
                "统计培训不足",
                "统计培训不足。",
                List.of(),
                lines(8, 10, null),
                List.of(
                    measure(
                        "每季度开展统计业务培训。", List.of("办公室"), null, "王强、李明", "DEADLINE", "2025-05-31"))),
            problem(
                "统计执法检查不够",
                "统计执法检查不够。",
                List.of(),
                lines(11, 13, null),
                List.of(
                    measure(
                        "制定年度统计执法检查计划。",
                        List.of("执法大队"),
                        null,
                        "王强、李明",
                        "DEADLINE",
                        "2025-06-30")))),
        problems(answer),
        answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aNameTypedWithASpaceIsOnePersonInATable(String format) {
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "统计整改台账", TABLE));
    List<Map<String, Object>> read = problems(answer);
    assertEquals(
        List.of(
            problem(
                "统计台账不规范",
                "统计台账不规范。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("建立统计台账审核制度。", List.of("综合科"), "宫平", "王强", "DEADLINE", "2025-03-31"))),
            problem(
                "数据报送不及时",
                "数据报送不及时。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure(
                        "明确数据报送时间节点。", List.of("核算科"), null, "李明、王强", "DEADLINE", "2025-04-30"))),
            problem(
                "统计培训不足",
                "统计培训不足。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(
                    measure(
                        "每季度开展统计业务培训。", List.of("办公室"), null, "王强、李明", "DEADLINE", "2025-05-31"))),
            problem(
                "统计执法检查不够",
                "统计执法检查不够。",
                List.of(),
                tableOrSheetRows(format, 5, 5),
                List.of(
                    measure(
                        "制定年度统计执法检查计划。",
                        List.of("执法大队"),
                        null,
                        "王强、李明",
                        "DEADLINE",
                        "2025-06-30")))),
        read,
        answer.prettify());
    assertEquals(
        PEOPLE,
        answer.getList("problems.collect { it.measures[0].responsiblePerson }"),
        answer.prettify());
  }
}
