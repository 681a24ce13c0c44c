package org.bihuan.problem.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.bihuan.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemStatusRuleTest {

  @ParameterizedTest(name = "{0} with [{1}] -> {2}")
  @CsvSource({
    "OPEN, '', OPEN",
    "OPEN, CANCELLED, OPEN",
    "OPEN, ASSIGNED, RECTIFYING",
    "OPEN, VERIFIED, RECTIFYING",
    "OPEN, CANCELLED IN_PROGRESS, RECTIFYING",
    "RECTIFYING, SUBMITTED, RECTIFYING",
    "RECTIFYING, VERIFIED VERIFIED, RECTIFYING",
    "RECTIFYING, CANCELLED, OPEN",
    "RECTIFYING, '', OPEN",
    "CLOSED, VERIFIED, CLOSED",
    "CLOSED, VERIFIED CANCELLED, CLOSED",
    "CLOSED, VERIFIED IN_PROGRESS, RECTIFYING",
    "CLOSED, CANCELLED, CLOSED",
    "WITHDRAWN, ASSIGNED, WITHDRAWN",
    "WITHDRAWN, '', WITHDRAWN",
  })
  void followsTheTickets(Problem.Status current, String tickets, Problem.Status expected) {
    List<String> statuses = Arrays.stream(tickets.split(" ")).filter(s -> !s.isBlank()).toList();
    assertEquals(expected, ProblemStatusRule.next(current, statuses));
  }
}
