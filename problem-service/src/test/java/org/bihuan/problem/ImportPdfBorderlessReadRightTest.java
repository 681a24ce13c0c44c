package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * Tables printed to PDF without cell borders that are read right, though their cells hold what a
 * misread table leaves too: duty words (部门负责人, 明确责任单位、责任人和完成时限, 各部门各单位), a title beginning with a
 * count equal to its row's 序号 (2处隐患…), two dates on two lines of one 完成时限 cell, a 序号 counting the
 * measures of a problem merged over them (0369). Each PDF is LibreOffice 24's export of the .docx
 * beside it (a Word table without borders, its cells at the top); its dry run answers 200 with the
 * problems and fields of the .docx's. Through {@code POST /sources/{id}/import?dryRun}.
 */
@QuarkusTest
class ImportPdfBorderlessReadRightTest {

  private static byte[] file(String name) {
    try {
      return ImportAnswers.resource("/documents/" + name);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void cellsHoldingDutyWordsAreReadNotRefused() {
    // 部门负责人 in a 责任人 cell, 明确责任单位、责任人和完成时限 in a measure, 各部门各单位 as units
    JsonPath read = readAsItsDocx("borderless-read-duty-words");
    assertEquals(
        List.of("会议记录不规范，部分会议未形成纪要", "档案管理混乱，部分档案缺失", "安全生产检查流于形式"),
        read.getList("problems.title"));
    measure(
        read,
        "problems[0].measures[0]",
        "明确责任单位、责任人和完成时限，建立会议纪要制度",
        List.of("办公室"),
        "王建国",
        "部门负责人",
        "2024-12-31");
    measure(
        read,
        "problems[1].measures[0]",
        "由分管领导约谈各部门负责人，逐项补齐档案",
        List.of("各部门各单位"),
        "李华",
        "单位主要负责人",
        "2024-11-30");
    measure(
        read,
        "problems[2].measures[0]",
        "开展安全生产专项检查，建立隐患台账",
        List.of("安全生产科"),
        "赵强",
        "张伟",
        "2024-10-31");
  }

  @Test
  void titlesBeginningWithACountEqualToTheirRowsNumberAreReadNotRefused() {
    // 2处隐患… in the row numbered 2, 3个问题… in the row numbered 3: the 序号 column holds them apart
    JsonPath read = readAsItsDocx("borderless-read-counted-titles");
    assertEquals(
        List.of("理论学习不够深入，学用结合不紧密", "2处隐患未整改，消防通道堵塞", "3个问题整改不到位，存在敷衍应付现象"),
        read.getList("problems.title"));
    measure(
        read,
        "problems[0].measures[0]",
        "制定年度学习计划，每月开展一次集中学习研讨",
        List.of("党委办公室"),
        "王建国",
        "李明",
        "2024-09-30");
    measure(
        read,
        "problems[1].measures[0]",
        "清理消防通道，完成隐患整改并复查",
        List.of("后勤保障处"),
        "李华",
        "陈刚",
        "2024-10-31");
    measure(
        read,
        "problems[2].measures[0]",
        "逐项核查整改情况，对敷衍应付的严肃问责",
        List.of("纪检监察室"),
        "赵强",
        "刘洋",
        "2024-11-30");
  }

  @Test
  void aTimeLimitCellOfTwoDatesOnTwoLinesIsReadNotRefused() {
    // 2024年6月30日 ⏎ 2024年12月31日 in the first row's 完成时限, every other cell of the row one line
    JsonPath read = readAsItsDocx("borderless-read-two-dates");
    assertEquals(
        List.of("理论学习不够深入，学用结合不紧密", "财务管理制度执行不到位，报销凭证附件不齐全", "意识形态工作责任制落实不到位"),
        read.getList("problems.title"));
    measure(
        read,
        "problems[0].measures[0]",
        "制定年度学习计划，每月开展一次集中学习研讨",
        List.of("党委办公室"),
        "王建国",
        "李明",
        "2024-12-31"); // the later of the cell's two dates, as the .docx is read
    measure(
        read,
        "problems[1].measures[0]",
        "修订财务报销制度，开展凭证专项检查",
        List.of("财务处"),
        "李华",
        "陈刚",
        "2024-10-31");
    measure(
        read,
        "problems[2].measures[0]",
        "健全意识形态工作责任清单，定期分析研判",
        List.of("宣传部"),
        "赵强",
        "刘洋",
        "2024-11-30");
  }

  @Test
  void a序号CountingTheMeasuresOfAMergedProblemIsReadNotRefused() {
    // 序号 1–5 number the measure rows; 问题描述 is merged over rows 1–2 and over rows 4–5
    JsonPath read = readAsItsDocx("borderless-read-merged-problem-seq");
    assertEquals(
        List.of("理论学习不够深入，学用结合不紧密", "财务管理制度执行不到位，报销凭证附件不齐全", "意识形态工作责任制落实不到位"),
        read.getList("problems.title"));
    assertEquals(List.of(2, 1, 2), read.getList("problems.collect { it.measures.size() }"));
    measure(
        read,
        "problems[0].measures[0]",
        "制定年度学习计划，每月开展一次集中学习研讨",
        List.of("党委办公室"),
        "王建国",
        "李明",
        "2024-09-30");
    measure(
        read,
        "problems[0].measures[1]",
        "建立学习考勤通报制度，纳入年度考核",
        List.of("组织部"),
        "王建国",
        "周敏",
        "2024-10-31");
    measure(
        read,
        "problems[1].measures[0]",
        "修订财务报销制度，开展凭证专项检查",
        List.of("财务处"),
        "李华",
        "陈刚",
        "2024-11-30");
    measure(
        read,
        "problems[2].measures[0]",
        "健全意识形态工作责任清单，定期分析研判",
        List.of("宣传部"),
        "赵强",
        "刘洋",
        "2024-12-15");
    measure(
        read,
        "problems[2].measures[1]",
        "加强网络阵地管理，落实信息发布审核",
        List.of("网信办"),
        "赵强",
        "孙丽",
        "2024-12-31");
  }

  /** The PDF's dry run (200), having asserted its problems and fields are the .docx's. */
  static JsonPath readAsItsDocx(String name) {
    JsonPath pdf = read(file(name + ".pdf"), DocumentText.PDF);
    JsonPath docx = read(file(name + ".docx"), DocumentText.DOCX);
    assertEquals(fields(docx), fields(pdf));
    return pdf;
  }

  private static JsonPath read(byte[] body, String mediaType) {
    Response answer = Api.dryRunAnswer(Api.patient(), source("整改台账"), body, mediaType);
    assertEquals(200, answer.statusCode(), answer.asString());
    return answer.jsonPath();
  }

  private static List<String> fields(JsonPath answer) {
    List<String> out = new ArrayList<>();
    List<Map<String, Object>> problems = answer.getList("problems");
    for (Map<String, Object> p : problems) {
      out.add("title=" + p.get("title"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> measures = (List<Map<String, Object>>) p.get("measures");
      for (Map<String, Object> m : measures) {
        out.add(
            "measure="
                + m.get("measure")
                + " units="
                + m.get("responsibleUnits")
                + " leader="
                + m.get("leaderInCharge")
                + " person="
                + m.get("responsiblePerson")
                + " deadline="
                + m.get("deadline"));
      }
    }
    return out;
  }

  private static void measure(
      JsonPath read,
      String at,
      String measure,
      List<String> units,
      String leader,
      String person,
      String deadline) {
    assertEquals(measure, read.getString(at + ".measure"), at);
    assertEquals(units, read.getList(at + ".responsibleUnits"), at);
    assertEquals(leader, read.getString(at + ".leaderInCharge"), at);
    assertEquals(person, read.getString(at + ".responsiblePerson"), at);
    assertEquals(deadline, read.getString(at + ".deadline"), at);
  }
}
