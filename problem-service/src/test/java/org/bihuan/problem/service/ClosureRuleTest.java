package org.bihuan.problem.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.client.TicketSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosureRuleTest {

  @ParameterizedTest(name = "{0} -> {1} ({2} open)")
  @CsvSource({
    "'', NO_TICKETS, 0",
    "CANCELLED, NO_TICKETS, 0",
    "CANCELLED CANCELLED, NO_TICKETS, 0",
    "VERIFIED, CLOSABLE, 0",
    "VERIFIED CANCELLED, CLOSABLE, 0",
    "VERIFIED VERIFIED VERIFIED, CLOSABLE, 0",
    "ASSIGNED, OPEN_TICKETS, 1",
    "IN_PROGRESS VERIFIED, OPEN_TICKETS, 1",
    "SUBMITTED VERIFIED CANCELLED, OPEN_TICKETS, 1",
    "ASSIGNED IN_PROGRESS SUBMITTED, OPEN_TICKETS, 3",
  })
  void decidesFromTheTicketStates(String states, ClosureRule.Verdict verdict, int open) {
    List<TicketSummary> tickets =
        Arrays.stream(states.split(" "))
            .filter(s -> !s.isBlank())
            .map(s -> new TicketSummary(UUID.randomUUID(), "T-2024-0001", List.of(), s, null))
            .toList();
    ClosureRule.Decision d = ClosureRule.decide(tickets);
    assertEquals(verdict, d.verdict());
    assertEquals(open, d.openTickets().size());
  }
}
