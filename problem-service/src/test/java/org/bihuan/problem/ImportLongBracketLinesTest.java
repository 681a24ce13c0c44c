package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.bench.WordParagraphs;
import org.bihuan.problem.support.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lines of many brackets, none or few of them closed, are read in one pass and within the read
 * budget (docs/decisions/0268): a small text or .docx answers with its dry run, or with 422
 * import-too-slow once the budget is spent, never hours later.
 */
@QuarkusTest
@TestProfile(ImportLongBracketLinesTest.ShortReadTime.class)
class ImportLongBracketLinesTest {

  /** The budget is short here so that an overrun shows within the test's time. */
  public static class ShortReadTime implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("bihuan.import.max-read-time", "5s");
    }
  }

  private static final long BUDGET_AND_MARGIN_MILLIS = 5_000 + 25_000;

  @ParameterizedTest(name = "{0} × {1}")
  @CsvSource({
    "责任人：,（,1000000",
    "责任人：,（张三,100000",
    "'',（,300000",
    "整改时限：,【,300000",
    "责任人：,（责任人：,50000",
  })
  void aTextOfOneLongLineOfBracketsAnswersWithinTheBudget(String label, String unit, int count) {
    String text = "一、存在的问题\n1. 问题\n" + label + unit.repeat(count);
    answersWithinTheBudget("text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "docx {0}")
  @CsvSource({"200000"})
  void aDocxOfOneParagraphOfBracketsAnswersWithinTheBudget(int count) throws IOException {
    byte[] docx = WordParagraphs.docx(List.of("一、存在的问题", "1. 问题", "责任人：" + "（".repeat(count)));
    answersWithinTheBudget(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx);
  }

  private static void answersWithinTheBudget(String contentType, byte[] body) {
    String source = Api.source("括号");
    long started = System.nanoTime();
    Response answer = Api.dryRunAnswer(RestAssured.given(), source, body, contentType);
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(millis < BUDGET_AND_MARGIN_MILLIS, "answered after " + millis + " ms");
    Api.readOrStoppedInTime(answer);
  }
}
