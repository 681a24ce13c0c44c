package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * A third outside test's findings, rebuilt as real files (Word written by POI, PDF by PDFBox) and
 * read through {@code POST /sources/{id}/import?dryRun=true}: labels written without their colon,
 * label words inside a measure's text.
 */
@QuarkusTest
class ImportOutsideFindingsAgainTest {

  private static JsonPath word(String... paragraphs) {
    return TableImportTest.dryRun(Ledgers.docx(List.of((Object[]) paragraphs)), DocumentText.DOCX);
  }

  @Test
  void labelsWrittenWithoutTheirColonAreLabels() {
    JsonPath answer =
        word(
            "××局整改方案",
            "1.公务接待不规范的问题",
            "整改措施：修订接待制度。",
            "责任单位 办公室",
            "责任人 李四",
            "整改时限 2024年6月30日",
            "2.政府采购程序不规范的问题",
            "整改措施 规范采购流程。",
            "责任领导 张三 责任单位 财务科 责任人 王五 整改时限 2024年7月31日");
    assertEquals(
        List.of("公务接待不规范的问题", "政府采购程序不规范的问题"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of("修订接待制度。"), List.of("规范采购流程。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of(List.of("办公室")), List.of(List.of("财务科"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of("李四"), List.of("王五")),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(null, answer.getString("problems[0].measures[0].leaderInCharge"));
    assertEquals("张三", answer.getString("problems[1].measures[0].leaderInCharge"));
    assertEquals(
        List.of(List.of("2024-06-30"), List.of("2024-07-31")),
        answer.getList("problems.measures.deadline"));
  }

  @Test
  void aLabelWordInsideAMeasureDoesNotCutIt() {
    JsonPath answer =
        word(
            "××局整改方案",
            "1.公务接待不规范的问题",
            "整改措施：明确责任单位：各科室按分工落实接待制度，逐项核对。",
            "责任单位：办公室；责任人：李四；整改时限：2024年6月30日",
            "2.政府采购程序不规范的问题",
            "整改措施：压实主体责任，责任人：由分管领导牵头，逐项督办销号。",
            "责任单位：财务科；责任人：王五；整改时限：2024年7月31日",
            "3.会议偏多的问题",
            "整改措施：精简会议，落实责任人：",
            "责任单位：办公室；责任人：李四；整改时限：2024年8月31日");
    assertEquals(
        List.of(
            List.of("明确责任单位：各科室按分工落实接待制度，逐项核对。"),
            List.of("压实主体责任，责任人：由分管领导牵头，逐项督办销号。"),
            List.of("精简会议，落实责任人：")),
        answer.getList("problems.measures.measure"),
        answer.prettify());
    assertEquals(
        List.of(List.of(List.of("办公室")), List.of(List.of("财务科")), List.of(List.of("办公室"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of("李四"), List.of("王五"), List.of("李四")),
        answer.getList("problems.measures.responsiblePerson"));
  }
}
