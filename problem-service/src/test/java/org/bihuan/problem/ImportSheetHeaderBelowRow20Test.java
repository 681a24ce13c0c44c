package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.sheetRows;
import static org.bihuan.problem.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.SheetFindings;
import org.junit.jupiter.api.Test;

/**
 * A ledger whose header row stands below row 20, under a 填报说明 of 22 lines ({@link
 * SheetFindings#lowHeader}): a row that is clearly a header — every filled cell names a known
 * column, 问题 among three kinds at least, no value of data — is read as the header wherever it
 * stands, and the dry run says where it was found and that the rows above it were not imported; a
 * header-like row there with a column no table of problems names is not, and the 422 says that the
 * header is looked for in the first 20 rows and which row below them looks like one. Through {@code
 * POST /sources/{id}/import?dryRun=true} (docs/decisions/0319).
 */
@QuarkusTest
class ImportSheetHeaderBelowRow20Test {

  @Test
  void aClearHeaderBelowRow20IsReadAsTheHeaderAndNamed() {
    JsonPath answer =
        dryRunPath("外部文件", SheetFindings.lowHeader(SheetFindings.HEADER), DocumentText.XLSX);
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "督查检查过多过频",
                "督查检查过多过频。",
                List.of(),
                sheetRows("台账", 25, 25),
                List.of(
                    measure("精简督查检查事项。", List.of("办公室"), null, "张伟", "DEADLINE", "2024-09-30"))),
            problem(
                "公务接待超标准",
                "公务接待超标准。",
                List.of(),
                sheetRows("台账", 26, 26),
                List.of(
                    measure("修订公务接待管理办法。", List.of("财务科"), null, "李娜", "DEADLINE", "2024-11-30"))));
    assertEquals(expected, problems(answer), answer.prettify());
    assertEquals(
        List.of(
            "Sheet 「台账」: its header row is row 24 (「序号 存在问题 整改措施 责任单位 责任人 整改时限」), below the"
                + " first 20 rows where a header is looked for; it was read as the header, and the"
                + " 23 rows above it were not imported."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @Test
  void aHeaderLikeRowBelowRow20WithAColumnUnknownIsNamedInThe422() {
    List<Object> header = row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限", "审签栏");
    String note =
        "Sheet 「台账」 has no header row naming a 问题 column (问题描述, 存在问题, …) in its first 20"
            + " rows; it was not imported. Row 24 (「序号 存在问题 整改措施"
            + " 责任单位 责任人 整改时限 审签栏」) below them looks like one: move it into the first 20 rows"
            + " and upload the file again.";
    Api.dryRunAnswer(
            Api.patient(), Api.source("外部文件"), SheetFindings.lowHeader(header), DocumentText.XLSX)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("in its first 20 rows"))
        .body("detail", org.hamcrest.Matchers.endsWith(note))
        .body("warnings", org.hamcrest.Matchers.contains(note));
  }
}
