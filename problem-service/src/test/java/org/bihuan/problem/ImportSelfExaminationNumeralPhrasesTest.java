package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A self-examination without labelled duties whose problem wraps right before 二、三级医院… (and whose
 * cause in 原因分析 wraps before 三、四类…): the phrase goes on with the text above it, though its number
 * follows the last section's, because the next section takes the same number again; every problem
 * stays in the problems section and every cause is read whole. From a text and a .docx of
 * paragraphs through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0366).
 */
@QuarkusTest
class ImportSelfExaminationNumeralPhrasesTest {

  static final String REPORT =
      """
      县医保局党组巡察整改自查报告
      一、存在的主要问题
      1.医疗救助资金审核不严，部分定点医疗机构中的
      二、三级医院存在超范围报销问题。
      2.医保基金拨付滞后，个别项目拖欠三个月以上。
      3.政府采购程序不规范。
      4.固定资产管理不到位，账实不符。
      二、原因分析
      1.理论学习不够深入，对政策把握不准，特别是对
      三、四类医疗机构的分级标准理解不透。
      2.制度执行不严格，监督检查流于形式。
      三、整改措施
      1.加强政策学习，每季度开展一次专题培训。
      2.完善内控制度，建立定期检查机制。
      """;

  private static Map<String, Object> sentence(String text, int line) {
    return problem(
        text.substring(0, text.length() - 1), text, List.of(), lines(line, line, null), List.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void noProblemOrCauseIsLostToAPhraseOfTwoNumerals(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, REPORT);
    assertEquals(
        List.of(
            problem(
                "医疗救助资金审核不严，部分定点医疗机构中的二、三级医院存在超范围报销问题",
                "医疗救助资金审核不严，部分定点医疗机构中的二、三级医院存在超范围报销问题。",
                List.of(),
                lines(3, 4, null),
                List.of()),
            sentence("医保基金拨付滞后，个别项目拖欠三个月以上。", 5),
            sentence("政府采购程序不规范。", 6),
            sentence("固定资产管理不到位，账实不符。", 7)),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            Map.of(
                "title", "理论学习不够深入，对政策把握不准，特别是对三、四类医疗机构的分级标准理解不透",
                "description", "理论学习不够深入，对政策把握不准，特别是对三、四类医疗机构的分级标准理解不透。"),
            Map.of("title", "制度执行不严格，监督检查流于形式", "description", "制度执行不严格，监督检查流于形式。")),
        answer.getList("causes"),
        answer.prettify());
    assertEquals(
        List.of("加强政策学习，每季度开展一次专题培训", "完善内控制度，建立定期检查机制"),
        answer.getList("proposedMeasures.title"),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertEquals(
        List.of(4, 10),
        warnings.stream()
            .filter(w -> w.contains("not as a section's number"))
            .map(w -> Integer.parseInt(w.replaceFirst("^Line (\\d+) .*", "$1")))
            .toList(),
        answer.prettify());
    assertEquals(
        List.of(),
        warnings.stream().filter(w -> w.contains("skipped")).toList(),
        answer.prettify());
  }
}
