package org.bihuan.problem.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.Problem;
import org.bihuan.problem.Problem.Status;
import org.bihuan.problem.client.TicketSummary;
import org.bihuan.problem.service.ProblemLifecycle.Action;
import org.bihuan.problem.service.ProblemLifecycle.Actor;
import org.bihuan.problem.service.ProblemLifecycle.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The problem life cycle table, every state × action, and how the feed moves a problem. */
class ProblemLifecycleTest {

  /** state × action → target, or "-" where the table has no rule (409 illegal-transition). */
  private static final Map<Status, String> TABLE =
      Map.of(
          Status.OPEN, "OPEN CLOSED WITHDRAWN RECTIFYING - -",
          Status.RECTIFYING, "RECTIFYING CLOSED WITHDRAWN - OPEN -",
          Status.CLOSED, "- - - - - RECTIFYING",
          Status.WITHDRAWN, "- - - - - -");

  private static final Actor ORGANISATION =
      new Actor(Set.of(Roles.REPORTER, Roles.VIEWER), Optional.empty());
  private static final Actor UNIT_REPORTER =
      new Actor(Set.of(Roles.REPORTER, Roles.VIEWER), Optional.of("组织部"));
  private static final Actor VERIFIER = new Actor(Set.of(Roles.VERIFIER), Optional.empty());
  private static final Actor ADMIN =
      new Actor(Set.of(Roles.ADMIN, Roles.VERIFIER, Roles.REPORTER), Optional.empty());

  private static TicketSummary ticket(String status) {
    return new TicketSummary(UUID.randomUUID(), "T-2024-0001", List.of(), status, null, 1L);
  }

  @Test
  void everyStateAndActionIsAsTheTableSays() {
    int cells = 0;
    for (Status s : Status.values()) {
      String[] expected = TABLE.get(s).split(" ");
      for (Action a : Action.values()) {
        String want = expected[a.ordinal()];
        List<TicketSummary> tickets =
            a == Action.WITHDRAW ? List.of(ticket("CANCELLED")) : List.of(ticket("VERIFIED"));
        Subject subject = new Subject("P-2024-0001", s, tickets);
        if (want.equals("-")) {
          ApiProblem refused =
              assertThrows(
                  ApiProblem.class, () -> ProblemLifecycle.decide(subject, a, ADMIN, "误录"));
          assertEquals(409, refused.status(), s + " " + a);
        } else {
          assertEquals(
              Status.valueOf(want), ProblemLifecycle.decide(subject, a, ADMIN, "误录"), s + " " + a);
        }
        cells++;
      }
    }
    assertEquals(Status.values().length * Action.values().length, cells);
  }

  @Test
  void aRefusalBecauseOfTicketsOffersOnlyWhatThoseTicketsAllow() {
    Subject working = new Subject("P-2024-0001", Status.RECTIFYING, List.of(ticket("IN_PROGRESS")));
    ApiProblem close =
        assertThrows(
            ApiProblem.class, () -> ProblemLifecycle.decide(working, Action.CLOSE, ADMIN, null));
    assertEquals("tickets-not-verified", close.type().replaceAll(".*/", ""));
    // the live ticket that stops the close stops a withdraw as well
    assertEquals(List.of("update"), close.extensions().get("allowedActions"));
    ApiProblem withdraw =
        assertThrows(
            ApiProblem.class, () -> ProblemLifecycle.decide(working, Action.WITHDRAW, ADMIN, "误录"));
    assertEquals(List.of("update"), withdraw.extensions().get("allowedActions"));

    Subject verified = new Subject("P-2024-0002", Status.RECTIFYING, List.of(ticket("VERIFIED")));
    ApiProblem withdrawVerified =
        assertThrows(
            ApiProblem.class,
            () -> ProblemLifecycle.decide(verified, Action.WITHDRAW, ADMIN, "误录"));
    assertEquals(List.of("update", "close"), withdrawVerified.extensions().get("allowedActions"));
  }

  @Test
  void allowedActionsArePeoplesActionsOnly() {
    assertEquals(
        List.of("update", "close", "withdraw"), ProblemLifecycle.allowedActions(Status.OPEN));
    assertEquals(
        List.of("update", "close", "withdraw"), ProblemLifecycle.allowedActions(Status.RECTIFYING));
    assertEquals(List.of(), ProblemLifecycle.allowedActions(Status.CLOSED));
    assertEquals(List.of(), ProblemLifecycle.allowedActions(Status.WITHDRAWN));
    for (Action a : EnumSet.of(Action.TICKET_COUNTED, Action.TICKET_UNVERIFIED)) {
      assertEquals(false, a.byPeople());
    }
  }

  @Test
  void closingNeedsEveryCountedTicketVerified() {
    assertRefused(409, "no-tickets", Status.RECTIFYING, Action.CLOSE, List.of(), ADMIN);
    assertRefused(
        409, "no-tickets", Status.RECTIFYING, Action.CLOSE, List.of(ticket("CANCELLED")), ADMIN);
    assertRefused(
        409,
        "tickets-not-verified",
        Status.RECTIFYING,
        Action.CLOSE,
        List.of(ticket("VERIFIED"), ticket("SUBMITTED")),
        ADMIN);
    assertEquals(
        Status.CLOSED,
        ProblemLifecycle.decide(
            new Subject("P", Status.RECTIFYING, List.of(ticket("VERIFIED"), ticket("CANCELLED"))),
            Action.CLOSE,
            ADMIN,
            null));
  }

  @Test
  void onlyAnAdminClosesOrWithdrawsAndAUnitBoundReporterDoesNotEdit() {
    List<TicketSummary> verified = List.of(ticket("VERIFIED"));
    for (Actor notAdmin : List.of(ORGANISATION, UNIT_REPORTER, VERIFIER)) {
      assertRefused(403, null, Status.RECTIFYING, Action.CLOSE, verified, notAdmin);
      assertRefused(403, null, Status.OPEN, Action.WITHDRAW, List.of(), notAdmin);
      assertEquals(
          403,
          assertThrows(
                  ApiProblem.class, () -> ProblemLifecycle.requireCallerMay(Action.CLOSE, notAdmin))
              .status());
    }
    for (Status s : List.of(Status.OPEN, Status.RECTIFYING)) {
      assertRefused(403, null, s, Action.UPDATE, List.of(), UNIT_REPORTER);
      assertEquals(
          s,
          ProblemLifecycle.decide(
              new Subject("P", s, List.of()), Action.UPDATE, ORGANISATION, null));
      assertEquals(
          s, ProblemLifecycle.decide(new Subject("P", s, List.of()), Action.UPDATE, ADMIN, null));
    }
  }

  @Test
  void aRouteWithdrawingManyProblemsAsksTheSamePermissionAsWithdraw() {
    ApiProblem refused =
        assertThrows(
            ApiProblem.class,
            () -> ProblemLifecycle.requireCallerMay(Action.WITHDRAW, UNIT_REPORTER));
    assertEquals(403, refused.status());
    for (Actor notAdmin : List.of(ORGANISATION, VERIFIER)) {
      assertEquals(
          403,
          assertThrows(
                  ApiProblem.class,
                  () -> ProblemLifecycle.requireCallerMay(Action.WITHDRAW, notAdmin))
              .status());
    }
    ProblemLifecycle.requireCallerMay(Action.WITHDRAW, ADMIN);
  }

  @Test
  void withdrawingNeedsAReasonAnAdminAndNoLiveTicket() {
    assertRefused(
        409,
        "problem-has-tickets",
        Status.RECTIFYING,
        Action.WITHDRAW,
        List.of(ticket("IN_PROGRESS")),
        ADMIN);
    assertRefused(
        409,
        "problem-has-tickets",
        Status.RECTIFYING,
        Action.WITHDRAW,
        List.of(ticket("VERIFIED")),
        ADMIN);
    assertRefused(403, null, Status.OPEN, Action.WITHDRAW, List.of(), UNIT_REPORTER);
    assertEquals(
        Status.WITHDRAWN,
        ProblemLifecycle.decide(
            new Subject("P", Status.OPEN, List.of()), Action.WITHDRAW, ADMIN, "重复"));
    ApiProblem noReason =
        assertThrows(
            ApiProblem.class,
            () ->
                ProblemLifecycle.decide(
                    new Subject("P", Status.OPEN, List.of()), Action.WITHDRAW, ADMIN, " "));
    assertEquals(400, noReason.status());
  }

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
    "CLOSED, ASSIGNED, RECTIFYING",
    "CLOSED, CANCELLED, CLOSED",
    "WITHDRAWN, ASSIGNED, WITHDRAWN",
    "WITHDRAWN, '', WITHDRAWN",
  })
  void followsTheTickets(Status current, String tickets, Status expected) {
    List<String> statuses = Arrays.stream(tickets.split(" ")).filter(s -> !s.isBlank()).toList();
    Status next =
        ProblemLifecycle.followTickets(current, statuses)
            .map(
                a ->
                    ProblemLifecycle.decide(
                        new Subject("P", current, List.of()), a, Actor.SYSTEM, null))
            .orElse(current);
    assertEquals(expected, next);
  }

  @Test
  void takingAnActionWritesTheStateTheTableGivesAndNothingWhenRefused() {
    for (Status s : Status.values()) {
      String[] expected = TABLE.get(s).split(" ");
      for (Action a : Action.values()) {
        Problem p = new Problem();
        p.number = "P-2024-0001";
        p.status = s;
        List<TicketSummary> tickets =
            a == Action.WITHDRAW ? List.of(ticket("CANCELLED")) : List.of(ticket("VERIFIED"));
        String want = expected[a.ordinal()];
        if (want.equals("-")) {
          assertThrows(ApiProblem.class, () -> ProblemLifecycle.takes(p, tickets, a, ADMIN, "误录"));
          assertEquals(s, p.status, s + " " + a);
        } else {
          assertEquals(Status.valueOf(want), ProblemLifecycle.takes(p, tickets, a, ADMIN, "误录"));
          assertEquals(Status.valueOf(want), p.status, s + " " + a);
        }
      }
    }
    Problem fresh = new Problem();
    ProblemLifecycle.starts(fresh);
    assertEquals(Status.OPEN, fresh.status);
  }

  /**
   * No class but the life cycle writes a problem's status; ProblemQueries copies the stored one
   * into the problem it reads from a row.
   */
  @Test
  void onlyTheLifecycleWritesAProblemsStatus() throws IOException {
    Pattern write = Pattern.compile("\\.status\\s*=[^=]");
    Set<String> allowed = Set.of("ProblemLifecycle.java", "ProblemQueries.java");
    List<String> writers;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/bihuan/problem"))) {
      writers =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !allowed.contains(f.getFileName().toString()))
              .filter(
                  f -> {
                    try {
                      return write.matcher(Files.readString(f)).find();
                    } catch (IOException e) {
                      throw new IllegalStateException(e);
                    }
                  })
              .map(f -> f.getFileName().toString())
              .toList();
    }
    assertEquals(List.of(), writers);
  }

  private static void assertRefused(
      int status, String type, Status from, Action a, List<TicketSummary> tickets, Actor actor) {
    ApiProblem p =
        assertThrows(
            ApiProblem.class,
            () -> ProblemLifecycle.decide(new Subject("P", from, tickets), a, actor, "误录"));
    assertEquals(status, p.status());
    if (type != null) {
      assertEquals(type, p.type());
    }
  }
}
