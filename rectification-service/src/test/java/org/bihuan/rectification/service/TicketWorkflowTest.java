package org.bihuan.rectification.service;

import static org.bihuan.rectification.Ticket.Status.ASSIGNED;
import static org.bihuan.rectification.Ticket.Status.CANCELLED;
import static org.bihuan.rectification.Ticket.Status.IN_PROGRESS;
import static org.bihuan.rectification.Ticket.Status.SUBMITTED;
import static org.bihuan.rectification.Ticket.Status.VERIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.rectification.Ticket.Status;
import org.bihuan.rectification.service.TicketWorkflow.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The workflow table: every (state, action) pair, then each guard. */
class TicketWorkflowTest {

  private static final Actor ADMIN =
      new Actor(
          "admin",
          "管理员",
          Set.of(Roles.ADMIN, Roles.VERIFIER, Roles.REPORTER, Roles.VIEWER),
          Optional.empty());
  private static final Actor VERIFIER =
      new Actor("verifier-李四", "李四", Set.of(Roles.VERIFIER, Roles.VIEWER), Optional.empty());
  private static final Actor OFFICE_REPORTER =
      new Actor("reporter-王五", "王五", Set.of(Roles.REPORTER, Roles.VIEWER), Optional.of("党委办公室"));

  /** The expected target of every pair; a missing entry means the action is refused. */
  private static final Map<Status, Map<Action, Status>> EXPECTED =
      Map.of(
          ASSIGNED, Map.of(Action.START, IN_PROGRESS, Action.CANCEL, CANCELLED),
          IN_PROGRESS, Map.of(Action.SUBMIT, SUBMITTED, Action.CANCEL, CANCELLED),
          SUBMITTED,
              Map.of(Action.VERIFY, VERIFIED, Action.REJECT, IN_PROGRESS, Action.CANCEL, CANCELLED),
          VERIFIED, Map.of(Action.REOPEN, IN_PROGRESS),
          CANCELLED, Map.of());

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (Status s : Status.values()) {
      for (Action a : Action.values()) {
        pairs.add(Arguments.of(s, a, EXPECTED.get(s).get(a)));
      }
    }
    return pairs.stream();
  }

  private static Subject ticket(Status s) {
    return new Subject(s, List.of("党委办公室"), "张三", true);
  }

  @ParameterizedTest(name = "{0} --{1}--> {2}")
  @MethodSource("everyPair")
  void everyStateAndActionPairIsAllowedOrRefusedByTheTable(
      Status from, Action action, Status expected) {
    if (expected != null) {
      assertEquals(expected, TicketWorkflow.decide(ticket(from), action, ADMIN, "理由充分"));
      assertEquals(true, TicketWorkflow.allowedActions(from).contains(action.path()));
    } else {
      ApiProblem p =
          assertThrows(
              ApiProblem.class, () -> TicketWorkflow.decide(ticket(from), action, ADMIN, "理由充分"));
      assertEquals(409, p.status());
      assertEquals(from, p.extensions().get("currentState"));
      assertEquals(TicketWorkflow.allowedActions(from), p.extensions().get("allowedActions"));
      assertEquals(false, TicketWorkflow.allowedActions(from).contains(action.path()));
    }
  }

  @Test
  void allowedActionsListTheTableInOrder() {
    assertEquals(List.of("start", "cancel"), TicketWorkflow.allowedActions(ASSIGNED));
    assertEquals(List.of("verify", "reject", "cancel"), TicketWorkflow.allowedActions(SUBMITTED));
    assertEquals(List.of("reopen"), TicketWorkflow.allowedActions(VERIFIED));
    assertEquals(List.of(), TicketWorkflow.allowedActions(CANCELLED));
  }

  @Test
  void aRefusalOffersOnlyTheActionsOfTheCallersRoles() {
    Actor reporter = new Actor("r-1", "李四", Set.of(Roles.REPORTER), Optional.of("党委办公室"));
    Actor verifier = new Actor("v-1", "赵验收", Set.of(Roles.VERIFIER), Optional.empty());
    assertEquals(List.of("start"), TicketWorkflow.allowedActions(ASSIGNED, reporter));
    assertEquals(List.of("cancel"), TicketWorkflow.allowedActions(ASSIGNED, verifier));
    assertEquals(List.of(), TicketWorkflow.allowedActions(SUBMITTED, reporter));
    assertEquals(
        List.of("verify", "reject", "cancel"), TicketWorkflow.allowedActions(SUBMITTED, verifier));
    ApiProblem p =
        assertThrows(
            ApiProblem.class,
            () -> TicketWorkflow.decide(ticket(SUBMITTED), Action.SUBMIT, reporter, null));
    assertEquals(409, p.status());
    assertEquals(List.of(), p.extensions().get("allowedActions"));
    // The responsible person, a verifier, is not offered what he may not do to his own ticket.
    Actor responsible = new Actor("v-2", "张三", Set.of(Roles.VERIFIER), Optional.empty());
    ApiProblem own =
        assertThrows(
            ApiProblem.class,
            () -> TicketWorkflow.decide(ticket(SUBMITTED), Action.REOPEN, responsible, "x"));
    assertEquals(List.of(), own.extensions().get("allowedActions"));
  }

  @Test
  void verifyIsRefusedForTheResponsiblePersonByNameOrSubject() {
    Actor byName = new Actor("verifier-x", "张三", Set.of(Roles.VERIFIER), Optional.empty());
    Actor bySubject = new Actor("张三", "Zhang", Set.of(Roles.VERIFIER), Optional.empty());
    for (Actor a : List.of(byName, bySubject)) {
      ApiProblem p =
          assertThrows(
              ApiProblem.class,
              () -> TicketWorkflow.decide(ticket(SUBMITTED), Action.VERIFY, a, "好"));
      assertEquals(403, p.status());
    }
    assertEquals(
        VERIFIED, TicketWorkflow.decide(ticket(SUBMITTED), Action.VERIFY, VERIFIER, "验收通过"));
  }

  @Test
  void verifyRejectReopenAndCancelNeedAComment() {
    record Case(Status from, Action action) {}
    for (Case c :
        List.of(
            new Case(SUBMITTED, Action.VERIFY),
            new Case(SUBMITTED, Action.REJECT),
            new Case(VERIFIED, Action.REOPEN),
            new Case(ASSIGNED, Action.CANCEL))) {
      for (String blank : new String[] {null, "", "   "}) {
        ApiProblem p =
            assertThrows(
                ApiProblem.class,
                () -> TicketWorkflow.decide(ticket(c.from()), c.action(), VERIFIER, blank));
        assertEquals(400, p.status(), c.toString());
        assertEquals("comment", p.errors().get(0).field());
      }
    }
    assertEquals(IN_PROGRESS, TicketWorkflow.decide(ticket(ASSIGNED), Action.START, ADMIN, null));
  }

  @Test
  void submitNeedsAProgressReportOrEvidence() {
    Subject nothing = new Subject(IN_PROGRESS, List.of("党委办公室"), "张三", false);
    ApiProblem p =
        assertThrows(
            ApiProblem.class,
            () -> TicketWorkflow.decide(nothing, Action.SUBMIT, OFFICE_REPORTER, null));
    assertEquals(409, p.status());
    assertEquals("nothing-to-submit", p.type());
    assertEquals(
        SUBMITTED,
        TicketWorkflow.decide(ticket(IN_PROGRESS), Action.SUBMIT, OFFICE_REPORTER, null));
  }

  @Test
  void rolesDecideWhoMayTakeEachAction() {
    assertEquals(
        403,
        assertThrows(
                ApiProblem.class,
                () -> TicketWorkflow.decide(ticket(SUBMITTED), Action.VERIFY, OFFICE_REPORTER, "x"))
            .status());
    assertEquals(
        403,
        assertThrows(
                ApiProblem.class,
                () -> TicketWorkflow.decide(ticket(ASSIGNED), Action.START, VERIFIER, null))
            .status());
    assertEquals(
        403,
        assertThrows(
                ApiProblem.class,
                () -> TicketWorkflow.decide(ticket(ASSIGNED), Action.CANCEL, OFFICE_REPORTER, "x"))
            .status());
    assertEquals(
        CANCELLED, TicketWorkflow.decide(ticket(ASSIGNED), Action.CANCEL, VERIFIER, "重复立项"));
  }

  @Test
  void aReporterOfAnotherUnitMayNotWriteButOneWithoutAUnitMay() {
    Actor otherUnit = new Actor("reporter-赵六", "赵六", Set.of(Roles.REPORTER), Optional.of("组织部"));
    Actor noUnit = new Actor("reporter-钱七", "钱七", Set.of(Roles.REPORTER), Optional.empty());
    assertEquals(
        403,
        assertThrows(
                ApiProblem.class,
                () -> TicketWorkflow.decide(ticket(ASSIGNED), Action.START, otherUnit, null))
            .status());
    assertEquals(IN_PROGRESS, TicketWorkflow.decide(ticket(ASSIGNED), Action.START, noUnit, null));
    assertEquals(
        IN_PROGRESS, TicketWorkflow.decide(ticket(ASSIGNED), Action.START, OFFICE_REPORTER, null));
    TicketWorkflow.requireOwnUnit(VERIFIER, List.of("组织部"));
  }

  @Test
  void eachActionNamesItsFeedEvent() {
    assertEquals("ticket.started", Action.START.eventType());
    assertEquals("ticket.submitted", Action.SUBMIT.eventType());
    assertEquals("ticket.verified", Action.VERIFY.eventType());
    assertEquals("ticket.rejected", Action.REJECT.eventType());
    assertEquals("ticket.reopened", Action.REOPEN.eventType());
    assertEquals("ticket.cancelled", Action.CANCEL.eventType());
  }

  @Test
  void everyPartyOfTheRoundIsRefusedVerifyAndRejectUnderAnySpelling() {
    Subject reviewed =
        new Subject(
            SUBMITTED,
            List.of("党委办公室"),
            "钱七",
            true,
            new Parties(Set.of("钱七", "赵验收"), Set.of("reporter-王五")),
            Set.of());
    List<Actor> parties =
        List.of(
            new Actor("verifier-x", "趙驗收", Set.of(Roles.VERIFIER), Optional.empty()),
            new Actor("verifier-y", "钱 七", Set.of(Roles.VERIFIER), Optional.empty()),
            new Actor("reporter-王五", "Wang Wu", Set.of(Roles.VERIFIER), Optional.empty()));
    for (Actor a : parties) {
      for (Action action : List.of(Action.VERIFY, Action.REJECT)) {
        assertEquals(
            403,
            assertThrows(ApiProblem.class, () -> TicketWorkflow.decide(reviewed, action, a, "x"))
                .status(),
            a + " " + action);
      }
    }
    assertEquals(VERIFIED, TicketWorkflow.decide(reviewed, Action.VERIFY, VERIFIER, "通过"));
  }

  @Test
  void noPartyOfTheTicketCancelsItInAnyStateUnderAnySpelling() {
    for (Status s : List.of(ASSIGNED, IN_PROGRESS, SUBMITTED)) {
      Subject t =
          new Subject(
              s,
              List.of("党委办公室"),
              "赵验收",
              true,
              new Parties(Set.of("赵验收", "孙七"), Set.of("sun-qi")),
              Set.of());
      for (Actor party :
          List.of(
              new Actor("zhao", "赵验收", Set.of(Roles.VERIFIER), Optional.empty()),
              new Actor("zhao-2", "趙 驗收", Set.of(Roles.ADMIN, Roles.VERIFIER), Optional.empty()),
              new Actor("sun-qi", "另一个名字", Set.of(Roles.VERIFIER), Optional.empty()))) {
        assertEquals(
            403,
            assertThrows(
                    ApiProblem.class, () -> TicketWorkflow.decide(t, Action.CANCEL, party, "重建"))
                .status(),
            s + " " + party);
      }
      assertEquals(CANCELLED, TicketWorkflow.decide(t, Action.CANCEL, VERIFIER, "误建"));
    }
  }

  @Test
  void aWithdrawnProblemStopsWorkVerificationAndReopeningButNotCancelling() {
    java.util.UUID withdrawn = java.util.UUID.randomUUID();
    for (Status s : List.of(ASSIGNED, IN_PROGRESS, SUBMITTED, VERIFIED)) {
      Subject t = new Subject(s, List.of("党委办公室"), "张三", true, Parties.of("张三"), Set.of(withdrawn));
      for (Action a : List.of(Action.START, Action.SUBMIT, Action.VERIFY, Action.REOPEN)) {
        if (TicketWorkflow.rule(s, a).isPresent()) {
          ApiProblem refused =
              assertThrows(ApiProblem.class, () -> TicketWorkflow.decide(t, a, ADMIN, "x"));
          assertEquals(409, refused.status(), s + " " + a);
          assertEquals("problem-withdrawn", refused.type());
        }
      }
      if (s != VERIFIED) {
        assertEquals(CANCELLED, TicketWorkflow.decide(t, Action.CANCEL, ADMIN, "问题已撤销"));
      }
    }
    assertEquals(true, TicketWorkflow.needsProblemStatus(Action.VERIFY));
    assertEquals(false, TicketWorkflow.needsProblemStatus(Action.CANCEL));
  }
}
