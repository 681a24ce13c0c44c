package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * Word rectification tables without cell borders whose 问题 cell (and its 序号) is merged down over the
 * rows of its several measures, printed to PDF: the rows below a problem's first give no 序号 and no
 * 问题, and their 整改措施 need not end a sentence. Each .docx is a Word table written with its borders
 * removed, its cells set at the top and its paragraphs 10 pt apart as Word's Normal style sets
 * them; each PDF is LibreOffice 24's export of it. A table whose merged cells are centred is still
 * refused (422), never read wrong (0394). Through {@code POST /sources/{id}/import?dryRun}.
 */
@QuarkusTest
class ImportPdfMergedCellsReadTest {

  @Test
  void problemsMergedOverTwoAndThreeMeasureRowsReadAsTheDocx() {
    // 问题 and 序号 merged over rows 1–2 and over rows 4–6; the second measure of each has no 配合单位
    JsonPath read =
        ImportPdfBorderlessReadRightTest.readAsItsDocx("borderless-merged-top-two-rows");
    assertEquals(
        List.of(
            "理论学习不够深入，学用结合不紧密", "财务管理制度执行不到位，报销凭证附件不齐全", "意识形态工作责任制落实不到位，阵地管理存在薄弱环节", "公务用车管理不规范"),
        read.getList("problems.title"));
    assertEquals(List.of(2, 1, 3, 1), read.getList("problems.collect { it.measures.size() }"));
    measure(
        read,
        "problems[0].measures[0]",
        "制定年度学习计划，每月开展一次集中学习研讨",
        List.of("党委办公室"),
        List.of("组织部"),
        "王建国",
        "李明",
        "2025-01-30");
    measure(
        read,
        "problems[0].measures[1]",
        "修订财务报销制度",
        List.of("财务处"),
        List.of(),
        "王建国",
        "陈刚",
        "2025-02-28");
    measure(
        read,
        "problems[1].measures[0]",
        "开展凭证专项检查，逐笔核对附件并建立问题台账，按月通报整改情况",
        List.of("宣传部"),
        List.of("信息中心"),
        "李华",
        "刘洋",
        "2025-03-30");
    measure(
        read,
        "problems[2].measures[0]",
        "健全意识形态工作责任清单",
        List.of("后勤保障处"),
        List.of("工会"),
        "赵强",
        "周敏",
        "2025-04-30");
    measure(
        read,
        "problems[2].measures[1]",
        "加强网络阵地管理，落实信息发布三审三校制度",
        List.of("档案室"),
        List.of(),
        "赵强",
        "孙丽",
        "2025-05-30");
    measure(
        read,
        "problems[2].measures[2]",
        "完善车辆使用登记",
        List.of("安全生产科"),
        List.of("纪检监察室"),
        "赵强",
        "赵磊",
        "2025-06-30");
    measure(
        read,
        "problems[3].measures[0]",
        "清理档案，补齐缺失材料并建立借阅登记制度，定期检查",
        List.of("办公室"),
        List.of("组织部"),
        "王建国",
        "王芳",
        "2025-07-30");
  }

  @Test
  void aProblemColumnBeforeThe序号MergedOverUpToFourRowsReadsAsTheDocx() {
    // 问题描述 first, 序号 second, both merged over 1–4 measure rows
    JsonPath read =
        ImportPdfBorderlessReadRightTest.readAsItsDocx("borderless-merged-problem-column-first");
    assertEquals(7, read.getList("problems").size());
    assertEquals(
        List.of(1, 4, 2, 2, 3, 1, 2), read.getList("problems.collect { it.measures.size() }"));
    measure(
        read,
        "problems[1].measures[0]",
        "修订财务报销制度",
        List.of("财务处"),
        List.of(),
        "李华",
        "陈刚",
        "2025-02-28");
    measure(
        read,
        "problems[1].measures[3]",
        "加强网络阵地管理，落实信息发布三审三校制度",
        List.of("档案室"),
        List.of(),
        "李华",
        "孙丽",
        "2025-05-30");
    measure(
        read,
        "problems[4].measures[2]",
        "修订财务报销制度",
        List.of("后勤保障处"),
        List.of("纪检监察室"),
        "李华",
        "孙丽",
        "2025-12-30");
  }

  @Test
  void aProblemMergedOverNumberedMeasureRowsKeepsItsTitleWhole() {
    // 序号 1–24 number the measure rows; a title wrapped onto its second row's first line is its own
    JsonPath read =
        ImportPdfBorderlessReadRightTest.readAsItsDocx("borderless-merged-numbered-measure-rows");
    assertEquals(8, read.getList("problems").size());
    assertEquals("意识形态工作责任制落实不到位，阵地管理存在薄弱环节", read.getString("problems[2].title"));
    assertEquals(
        List.of(3, 3, 3, 3, 3, 3, 3, 3), read.getList("problems.collect { it.measures.size() }"));
    measure(
        read,
        "problems[2].measures[1]",
        "开展安全生产专项检查",
        List.of("法规科"),
        List.of(),
        "赵强",
        "李明",
        "2025-08-30");
  }

  @Test
  void aTableWhoseMergedCellsAreCentredIsStillRefused() {
    // 问题 and 序号 centred over their rows: a row's 序号 stands beside another problem's measure
    Api.importAnswer(
            RestAssured.given().queryParam("dryRun", "true"),
            source("整改台账"),
            file("borderless-merged-centred.pdf"),
            DocumentText.PDF)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", endsWith("/problems/pdf-table-unreadable"))
        .body("detail", containsString("printed without cell borders"));
  }

  private static byte[] file(String name) {
    try {
      return ImportAnswers.resource("/documents/" + name);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void measure(
      JsonPath read,
      String at,
      String measure,
      List<String> units,
      List<String> coUnits,
      String leader,
      String person,
      String deadline) {
    assertEquals(measure, read.getString(at + ".measure"), at);
    assertEquals(units, read.getList(at + ".responsibleUnits"), at);
    assertEquals(coUnits, read.getList(at + ".coResponsibleUnits"), at);
    assertEquals(leader, read.getString(at + ".leaderInCharge"), at);
    assertEquals(person, read.getString(at + ".responsiblePerson"), at);
    assertEquals(deadline, read.getString(at + ".deadline"), at);
  }
}
