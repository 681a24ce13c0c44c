package org.bihuan.problem;

import static org.bihuan.problem.support.Api.dryRun;
import static org.bihuan.problem.support.LedgerSheets.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.problem.support.GroupedTables;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bare 责任部门 label followed by a list of six units, longer than one name may be, is still a label
 * (the person before it stays one name); N/A, n/a, NA and N.A. in a person, unit or leader value
 * are placeholders like 无 (docs/decisions/0297).
 */
@QuarkusTest
class ImportLongUnitListsAndNotApplicableTest {

  static final String DOCX = ImportRevisedDocumentTest.DOCX;

  static final String BARE_PLAN =
      """
      关于整改工作的方案
      一、问题及整改措施
      1.问题第1项不规范。
      整改措施：完善制度。
      具体责任人 沈娜 责任部门 宣传部、机关事务管理中心 整改时限 2025年7月27日
      2.问题第2项不规范。
      整改措施：完善制度。
      具体责任人 沈娜 责任部门 宣传部、后勤服务中心、机关事务管理中心、办公室、纪检组、审计科 整改时限 2025年7月27日
      """;

  static final String NOT_APPLICABLE_PLAN =
      """
      关于整改工作的方案
      一、问题及整改措施
      1.问题第1项不规范。
      整改措施：完善制度。
      责任领导：N/A；责任单位：办公室；具体责任人：N/A；整改时限：2025年7月27日
      2.问题第2项不规范。
      整改措施：健全台账。
      责任领导：n/a；责任单位：财务科、NA；具体责任人：N.A.；整改时限：2025年8月31日
      """;

  static JsonPath dryRunOf(String format, String text) throws IOException {
    byte[] body =
        format.equals("txt") ? text.getBytes(StandardCharsets.UTF_8) : FormatFiles.paragraphs(text);
    String type = format.equals("txt") ? "text/plain; charset=UTF-8" : DOCX;
    return new JsonPath(dryRun("长单位清单与N/A " + format, body, type));
  }

  @ParameterizedTest
  @ValueSource(strings = {"txt", "docx"})
  void aLongListOfUnitsAfterABareLabelIsTheUnits(String format) throws IOException {
    JsonPath answer = dryRunOf(format, BARE_PLAN);
    assertEquals(2, answer.getList("problems").size());
    assertEquals("沈娜", answer.getString("problems[1].measures[0].responsiblePerson"));
    assertEquals(
        List.of("宣传部", "后勤服务中心", "机关事务管理中心", "办公室", "纪检组", "审计科"),
        answer.getList("problems[1].measures[0].responsibleUnits"));
    assertEquals("2025-07-27", answer.getString("problems[1].measures[0].deadline"));
    assertEquals(
        List.of("宣传部", "机关事务管理中心"), answer.getList("problems[0].measures[0].responsibleUnits"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"txt", "docx"})
  void notApplicableInEnglishIsNoLeaderPersonOrUnit(String format) throws IOException {
    JsonPath answer = dryRunOf(format, NOT_APPLICABLE_PLAN);
    assertEquals(2, answer.getList("problems").size());
    for (int i = 0; i < 2; i++) {
      String m = "problems[" + i + "].measures[0].";
      assertEquals(null, answer.getString(m + "leaderInCharge"), m);
      assertEquals(null, answer.getString(m + "responsiblePerson"), m);
    }
    assertEquals(List.of("办公室"), answer.getList("problems[0].measures[0].responsibleUnits"));
    assertEquals(List.of("财务科"), answer.getList("problems[1].measures[0].responsibleUnits"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xlsx", "docx"})
  void notApplicableCellsOfATableAreEmpty(String format) {
    List<Object> headings = List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "配合单位", "责任人", "完成时限");
    Ledgers.Table table =
        new Ledgers.Table(
            "台账",
            List.of(
                headings,
                row(1, "公务接待不规范。", "修订接待制度。", "N/A", "办公室", "n/a", "N/A", GroupedTables.SEP),
                row(2, "会议偏多。", "精简会议。", "张三", "N.A.", "NA", "李四", GroupedTables.DEC)),
            List.of(),
            headings.size());
    String type =
        format.equals("xlsx")
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : DOCX;
    JsonPath answer =
        new JsonPath(dryRun("N/A 单元格 " + format, GroupedTables.write(format, table), type));
    assertEquals(2, answer.getList("problems").size());
    assertEquals(null, answer.getString("problems[0].measures[0].leaderInCharge"));
    assertEquals(null, answer.getString("problems[0].measures[0].responsiblePerson"));
    assertEquals(List.of("办公室"), answer.getList("problems[0].measures[0].responsibleUnits"));
    assertEquals(List.of(), answer.getList("problems[0].measures[0].coResponsibleUnits"));
    assertEquals(List.of(), answer.getList("problems[1].measures[0].responsibleUnits"));
    assertEquals(List.of(), answer.getList("problems[1].measures[0].coResponsibleUnits"));
    assertEquals("张三", answer.getString("problems[1].measures[0].leaderInCharge"));
  }
}
