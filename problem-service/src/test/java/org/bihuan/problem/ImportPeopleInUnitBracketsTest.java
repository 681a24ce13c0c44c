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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A person named in brackets after a unit — 医政股（张明）, 1.投诉举报中心（吴刚）2.法规科（郑丽） beside one measure,
 * ①基层卫生股（李华）②医政股（张明） — in a plan's 责任单位 line and in a Word table's or an Excel ledger's 责任单位 cell,
 * where the items do not pair with measures: every unit answers and the people are the responsible
 * people, as 责任人：吴刚、郑丽 reads. A bracket that is the unit's other name (党委办公室), a role (牵头, 配合) or a
 * post (主任) stays as before. Read through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0311).
 */
@QuarkusTest
class ImportPeopleInUnitBracketsTest {

  private static final String PLAN =
      """
      ××县卫生健康局巡察整改方案
      一、存在问题及整改措施
      1.投诉举报办理不及时。
      整改措施：建立投诉举报限时办结制度。
      责任单位：1.投诉举报中心（吴刚）2.法规科（郑丽）
      整改时限：2025年6月30日
      2.基层医疗机构监管不到位。
      整改措施：开展基层医疗机构专项检查。
      责任单位：医政股（张明）
      整改时限：2025年7月31日
      3.家庭医生签约服务流于形式。
      整改措施：开展签约服务质量核查。
      责任单位：①基层卫生股（李华）②医政股（张明）
      整改时限：2025年8月31日
      4.公文办理不规范。
      整改措施：修订公文处理办法。
      责任单位：办公室（党委办公室）
      责任人：王五
      整改时限：2025年9月30日
      5.档案管理不规范。
      整改措施：开展档案清理。
      责任单位：档案室（牵头）、办公室（配合）
      整改时限：2025年10月31日
      6.值班制度落实不到位。
      整改措施：修订值班制度。
      责任单位：办公室（主任）
      整改时限：2025年11月30日
      """;

  private static Map<String, Object> helped(Map<String, Object> measure, List<String> coUnits) {
    Map<String, Object> m = new LinkedHashMap<>(measure);
    m.put("coResponsibleUnits", coUnits);
    return m;
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPersonInAUnitsBracketIsTheResponsiblePerson(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "投诉举报办理不及时",
                "投诉举报办理不及时。",
                List.of(),
                lines(3, 6, null),
                List.of(
                    measure(
                        "建立投诉举报限时办结制度。",
                        List.of("投诉举报中心", "法规科"),
                        null,
                        "吴刚、郑丽",
                        "DEADLINE",
                        "2025-06-30"))),
            problem(
                "基层医疗机构监管不到位",
                "基层医疗机构监管不到位。",
                List.of(),
                lines(7, 10, null),
                List.of(
                    measure(
                        "开展基层医疗机构专项检查。", List.of("医政股"), null, "张明", "DEADLINE", "2025-07-31"))),
            problem(
                "家庭医生签约服务流于形式",
                "家庭医生签约服务流于形式。",
                List.of(),
                lines(11, 14, null),
                List.of(
                    measure(
                        "开展签约服务质量核查。",
                        List.of("基层卫生股", "医政股"),
                        null,
                        "李华、张明",
                        "DEADLINE",
                        "2025-08-31"))),
            problem(
                "公文办理不规范",
                "公文办理不规范。",
                List.of(),
                lines(15, 19, null),
                List.of(
                    measure(
                        "修订公文处理办法。", List.of("办公室（党委办公室）"), null, "王五", "DEADLINE", "2025-09-30"))),
            problem(
                "档案管理不规范",
                "档案管理不规范。",
                List.of(),
                lines(20, 23, null),
                List.of(
                    helped(
                        measure("开展档案清理。", List.of("档案室"), null, null, "DEADLINE", "2025-10-31"),
                        List.of("办公室")))),
            problem(
                "值班制度落实不到位",
                "值班制度落实不到位。",
                List.of(),
                lines(24, 27, null),
                List.of(
                    measure("修订值班制度。", List.of("办公室（主任）"), null, null, "DEADLINE", "2025-11-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  private static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
              row(1, "投诉举报办理不及时。", "建立投诉举报限时办结制度。", "1.办公室（张三）2.财务处（李四）", null, "2025年6月30日"),
              row(2, "基层医疗机构监管不到位。", "开展基层医疗机构专项检查。", "医政股（张明）", null, "2025年7月31日"),
              row(
                  3,
                  "公务接待不规范。",
                  "1.清理公务接待账目；2.修订公务接待管理制度。",
                  "1.办公室（王五）2.财务处（赵六）",
                  null,
                  "2025年8月31日"),
              row(4, "公文办理不规范。", "修订公文处理办法。", "办公室（党委办公室）", "王五", "2025年9月30日"),
              row(5, "值班制度落实不到位。", "修订值班制度。", "办公室（主任）", null, "2025年11月30日")),
          List.of(),
          6);

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aPersonInAUnitsCellsBracketIsTheResponsiblePerson(String format) {
    byte[] file = Ledgers.docxOrXlsx(format, "巡察反馈问题整改任务清单", TABLE);
    JsonPath answer = dryRunTableFile(format, file);
    assertEquals(
        List.of(
            problem(
                "投诉举报办理不及时",
                "投诉举报办理不及时。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure(
                        "建立投诉举报限时办结制度。",
                        List.of("办公室", "财务处"),
                        null,
                        "张三、李四",
                        "DEADLINE",
                        "2025-06-30"))),
            problem(
                "基层医疗机构监管不到位",
                "基层医疗机构监管不到位。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure(
                        "开展基层医疗机构专项检查。", List.of("医政股"), null, "张明", "DEADLINE", "2025-07-31"))),
            problem(
                "公务接待不规范",
                "公务接待不规范。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(
                    measure("清理公务接待账目", List.of("办公室"), null, "王五", "DEADLINE", "2025-08-31"),
                    measure("修订公务接待管理制度。", List.of("财务处"), null, "赵六", "DEADLINE", "2025-08-31"))),
            problem(
                "公文办理不规范",
                "公文办理不规范。",
                List.of(),
                tableOrSheetRows(format, 5, 5),
                List.of(
                    measure(
                        "修订公文处理办法。", List.of("办公室（党委办公室）"), null, "王五", "DEADLINE", "2025-09-30"))),
            problem(
                "值班制度落实不到位",
                "值班制度落实不到位。",
                List.of(),
                tableOrSheetRows(format, 6, 6),
                List.of(
                    measure("修订值班制度。", List.of("办公室（主任）"), null, null, "DEADLINE", "2025-11-30")))),
        problems(answer),
        answer.prettify());
    String where = format.equals("docx") ? "Table row " : "Sheet 「台账」 row ";
    assertEquals(
        List.of(
            where
                + "2: the 「责任单位」 cell lists 2 numbered items (「办公室（张三）」 …) beside 1 measure; they"
                + " could not be matched by number, so the measure was given all of them, without"
                + " their numbers. Check which one serves which measure.",
            where
                + "4: the 整改措施 cell lists 2 numbered measures (「清理公务接待账目」 …); each was imported as a"
                + " measure of its own, without its number, with the item of the same number in the"
                + " numbered duty cells and the row's other duties."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
