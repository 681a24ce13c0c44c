package org.bihuan.problem.service;

import static org.bihuan.problem.Problem.Status.CLOSED;
import static org.bihuan.problem.Problem.Status.OPEN;
import static org.bihuan.problem.Problem.Status.RECTIFYING;
import static org.bihuan.problem.Problem.Status.WITHDRAWN;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.Problem;
import org.bihuan.problem.Problem.Status;
import org.bihuan.problem.client.TicketSummary;

/**
 * The life cycle of a problem, as data (docs/decisions/0053-problem-lifecycle.md): which action
 * moves which state where, and which guards it has. People update, close and withdraw; the
 * rectification feed moves a problem when its tickets change. This class is the only writer of
 * {@code problem.status}: a new problem {@link #starts} OPEN and every change {@link #takes} an
 * action through the table (docs/decisions/0208), which {@link ProblemChanges#record} does with the
 * action's times and feed event (0364).
 */
public final class ProblemLifecycle {

  public enum Action {
    /** Edit the text, category or causes. */
    UPDATE,
    /** 销号: every counted ticket verified. */
    CLOSE,
    /** Remove a problem recorded in error. */
    WITHDRAW,
    /** From the feed: the problem has a ticket that counts (not cancelled). */
    TICKET_COUNTED,
    /** From the feed: every ticket of the problem is cancelled. */
    TICKETS_ALL_CANCELLED,
    /** From the feed: a ticket of a closed problem is not verified (reopened, or new). */
    TICKET_UNVERIFIED;

    /** Whether people take this action through the API (the others follow the tickets). */
    public boolean byPeople() {
      return this == UPDATE || this == CLOSE || this == WITHDRAW;
    }

    public String path() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The type of the feed event a transition by this action emits. */
    public String eventType() {
      return switch (this) {
        case UPDATE -> "problem.updated";
        case CLOSE -> "problem.closed";
        case WITHDRAW -> "problem.withdrawn";
        case TICKET_COUNTED, TICKET_UNVERIFIED -> "problem.rectifying";
        case TICKETS_ALL_CANCELLED -> "problem.reopened";
      };
    }
  }

  public enum Guard {
    /**
     * Only an admin: DOMAIN.md gives closing (销号) to the admins of the source, and withdrawing
     * removes a problem for everybody (docs/decisions/0116).
     */
    ADMIN,
    /** A reason must be given. */
    REASON_REQUIRED,
    /**
     * The caller acts for the whole organisation: a token without a unit claim, whatever his roles
     * (docs/decisions/0116, 0237).
     */
    ORGANISATION_WIDE,
    /** At least one counted ticket, and every counted ticket VERIFIED ({@link ClosureRule}). */
    ALL_TICKETS_VERIFIED,
    /** No ticket that is not CANCELLED. */
    NO_LIVE_TICKETS
  }

  public record Rule(Status from, Action action, Status to, Set<Guard> guards) {}

  /** The caller, as far as the guards care; the system (the feed, an import) has every role. */
  public record Actor(Set<String> roles, Optional<String> unit) {
    public static final Actor SYSTEM =
        new Actor(Set.of(Roles.REPORTER, Roles.VERIFIER, Roles.ADMIN), Optional.empty());
  }

  /** What the guards need to know: the problem's number and state, and its tickets. */
  public record Subject(String number, Status status, List<TicketSummary> tickets) {}

  private static final Map<Status, Map<Action, Rule>> RULES = new EnumMap<>(Status.class);

  static {
    for (Status s : Status.values()) {
      RULES.put(s, new EnumMap<>(Action.class));
    }
    for (Status s : List.of(OPEN, RECTIFYING)) {
      // A problem belongs to no unit: a reporter bound to one records new problems but does not
      // rewrite those every unit's tickets answer (docs/decisions/0116).
      // An admin bound to a unit is held to it too: he neither edits, closes nor withdraws (0237).
      rule(s, Action.UPDATE, s, Guard.ORGANISATION_WIDE);
      rule(
          s,
          Action.CLOSE,
          CLOSED,
          Guard.ADMIN,
          Guard.ORGANISATION_WIDE,
          Guard.ALL_TICKETS_VERIFIED);
      rule(
          s,
          Action.WITHDRAW,
          WITHDRAWN,
          Guard.ADMIN,
          Guard.ORGANISATION_WIDE,
          Guard.REASON_REQUIRED,
          Guard.NO_LIVE_TICKETS);
    }
    rule(OPEN, Action.TICKET_COUNTED, RECTIFYING);
    rule(RECTIFYING, Action.TICKETS_ALL_CANCELLED, OPEN);
    // CLOSED takes no edit: a closed (销号) problem's text is what was verified (0094).
    rule(CLOSED, Action.TICKET_UNVERIFIED, RECTIFYING);
    // WITHDRAWN is final: no rule, tickets included.
  }

  private ProblemLifecycle() {}

  /** The state a new problem starts in: OPEN, as it has no ticket yet. */
  public static void starts(Problem p) {
    p.status = OPEN;
  }

  /**
   * Takes an action on a problem: {@link #decide}s it against {@code tickets} and writes the state
   * it leads to, or throws the refusal and leaves the problem as it was.
   */
  public static Status takes(
      Problem p, List<TicketSummary> tickets, Action action, Actor actor, String reason) {
    p.status = decide(new Subject(p.number, p.status, tickets), action, actor, reason);
    return p.status;
  }

  private static void rule(Status from, Action a, Status to, Guard... guards) {
    Set<Guard> g = guards.length == 0 ? EnumSet.noneOf(Guard.class) : EnumSet.of(guards[0], guards);
    RULES.get(from).put(a, new Rule(from, a, to, Collections.unmodifiableSet(g)));
  }

  public static Optional<Rule> rule(Status from, Action action) {
    return Optional.ofNullable(RULES.get(from).get(action));
  }

  /** Whether the table has a rule for {@code action} from {@code from} (guards aside). */
  public static boolean allows(Status from, Action action) {
    return RULES.get(from).containsKey(action);
  }

  /** The rules that start from a state, in the order of {@link Action}. */
  static Collection<Rule> rulesFrom(Status from) {
    return RULES.get(from).values();
  }

  /** What people may still do to a problem in a state ("update", "close", "withdraw"). */
  public static List<String> allowedActions(Status from) {
    return allowedActions(from, r -> true);
  }

  /**
   * What people may still do to a problem in a state, of the rules that {@code passes} lets through
   * (a refusal because of tickets offers only what those tickets allow: {@link
   * ProblemTicketGuards}).
   */
  static List<String> allowedActions(Status from, Predicate<Rule> passes) {
    return rulesFrom(from).stream()
        .filter(r -> r.action().byPeople())
        .filter(passes)
        .map(r -> r.action().path())
        .toList();
  }

  /**
   * Decides an action: the target state, or an {@link ApiProblem} saying why not (409 for an action
   * the state does not allow or tickets that stand in the way, 403 for the wrong caller, 400 for a
   * missing reason).
   */
  public static Status decide(Subject p, Action action, Actor actor, String reason) {
    // A caller the action's rules refuse in every state hears 403 before the state (0168).
    requireCallerMay(action, actor);
    Rule rule =
        rule(p.status(), action)
            .orElseThrow(
                () ->
                    refusal(
                        p,
                        "illegal-transition",
                        "Problem "
                            + p.number()
                            + " is "
                            + p.status()
                            + " and cannot "
                            + action.path()
                            + "; allowed: "
                            + allowedActions(p.status())
                            + "."));
    for (Guard g : rule.guards()) {
      switch (g) {
        case ADMIN -> requireAdmin(actor, action);
        case REASON_REQUIRED -> {
          if (org.bihuan.platform.input.SafeText.isBlank(reason)) {
            throw ApiProblem.invalidField("reason", "is required to " + action.path());
          }
        }
        case ORGANISATION_WIDE -> requireOrganisationWide(actor, action, null);
        case ALL_TICKETS_VERIFIED -> ProblemTicketGuards.requireAllVerified(p, action);
        case NO_LIVE_TICKETS -> ProblemTicketGuards.requireNoLiveTickets(p, action);
      }
    }
    return rule.to();
  }

  /**
   * Refuses (403) a caller the action's rules would refuse whatever the problem's state, for routes
   * that take the action on many problems at once (an import replacing an earlier one withdraws its
   * problems: docs/decisions/0094).
   */
  public static void requireCallerMay(Action action, Actor actor) {
    requireCallerMay(action, actor, "对问题的操作「" + action.path() + "」", null);
  }

  /**
   * As {@link #requireCallerMay(Action, Actor)}, the refusal naming the operation the caller asked
   * for ({@code what}, e.g. an import with ?replace=true) rather than the action it implies; {@code
   * unitRefusal} ("cannot …") the same for a caller bound to a unit, null for the action's.
   */
  public static void requireCallerMay(Action action, Actor actor, String what, String unitRefusal) {
    if (anyRuleOf(action, Guard.ADMIN) && !actor.roles().contains(Roles.ADMIN)) {
      throw ApiProblem.roleNeeded(Set.of(Roles.ADMIN), what);
    }
    if (anyRuleOf(action, Guard.ORGANISATION_WIDE)) {
      requireOrganisationWide(actor, action, unitRefusal);
    }
  }

  private static boolean anyRuleOf(Action action, Guard guard) {
    return RULES.values().stream()
        .map(m -> m.get(action))
        .anyMatch(r -> r != null && r.guards().contains(guard));
  }

  private static void requireAdmin(Actor actor, Action action) {
    if (!actor.roles().contains(Roles.ADMIN)) {
      // 销号 and withdrawal are done by the admins of the source (0116).
      throw ApiProblem.roleNeeded(Set.of(Roles.ADMIN), "对问题的操作「" + action.path() + "」");
    }
  }

  private static void requireOrganisationWide(Actor actor, Action action, String unitRefusal) {
    if (actor.unit().isPresent()) {
      // A problem belongs to no unit (0116); the rule for every whole-organisation write is the
      // platform's (0237), the roles named are those whose holders without a unit claim may.
      throw CurrentUser.boundToUnit(
          actor.unit().get(),
          (unitRefusal != null ? unitRefusal : "cannot " + action.path() + " a problem")
              + ", whatever his roles: problems are edited by an admin or by a reporter for the"
              + " whole organisation (a token without a unit claim), closed and withdrawn by an"
              + " admin without one.",
          anyRuleOf(action, Guard.ADMIN)
              ? List.of(Roles.ADMIN)
              : List.of(Roles.REPORTER, Roles.ADMIN));
    }
  }

  /** Refuses (409) an action the state does not allow, before anything is asked elsewhere. */
  public static void requireAllowed(String number, Status status, Action action) {
    if (rule(status, action).isEmpty()) {
      decide(new Subject(number, status, List.of()), action, Actor.SYSTEM, "-");
    }
  }

  /**
   * The action the feed takes when a problem's tickets are now in {@code ticketStatuses}, if any,
   * read from the {@link ClosureRule#verdict} a close is decided by: OPEN gains a counted ticket,
   * RECTIFYING loses every one, CLOSED has one not verified.
   */
  public static Optional<Action> followTickets(Status current, Collection<String> ticketStatuses) {
    ClosureRule.Verdict v = ClosureRule.verdict(ticketStatuses);
    Action a =
        switch (current) {
          case OPEN -> v != ClosureRule.Verdict.NO_TICKETS ? Action.TICKET_COUNTED : null;
          case RECTIFYING ->
              v == ClosureRule.Verdict.NO_TICKETS ? Action.TICKETS_ALL_CANCELLED : null;
          case CLOSED -> v == ClosureRule.Verdict.OPEN_TICKETS ? Action.TICKET_UNVERIFIED : null;
          case WITHDRAWN -> null;
        };
    return Optional.ofNullable(a).filter(x -> rule(current, x).isPresent());
  }

  private static ApiProblem refusal(Subject p, String type, String detail) {
    return ApiProblem.conflict(type, detail)
        .with("currentState", p.status())
        .with("allowedActions", allowedActions(p.status()));
  }
}
