package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A problem wrapped over four lines, the third opening with 二、三级医院 and ending with ，: that line is
 * the problem's text, never section 二, though its number follows section 一 and no label comes right
 * after it. The real section 二 after the problems stays one. In a text file and in the paragraphs
 * of a Word file, through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0362).
 */
@QuarkusTest
class ImportNumeralPhraseOverThreeLinesTest {

  static final String PLAN =
      """
      一、存在的问题
      1.分级诊疗制度落实不到位，全市
      二级以上医院中，部分
      二、三级医院基层转诊率偏低，
      患者就医负担较重。
      整改措施：建立转诊考核机制。
      责任单位：医政科
      整改时限：2024年12月31日
      2.药品采购管理不规范。
      整改措施：规范药品集中采购。
      责任单位：药政科
      整改时限：2024年11月30日
      二、存在问题的原因
      （一）思想认识不到位。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPhraseEndingWithACommaIsNoSection(String format) throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan(format, PLAN);
    String text = "分级诊疗制度落实不到位，全市二级以上医院中，部分二、三级医院基层转诊率偏低，患者就医负担较重。";
    assertEquals(
        List.of(
            problem(
                text.substring(0, text.length() - 1),
                text,
                List.of(),
                lines(2, 8, null),
                List.of(
                    measure("建立转诊考核机制。", List.of("医政科"), null, null, "DEADLINE", "2024-12-31"))),
            problem(
                "药品采购管理不规范",
                "药品采购管理不规范。",
                List.of(),
                lines(9, 12, null),
                List.of(
                    measure("规范药品集中采购。", List.of("药政科"), null, null, "DEADLINE", "2024-11-30")))),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertEquals(
        List.of(4),
        warnings.stream()
            .filter(w -> w.contains("not as a section's number"))
            .map(w -> Integer.parseInt(w.replaceFirst("^Line (\\d+) .*", "$1")))
            .toList(),
        answer.prettify());
  }
}
