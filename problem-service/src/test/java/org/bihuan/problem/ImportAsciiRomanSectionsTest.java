package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sections headed by ASCII Roman numerals (I. II、 III．) read as 一、 二、 三、: the categories of the
 * problems numbered 1. under them, no problem of their own and no numbering said to jump; a Roman
 * numeral inside a sentence (III类) stays text. Text and a .docx of paragraphs through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0347).
 */
@QuarkusTest
class ImportAsciiRomanSectionsTest {

  static final String PLAN =
      """
      ××县水利局关于审计反馈问题的整改方案
      I. 财务管理方面
      1.公务接待费报销手续不全。
      整改措施：逐笔核查接待报销单据。
      责任单位：计划财务股　责任人：曾立军　完成时限：2025年5月31日
      II、工程管理方面
      1.III类病险水库除险加固工程超期。
      整改措施：组织开展竣工验收专项行动。
      责任单位：建设管理股　责任人：杭小勇　完成时限：2025年6月30日
      III．资产管理方面
      1.闲置资产未及时处置。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void asciiRomanNumeralsHeadSections(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "公务接待费报销手续不全",
                "公务接待费报销手续不全。",
                List.of("财务管理方面"),
                lines(3, 5, null),
                List.of(
                    measure(
                        "逐笔核查接待报销单据。", List.of("计划财务股"), null, "曾立军", "DEADLINE", "2025-05-31"))),
            problem(
                "III类病险水库除险加固工程超期",
                "III类病险水库除险加固工程超期。",
                List.of("工程管理方面"),
                lines(7, 9, null),
                List.of(
                    measure(
                        "组织开展竣工验收专项行动。", List.of("建设管理股"), null, "杭小勇", "DEADLINE", "2025-06-30"))),
            problem("闲置资产未及时处置", "闲置资产未及时处置。", List.of("资产管理方面"), lines(11, 11, null), List.of())),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of("Problem 「闲置资产未及时处置」 (line 11) has no 整改措施."),
        answer.getList("warnings"),
        answer.prettify());
  }
}
