package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.bench.WordParagraphs;
import org.bihuan.problem.service.ImportPermits;
import org.bihuan.problem.support.Api;
import org.junit.jupiter.api.Test;

/**
 * One huge line of labels — 400,000 × 责任领导：张三, or units, time limits and notes over and over — is
 * answered within the read budget and a small margin, and the import permit is free again right
 * after (docs/decisions/0270): the budget is held by the request's thread from outside the reading,
 * and the reading, linear now, stops at its next look at the clock.
 */
@QuarkusTest
@TestProfile(ImportLongLabelLinesTest.ShortReadTime.class)
class ImportLongLabelLinesTest {

  /** A short budget, so that an overrun shows within the test's time. */
  public static class ShortReadTime implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("bihuan.import.max-read-time", "3s");
    }
  }

  /** The budget, and what answering may add on a busy machine. */
  private static final long BUDGET_AND_MARGIN_MILLIS = 3_000 + 2_000;

  private static final String PLAN = "问题表现：财务审批不规范。\n整改措施：规范审批流程。\n";

  @Inject ImportPermits permits;

  @Test
  void aTextLineOf400000LeadersIsAnsweredWithinTheBudget() {
    String text = PLAN + "责任领导：张三".repeat(400_000);
    answersWithinTheBudget("text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aDocxParagraphOf150000LeadersIsAnsweredWithinTheBudget() throws IOException {
    byte[] docx =
        WordParagraphs.docx(List.of("问题表现：财务审批不规范。", "整改措施：规范审批流程。", "责任领导：张三".repeat(150_000)));
    answersWithinTheBudget(DocumentText.DOCX, docx);
  }

  @Test
  void aTextLineOfManyLabelsIsAnsweredWithinTheBudget() {
    String text = PLAN + "责任单位：办公室，完成时限：2024年6月30日，责任人：李四；备注：按月报送，配合单位：财务科、".repeat(60_000);
    answersWithinTheBudget("text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aMeasureRunningOnOverManyLabelsGluedToItsWordsIsAnsweredWithinTheBudget() {
    String text = "问题表现：财务审批不规范。\n整改措施：" + "明确责任单位：落实责任人：，，，，".repeat(200_000);
    answersWithinTheBudget("text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
  }

  private void answersWithinTheBudget(String contentType, byte[] body) {
    String source = Api.source("长标签行");
    int all = permits.available();
    // the budget counts from when the reading starts (the permit is taken), not from when the
    // client starts sending: the body's arrival has its own limit
    AtomicLong readingStarted = new AtomicLong();
    Thread watcher =
        new Thread(
            () -> {
              while (permits.available() == all && !Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
              }
              readingStarted.set(System.nanoTime());
            });
    watcher.start();
    Response answer = Api.dryRunAnswer(RestAssured.given(), source, body, contentType);
    long answered = System.nanoTime();
    watcher.interrupt();
    assertTrue(readingStarted.get() != 0, "the reading started");
    long millis = (answered - readingStarted.get()) / 1_000_000;
    assertTrue(
        millis < BUDGET_AND_MARGIN_MILLIS, "answered " + millis + " ms after the reading began");
    Api.readOrStoppedInTime(answer);
    long freed = ClientGoneLongLineTest.awaitPermits(permits, all, 10_000);
    assertEquals(all, permits.available(), "the permit is given back");
    assertTrue(freed < 3_000, "the permit came back " + freed + " ms after the answer");
  }
}
