package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.FormatFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 整改时限 wrapped after its year (整改时限：2024年 / 10月31日) is the date both lines write, never the
 * year's end (the wrapped line is told as its label's line in the origin); a 整改时限 that names only a
 * year (2025年) is read as the year's end with a warning that says so. As text, Word paragraphs and
 * a PDF written by PDFBox, through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0366).
 */
@QuarkusTest
class ImportWrappedDeadlinesTest {

  static final String PLAN =
      """
      县财政局巡察反馈问题整改方案
      一、问题清单及整改措施
      （一）预算管理方面
      1.预算编制不科学，年初预算与实际支出偏差较大。
      整改措施：建立预算执行动态监控机制。
      责任领导：王强
      责任单位：预算股
      责任人：李华
      整改时限：2024年
      10月31日
      2.非税收入未及时缴库。
      整改措施：规范非税收入收缴流程。
      责任单位：国库股；整改时限：2024年
      11月底前
      3.国有资产管理不规范。
      整改措施：开展资产清查。
      责任单位：资产股；整改时限：2025年
      """;

  private static Map<String, Object> one(
      String text, int first, int last, Integer page, Map<String, Object> measure) {
    return problem(
        text.substring(0, text.length() - 1),
        text,
        List.of("预算管理方面"),
        lines(first, last, page),
        List.of(measure));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx", "pdf"})
  void aWrappedDateIsJoinedAndABareYearIsWarnedOf(String format) throws Exception {
    JsonPath answer =
        switch (format) {
          case "text" ->
              dryRunPath(
                  "整改时限", PLAN.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
          case "docx" -> dryRunPath("整改时限", FormatFiles.paragraphs(PLAN), DocumentText.DOCX);
          default -> dryRunPath("整改时限", ChinesePdf.ofText(PLAN), DocumentText.PDF);
        };
    Integer page = format.equals("pdf") ? 1 : null;
    assertEquals(
        List.of(
            one(
                "预算编制不科学，年初预算与实际支出偏差较大。",
                4,
                9,
                page,
                measure("建立预算执行动态监控机制。", List.of("预算股"), "王强", "李华", "DEADLINE", "2024-10-31")),
            one(
                "非税收入未及时缴库。",
                11,
                13,
                page,
                measure("规范非税收入收缴流程。", List.of("国库股"), null, null, "DEADLINE", "2024-11-30")),
            one(
                "国有资产管理不规范。",
                15,
                17,
                page,
                measure("开展资产清查。", List.of("资产股"), null, null, "DEADLINE", "2025-12-31"))),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertEquals(
        List.of(
            "Problem 「国有资产管理不规范」, measure 「开展资产清查。」 (line 17): 「2025年」 names only a year; its"
                + " end, 2025-12-31, was read as the deadline; check it."),
        warnings.stream().filter(w -> w.contains("2025")).toList(),
        answer.prettify());
    assertEquals(
        List.of(), warnings.stream().filter(w -> w.contains("2024")).toList(), answer.prettify());
  }
}
