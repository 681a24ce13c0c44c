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

  /** The PDF's dry run (200), having asserted its problems and fields are the .docx's. */
  private static JsonPath readAsItsDocx(String name) {
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
