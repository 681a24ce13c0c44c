package org.bihuan.e2e;

import static org.bihuan.e2e.Scenario.REPORTER;
import static org.bihuan.e2e.Scenario.VIEWER;
import static org.bihuan.e2e.Scenario.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.bihuan.client.problem.model.ProblemView;
import org.bihuan.client.problem.model.SourceView;
import org.bihuan.client.rectification.api.TicketsApi;
import org.bihuan.client.rectification.model.CommentInput;
import org.bihuan.client.rectification.model.TicketBatchInput;
import org.bihuan.client.rectification.model.TicketInput;
import org.bihuan.client.rectification.model.TicketView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "A ticket transition is reflected in the summary within one second": the time from the answer of
 * a transition in rectification-service to the first report-service summary that counts it.
 */
@ExtendWith(Services.class)
class FreshnessTest {

  private static final int TRANSITIONS = 20;
  private static final Duration LIMIT = Duration.ofSeconds(1);

  private final Clients clients;

  FreshnessTest(Services services) {
    this.clients = new Clients(services);
  }

  @Test
  void aTicketTransitionIsInTheSummaryWithinOneSecond() throws Exception {
    SourceView source = Scenario.source(clients, "巡察反馈意见整改（时效）");
    String sourceId = source.getId().toString();
    ProblemView problem = Scenario.problem(clients, source.getId(), "理论学习不够深入");
    List<TicketInput> inputs = new ArrayList<>();
    for (int i = 1; i <= TRANSITIONS; i++) {
      inputs.add(Scenario.ticketFor(problem.getId(), "整改措施 " + i));
    }
    TicketsApi tickets = clients.tickets(REPORTER);
    List<UUID> ids =
        tickets
            .createTicketBatch(new TicketBatchInput().tickets(inputs), null)
            .getTickets()
            .stream()
            .map(TicketView::getId)
            .toList();
    assertEquals(TRANSITIONS, ids.size());
    await(
        "the created tickets in the summary",
        Duration.ofSeconds(15),
        () -> clients.summary(VIEWER, sourceId).byStatus("ASSIGNED") == TRANSITIONS);

    long[] millis = new long[TRANSITIONS];
    for (int i = 0; i < TRANSITIONS; i++) {
      TicketView started =
          tickets.startTicket(ids.get(i), null, null, new CommentInput().comment("开始整改"));
      long answered = System.nanoTime();
      assertEquals("IN_PROGRESS", started.getStatus().getValue());
      int expected = i + 1;
      await(
          "start of ticket " + expected + " in the summary",
          Duration.ofSeconds(10),
          () -> clients.summary(VIEWER, sourceId).byStatus("IN_PROGRESS") == expected);
      millis[i] = (System.nanoTime() - answered) / 1_000_000;
    }
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    long p50 = sorted[(int) Math.ceil(0.50 * TRANSITIONS) - 1];
    long p99 = sorted[(int) Math.ceil(0.99 * TRANSITIONS) - 1];
    System.out.printf(
        "[e2e] freshness: ticket transition -> report summary over %d transitions:"
            + " p50 %d ms, p99 %d ms, max %d ms, all %s%n",
        TRANSITIONS, p50, p99, sorted[TRANSITIONS - 1], Arrays.toString(millis));
    assertTrue(
        p99 < LIMIT.toMillis(),
        "a transition must be in the summary within " + LIMIT + "; p99 was " + p99 + " ms");
  }
}
