package org.bihuan.e2e;

import static org.bihuan.e2e.Scenario.ADMIN;
import static org.bihuan.e2e.Scenario.REPORTER;
import static org.bihuan.e2e.Scenario.VERIFIER;
import static org.bihuan.e2e.Scenario.VIEWER;
import static org.bihuan.e2e.Scenario.await;
import static org.bihuan.e2e.Scenario.unchecked;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.bihuan.client.problem.api.ProblemsApi;
import org.bihuan.client.problem.model.ProblemView;
import org.bihuan.client.problem.model.SourceView;
import org.bihuan.client.rectification.ApiException;
import org.bihuan.client.rectification.api.TicketsApi;
import org.bihuan.client.rectification.model.CommentInput;
import org.bihuan.client.rectification.model.ProgressInput;
import org.bihuan.client.rectification.model.ReasonInput;
import org.bihuan.client.rectification.model.TicketView;
import org.bihuan.e2e.Services.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A service goes away and comes back; the others keep their promises meanwhile. */
@ExtendWith(Services.class)
class OutageTest {

  private final Clients clients;

  OutageTest(Services services) {
    this.clients = new Clients(services);
  }

  @Test
  void reportsStayUpTicketsForUncheckableProblemsAreRefusedAndReportsCatchUp(Services services)
      throws Exception {
    SourceView source = Scenario.source(clients, "审计发现问题整改（中断）");
    String sourceId = source.getId().toString();
    ProblemView first = Scenario.problem(clients, source.getId(), "采购程序不规范");
    ProblemView second = Scenario.problem(clients, source.getId(), "固定资产台账不全");
    TicketsApi tickets = clients.tickets(REPORTER);
    tickets.createTicket(Scenario.ticketFor(first.getId(), "完善采购制度"), null);
    await(
        "the report counts both problems and the ticket",
        Duration.ofSeconds(15),
        () -> {
          Clients.Summary s = clients.summary(VIEWER, sourceId);
          return s.problems().getTotal() == 2 && s.tickets().getTotal() == 1;
        });
    // The ticket's creation sets off more changes (the problem becomes RECTIFYING in
    // problem-service's feed): asOf is compared once the projection has taken them all in.
    OffsetDateTime asOfBefore = settledAsOf(sourceId);

    services.stop(Service.PROBLEM);
    try {
      Clients.Summary during = clients.summary(VIEWER, sourceId);
      assertEquals(2, during.problems().getTotal(), "report-service answers from its projection");
      assertEquals(1, during.tickets().getTotal());
      assertTrue(
          !during.asOf().isAfter(asOfBefore),
          "asOf stays at the newest change included: " + during.asOf() + " vs " + asOfBefore);

      ApiException refused =
          assertThrows(
              ApiException.class,
              () -> tickets.createTicket(Scenario.ticketFor(second.getId(), "清查固定资产"), null));
      assertEquals(503, refused.getCode(), "ticket for a problem that cannot be checked");
      String contentType = refused.getResponseHeaders().firstValue("content-type").orElse("<none>");
      assertTrue(contentType.startsWith("application/problem+json"), contentType);
      System.out.printf(
          "[e2e] outage: POST /api/v1/tickets answered %d %s %s%n",
          refused.getCode(), contentType, refused.getResponseBody());
      JsonNode problem = Clients.JSON.readTree(refused.getResponseBody());
      assertEquals(503, problem.get("status").asInt());
      assertEquals(
          0,
          clients
              .tickets(VIEWER)
              .listTickets(
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  50,
                  null,
                  null,
                  second.getId().toString(),
                  null,
                  null,
                  null,
                  null,
                  null)
              .getItems()
              .size(),
          "nothing written for the refused ticket");
    } finally {
      long down = System.nanoTime();
      services.start(Service.PROBLEM);
      System.out.printf(
          "[e2e] outage: problem-service restarted and ready in %d ms%n",
          (System.nanoTime() - down) / 1_000_000);
    }

    ProblemView third = Scenario.problem(clients, source.getId(), "公务用车管理不严");
    Duration caughtUp =
        await(
            "the report counts a problem recorded after the restart",
            Duration.ofSeconds(10),
            () -> clients.summary(VIEWER, sourceId).problems().getTotal() == 3);
    assertTrue(clients.summary(VIEWER, sourceId).asOf().isAfter(asOfBefore));
    System.out.printf(
        "[e2e] outage: report-service caught up %d ms after the first change past the restart%n",
        caughtUp.toMillis());

    Duration accepted =
        await(
            "rectification-service accepts tickets again",
            Duration.ofSeconds(15),
            () -> {
              TicketView t =
                  unchecked(
                      () ->
                          tickets.createTicket(
                              Scenario.ticketFor(third.getId(), "规范车辆使用登记"), null));
              return t.getId() != null;
            });
    System.out.printf(
        "[e2e] outage: rectification-service accepted tickets again %d ms after the restart%n",
        accepted.toMillis());
  }

  @Test
  void aProblemIsNotClosedWhileItsTicketsCannotBeAskedAndIsClosedAfterwards(Services services)
      throws Exception {
    SourceView source = Scenario.source(clients, "巡视反馈问题整改（中断）");
    ProblemView problem = Scenario.problem(clients, source.getId(), "会议纪要不规范");
    TicketsApi asReporter = clients.tickets(REPORTER);
    UUID id = asReporter.createTicket(Scenario.ticketFor(problem.getId(), "规范会议纪要"), null).getId();
    asReporter.startTicket(id, null, null, new CommentInput().comment("开始整改"));
    asReporter.reportProgress(
        id, new ProgressInput().date(Scenario.today()).note("已修订制度").percent(100), null, null);
    asReporter.submitTicket(id, null, null, new CommentInput().comment("申请销号"));
    clients.tickets(VERIFIER).verifyTicket(id, new ReasonInput().comment("验收通过"), null, null);
    ProblemsApi problems = clients.problems(ADMIN);

    services.stop(Service.RECTIFICATION);
    try {
      org.bihuan.client.problem.ApiException refused =
          assertThrows(
              org.bihuan.client.problem.ApiException.class,
              () -> problems.closeProblem(problem.getId(), null, null));
      System.out.printf(
          "[e2e] outage: POST /api/v1/problems/{id}/close with rectification-service down answered"
              + " %d %s%n",
          refused.getCode(), refused.getResponseBody());
      assertEquals(503, refused.getCode(), "close cannot ask whether the tickets are verified");
      assertTrue(
          refused
              .getResponseHeaders()
              .firstValue("content-type")
              .orElse("")
              .startsWith("application/problem+json"));
      assertNotEquals(
          "CLOSED",
          problems.getProblem(problem.getId(), null).getStatus().getValue(),
          "nothing written");
      assertEquals(
          1L,
          clients.summary(VIEWER, source.getId().toString()).tickets().getTotal(),
          "report-service answers from its projection");
    } finally {
      services.start(Service.RECTIFICATION);
    }
    Scenario.await(
        "the problem can be closed once rectification-service is back",
        Duration.ofSeconds(15),
        () ->
            "CLOSED"
                .equals(
                    Scenario.unchecked(() -> problems.closeProblem(problem.getId(), null, null))
                        .getStatus()
                        .getValue()));
  }

  /** The summary's asOf once two readings a second apart agree (at most 15 s). */
  private OffsetDateTime settledAsOf(String sourceId) throws Exception {
    OffsetDateTime previous = clients.summary(VIEWER, sourceId).asOf();
    long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < until) {
      Thread.sleep(1000);
      OffsetDateTime now = clients.summary(VIEWER, sourceId).asOf();
      if (now.equals(previous)) {
        return now;
      }
      previous = now;
    }
    throw new AssertionError("the summary's asOf kept moving for 15 s: " + previous);
  }
}
