package org.bihuan.rectification.service;

import static org.bihuan.rectification.Ticket.Status.ASSIGNED;
import static org.bihuan.rectification.Ticket.Status.CANCELLED;
import static org.bihuan.rectification.Ticket.Status.IN_PROGRESS;
import static org.bihuan.rectification.Ticket.Status.SUBMITTED;
import static org.bihuan.rectification.Ticket.Status.VERIFIED;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.time.DeadlineFigures;
import org.bihuan.platform.time.DeadlineSql;
import org.bihuan.rectification.Ticket.Status;

/**
 * The life cycle of a ticket, as data: which action moves which state where, who may take it and
 * which guards it has. Every transition of the service goes through {@link #decide}; nothing else
 * changes a ticket's status. The caller is an {@link Actor}; who answers for a ticket, its {@link
 * Parties}.
 */
public final class TicketWorkflow {

  public enum Action {
    START,
    SUBMIT,
    VERIFY,
    REJECT,
    REOPEN,
    CANCEL;

    /** The name in paths, history and the {@code allowedActions} member: "start", "verify"… */
    public String path() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The type of the feed event this transition emits. */
    public String eventType() {
      return "ticket."
          + switch (this) {
            case START -> "started";
            case SUBMIT -> "submitted";
            case VERIFY -> "verified";
            case REJECT -> "rejected";
            case REOPEN -> "reopened";
            case CANCEL -> "cancelled";
          };
    }
  }

  /** Conditions a transition checks besides the caller's role. */
  public enum Guard {
    /** A comment (the reason) must be given. */
    COMMENT_REQUIRED,
    /** A caller bound to a unit, whatever his roles, acts only on tickets listing that unit. */
    OWN_UNIT,
    /**
     * The caller must not answer for the ticket in any round (0091): its responsible person (now or
     * at any earlier time) or whoever ever submitted it, as {@link Parties#includes} compares them.
     */
    NOT_A_PARTY,
    /** At least one progress report or evidence file must exist. */
    WORK_RECORDED,
    /**
     * None of the ticket's problems is WITHDRAWN in problem-service: a ticket under a withdrawn
     * problem is not worked on, verified or reopened, only cancelled (docs/decisions/0052).
     */
    PROBLEMS_NOT_WITHDRAWN
  }

  public record Rule(Status from, Action action, Status to, Set<String> roles, Set<Guard> guards) {}

  private static final Map<Status, Map<Action, Rule>> RULES = new EnumMap<>(Status.class);

  static {
    for (Status s : Status.values()) {
      RULES.put(s, new EnumMap<>(Action.class));
    }
    rule(
        ASSIGNED,
        Action.START,
        IN_PROGRESS,
        Set.of(Roles.REPORTER),
        Guard.OWN_UNIT,
        Guard.PROBLEMS_NOT_WITHDRAWN);
    rule(
        IN_PROGRESS,
        Action.SUBMIT,
        SUBMITTED,
        Set.of(Roles.REPORTER),
        Guard.OWN_UNIT,
        Guard.WORK_RECORDED,
        Guard.PROBLEMS_NOT_WITHDRAWN);
    rule(
        SUBMITTED,
        Action.VERIFY,
        VERIFIED,
        Set.of(Roles.VERIFIER),
        Guard.OWN_UNIT,
        Guard.NOT_A_PARTY,
        Guard.COMMENT_REQUIRED,
        Guard.PROBLEMS_NOT_WITHDRAWN);
    rule(
        SUBMITTED,
        Action.REJECT,
        IN_PROGRESS,
        Set.of(Roles.VERIFIER),
        Guard.OWN_UNIT,
        Guard.NOT_A_PARTY,
        Guard.COMMENT_REQUIRED);
    rule(
        VERIFIED,
        Action.REOPEN,
        IN_PROGRESS,
        Set.of(Roles.VERIFIER),
        Guard.OWN_UNIT,
        Guard.COMMENT_REQUIRED,
        Guard.PROBLEMS_NOT_WITHDRAWN);
    // Cancelling takes a ticket out of the figures without verification: a verifier's judgement,
    // never that of whoever answers for the ticket, who could otherwise cancel a SUBMITTED or
    // overdue ticket and create it again (docs/decisions/0115).
    for (Status s : List.of(ASSIGNED, IN_PROGRESS, SUBMITTED)) {
      rule(
          s,
          Action.CANCEL,
          CANCELLED,
          Set.of(Roles.VERIFIER, Roles.ADMIN),
          Guard.OWN_UNIT,
          Guard.NOT_A_PARTY,
          Guard.COMMENT_REQUIRED);
    }
  }

  private TicketWorkflow() {}

  private static void rule(Status from, Action a, Status to, Set<String> roles, Guard... guards) {
    Set<Guard> g = guards.length == 0 ? EnumSet.noneOf(Guard.class) : EnumSet.of(guards[0], guards);
    RULES.get(from).put(a, new Rule(from, a, to, roles, Collections.unmodifiableSet(g)));
  }

  /**
   * An open ticket: neither VERIFIED nor CANCELLED (DOMAIN.md). It may be edited, has a light and
   * open to-dos, its extension requests wait, and the directory relinks its names; the platform's
   * {@link DeadlineFigures#open} rule, which the report service reads too.
   */
  public static boolean open(Status status) {
    return DeadlineFigures.open(status.name());
  }

  /** {@link #open} as SQL over the ticket {@code alias} ({@code t} for {@code t.status}). */
  public static String openSql(String alias) {
    return DeadlineSql.openStatus(alias + ".status");
  }

  /** The rule for an action from a state, if the table has one. */
  public static Optional<Rule> rule(Status from, Action action) {
    return Optional.ofNullable(RULES.get(from).get(action));
  }

  /** Whether some rule of the action needs to know which of the ticket's problems are withdrawn. */
  public static boolean needsProblemStatus(Action action) {
    return RULES.values().stream()
        .map(m -> m.get(action))
        .anyMatch(r -> r != null && r.guards().contains(Guard.PROBLEMS_NOT_WITHDRAWN));
  }

  /** Whether every rule of the action needs a comment (the reason of a verify, reject, cancel…). */
  public static boolean needsComment(Action action) {
    return RULES.values().stream()
        .map(m -> m.get(action))
        .filter(r -> r != null)
        .allMatch(r -> r.guards().contains(Guard.COMMENT_REQUIRED));
  }

  /** The actions the table allows from a state, in declaration order ("start", "cancel"…). */
  public static List<String> allowedActions(Status from) {
    return RULES.get(from).keySet().stream().map(Action::path).toList();
  }

  /**
   * The actions of the table from a state that this caller's roles allow, in declaration order:
   * what a refusal (409) offers him instead. A reporter is not offered verify. The guards that
   * depend on the ticket or the request (his unit, being a party, a comment, withdrawn problems,
   * recorded work) are checked when he sends the action.
   */
  public static List<String> allowedActions(Status from, Actor actor) {
    return RULES.get(from).entrySet().stream()
        .filter(e -> actor.hasAny(e.getValue().roles()))
        .map(e -> e.getKey().path())
        .toList();
  }

  /**
   * The actions of the ticket's state that this caller may take: his roles allow them and the
   * guards about him pass (his unit for a unit's action; not a party for verify, reject, cancel),
   * and those about the ticket's content (recorded work for submit, no withdrawn problem). Only the
   * guard about the request (a comment) is left to when he sends the action.
   */
  static List<String> allowedActions(Subject ticket, Actor actor) {
    return RULES.get(ticket.status()).entrySet().stream()
        .filter(e -> actor.hasAny(e.getValue().roles()))
        .filter(
            e ->
                !e.getValue().guards().contains(Guard.OWN_UNIT)
                    || actor.actsFor(ticket.unitNames()))
        .filter(
            e ->
                !e.getValue().guards().contains(Guard.NOT_A_PARTY)
                    || (actor.named() && !ticket.parties().includes(actor)))
        // what the ticket's content refuses is not offered either (0256): no submit without
        // recorded work, nothing but cancel under a withdrawn problem
        .filter(e -> !e.getValue().guards().contains(Guard.WORK_RECORDED) || ticket.workRecorded())
        .filter(
            e ->
                !e.getValue().guards().contains(Guard.PROBLEMS_NOT_WITHDRAWN)
                    || ticket.withdrawnProblems().isEmpty())
        .map(e -> e.getKey().path())
        .toList();
  }

  /** "allowed: [reopen]", or what the state allows that this caller may not. */
  private static String allowedToCaller(Subject ticket, Actor actor) {
    List<String> all = allowedActions(ticket.status());
    List<String> his = allowedActions(ticket, actor);
    return his.equals(all)
        ? "allowed: " + all
        : "the state allows "
            + all
            + (his.isEmpty() ? ", none of them to you" : ", of them to you " + his);
  }

  /**
   * The roles that may take an action in some state: a caller holding none of them is refused (403)
   * whatever the ticket's state, before anything about the ticket is read or said
   * (docs/decisions/0168).
   */
  public static Set<String> rolesFor(Action action) {
    Set<String> roles = new TreeSet<>();
    RULES
        .values()
        .forEach(m -> Optional.ofNullable(m.get(action)).ifPresent(r -> roles.addAll(r.roles())));
    return roles;
  }

  /** Refuses (403, naming the roles) a caller who may take the action in no state. */
  public static void requireRole(Action action, Actor actor) {
    Set<String> roles = rolesFor(action);
    if (!actor.hasAny(roles)) {
      throw ApiProblem.roleNeeded(roles, "操作「" + action.path() + "」");
    }
  }

  /**
   * Refuses (403) a reporter of another unit an action that only the ticket's units may take in any
   * state (start, submit), before the ticket's version or state is compared: he may never take it
   * on this ticket (docs/decisions/0168).
   */
  public static void requireScope(Action action, Actor actor, Collection<String> unitNames) {
    boolean unitBound =
        RULES.values().stream()
            .map(m -> m.get(action))
            .anyMatch(r -> r != null && r.guards().contains(Guard.OWN_UNIT));
    if (unitBound) {
      requireOwnUnit(actor, unitNames);
    }
  }

  /**
   * Decides a transition: the target state, or an {@link ApiProblem} saying why not, in this order:
   * 403 for a caller whose roles never allow the action, 409 for an action the state does not
   * allow, then the rule's guards (403 for the wrong unit or a party, 400 for a missing comment,
   * 409 for withdrawn problems or nothing to submit).
   */
  public static Status decide(Subject ticket, Action action, Actor actor, String comment) {
    requireRole(action, actor);
    Rule rule =
        rule(ticket.status(), action)
            .orElseThrow(
                () ->
                    ApiProblem.conflict(
                            "illegal-transition",
                            "The action '"
                                + action.path()
                                + "' is not allowed in state "
                                + ticket.status()
                                + "; "
                                + allowedToCaller(ticket, actor)
                                + ".")
                        .with("currentState", ticket.status())
                        .with("allowedActions", allowedActions(ticket, actor)));
    if (!actor.hasAny(rule.roles())) {
      throw ApiProblem.roleNeeded(rule.roles(), "操作「" + action.path() + "」");
    }
    for (Guard g : rule.guards()) {
      switch (g) {
        case OWN_UNIT -> requireOwnUnit(actor, ticket.unitNames());
        case NOT_A_PARTY -> TicketGuards.requireNotAParty(ticket, action, actor);
        case COMMENT_REQUIRED -> TicketGuards.requireComment(action, comment);
        case PROBLEMS_NOT_WITHDRAWN ->
            TicketGuards.requireNoWithdrawnProblem(ticket, action, actor);
        case WORK_RECORDED -> TicketGuards.requireWorkRecorded(ticket, actor);
      }
    }
    return rule.to();
  }

  /**
   * A caller bound to a unit — reporter, verifier or admin — writes only to tickets that list that
   * unit among their responsible units ({@code unitNames} as {@link OwnUnits} gives them: a unit
   * linked to the directory under its name there now); callers without a unit act for the whole
   * organisation.
   */
  public static void requireOwnUnit(Actor actor, Collection<String> unitNames) {
    if (!actor.actsFor(unitNames)) {
      throw ApiProblem.forbidden(
          "Your unit '"
              + actor.unit().get()
              + "' is not responsible for this ticket; you may only read it.");
    }
  }
}
