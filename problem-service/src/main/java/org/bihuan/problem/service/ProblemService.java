package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.http.AnswerCache;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.problem.Cause;
import org.bihuan.problem.Problem;
import org.bihuan.problem.Source;
import org.bihuan.problem.client.TicketSummary;
import org.bihuan.problem.mapping.ProblemInput;
import org.bihuan.problem.mapping.ProblemView;
import org.bihuan.problem.service.ProblemLifecycle.Action;
import org.bihuan.problem.service.ProblemLifecycle.Actor;

@ApplicationScoped
public class ProblemService {

  static final int MAX_QUERY = 200;

  /**
   * How long a withdrawal may take from its mark to its decision; a mark older than this was left
   * by one that died (the rectification client's timeouts are seconds).
   */
  static final Duration WITHDRAWAL_TAKES_AT_MOST = Duration.ofMinutes(2);

  @Inject AnswerCache answers;
  @Inject OrganisationClock clock;
  @Inject ProblemNumbers numbers;
  @Inject CategoryService categories;
  @Inject EntityManager em;
  @Inject KnownTickets knownTickets;
  @Inject ProblemCallers callers;
  @Inject ProblemChanges changes;

  @Transactional
  public Problem create(ProblemInput in) {
    if (Source.findById(in.sourceId()) == null) {
      throw ApiProblem.invalidField("sourceId", "no source with this id");
    }
    refuseDuplicateExternalRef(in.externalRef(), null);
    Problem p = newProblem(in.sourceId(), categories.resolve(in.sourceId(), in.categoryPath()));
    p.title = in.title().strip();
    p.description = in.description() == null ? "" : in.description().strip();
    p.externalRef = blankToNull(in.externalRef());
    p.causeIds = causesOf(in.sourceId(), in.causeIds());
    p.persist();
    changes.created(p);
    return p;
  }

  /** A new OPEN problem with its number; the caller fills in the text and persists it. */
  @Transactional(Transactional.TxType.MANDATORY)
  Problem newProblem(UUID sourceId, org.bihuan.problem.Category category) {
    Problem p = new Problem();
    p.id = UUID.randomUUID();
    p.createdAt = clock.now();
    p.number = numbers.next(p.createdAt.atZone(clock.zone()).getYear());
    p.sourceId = sourceId;
    p.category = category;
    ProblemLifecycle.starts(p);
    return p;
  }

  @Transactional
  public Problem update(UUID id, ProblemInput in, String ifMatch) {
    // Who may never edit a problem hears so before anything about it (0168).
    ProblemLifecycle.requireCallerMay(Action.UPDATE, callers.current());
    // Locked before its version is compared: of concurrent edits with the same If-Match one
    // succeeds and the others see its version (412), as a ticket's writers do.
    Problem p = lock(id);
    Versions.checkIfMatch(ifMatch, p.version);
    ProblemLifecycle.decide(subject(p, List.of()), Action.UPDATE, callers.current(), null);
    if (!p.sourceId.equals(in.sourceId())) {
      throw ApiProblem.invalidField("sourceId", "the source of a problem cannot change");
    }
    refuseDuplicateExternalRef(in.externalRef(), p.id);
    ProblemView before = ProblemView.of(p);
    p.category = categories.resolve(p.sourceId, in.categoryPath());
    p.title = in.title().strip();
    p.description = in.description() == null ? "" : in.description().strip();
    p.externalRef = blankToNull(in.externalRef());
    Set<UUID> causes = causesOf(p.sourceId, in.causeIds());
    if (!causes.equals(p.causeIds)) {
      p.causeIds.clear();
      p.causeIds.addAll(causes);
    }
    if (ProblemView.of(p).equals(before)) {
      return p; // nothing changed: no new version, no problem.updated
    }
    changes.record(p, List.of(), callers.current(), Action.UPDATE, null);
    return p;
  }

  /**
   * Marks a withdrawal as under way, before the rectification service is asked for the problem's
   * tickets (docs/decisions/0117): from this commit on, the rectification service creates no ticket
   * for the problem and cancels one it created meanwhile. A second withdrawal of the same problem
   * while one is under way is refused (409), so that no withdrawal clears a mark another still
   * relies on. Answers the mark, which only its owner clears ({@link #endWithdrawal}).
   */
  @Transactional
  public Instant startWithdrawal(UUID id, long versionChecked) {
    Problem p = lock(id);
    refuseIfChanged(p, versionChecked, "withdraw");
    ProblemLifecycle.requireAllowed(p.number, p.status, Action.WITHDRAW);
    Instant now = clock.now().truncatedTo(ChronoUnit.MICROS);
    if (p.withdrawalStartedAt != null
        && p.withdrawalStartedAt.isAfter(now.minus(WITHDRAWAL_TAKES_AT_MOST))) {
      throw ApiProblem.conflict(
              "withdrawal-under-way",
              "Problem "
                  + p.number
                  + " is being withdrawn by another request since "
                  + p.withdrawalStartedAt
                  + "; read it again in a moment.")
          .header("Retry-After", "5");
    }
    // A mark older than that was left by a withdrawal that died; this one takes it over.
    em.createNativeQuery("update problem set withdrawal_started_at = ?1 where id = ?2")
        .setParameter(1, now)
        .setParameter(2, id)
        .executeUpdate();
    answers.evictAfterCompletion("problem", id); // the view shows the mark; no event (0174)
    return now;
  }

  /** Clears the mark of a withdrawal that did not happen, unless another one took it over. */
  @Transactional
  public void endWithdrawal(UUID id, Instant mark) {
    em.createNativeQuery(
            "update problem set withdrawal_started_at = null"
                + " where id = ?1 and withdrawal_started_at = ?2")
        .setParameter(1, id)
        .setParameter(2, mark)
        .executeUpdate();
    answers.evictAfterCompletion("problem", id);
  }

  /**
   * Withdraws a problem whose tickets were asked for just before ({@code asked}), under the mark
   * set by {@link #startWithdrawal}. The row is locked, and the tickets this service has learnt
   * from the feed meanwhile are added, so a ticket created during the withdrawal is not missed
   * (docs/decisions/0052, 0117).
   */
  @Transactional
  public Problem withdraw(
      UUID id,
      String reason,
      String ifMatch,
      long versionChecked,
      Instant mark,
      List<TicketSummary> asked) {
    Problem p = lock(id);
    Versions.checkIfMatch(ifMatch, p.version);
    refuseIfChanged(p, versionChecked, "withdraw");
    if (!mark.equals(p.withdrawalStartedAt)) {
      // Another withdrawal took a mark over that looked abandoned: tickets may have been
      // created while this one had none.
      throw ApiProblem.conflict(
          "concurrent-update",
          "Problem " + p.number + " changed while its tickets were checked; retry the withdraw.");
    }
    ProblemLifecycle.decide(
        subject(p, knownTickets.merged(p.id, asked)), Action.WITHDRAW, callers.current(), reason);
    markWithdrawn(p, reason.strip());
    return p;
  }

  /** Withdraws a problem of an import being replaced; the import checked its tickets. */
  @Transactional(Transactional.TxType.MANDATORY)
  void markWithdrawn(Problem p, String reason) {
    changes.record(p, knownTickets.merged(p.id, List.of()), Actor.SYSTEM, Action.WITHDRAW, reason);
  }

  /**
   * Closes a problem whose tickets were found all verified just before ({@code asked}). The row is
   * locked (the feed follower locks it too), the version must be the one checked, and the tickets
   * this service has learnt from the feed meanwhile are checked again: a ticket created or reopened
   * during the close keeps the problem open; one whose event arrives after the close reopens it
   * (docs/decisions/0052).
   */
  @Transactional
  public Problem markClosed(
      UUID id, String ifMatch, long versionChecked, List<TicketSummary> asked) {
    Problem p = lock(id);
    Versions.checkIfMatch(ifMatch, p.version);
    refuseIfChanged(p, versionChecked, "close");
    List<TicketSummary> known = knownTickets.merged(p.id, asked);
    // Refused before anything is written.
    ProblemLifecycle.decide(subject(p, known), Action.CLOSE, callers.current(), null);
    if (ProblemLifecycle.allows(p.status, Action.TICKET_COUNTED)) {
      // Closable means it has verified tickets, so it was rectifying even if the feed that says
      // so has not arrived yet: its subscribers see problem.rectifying before problem.closed.
      // The event's data is the problem as this step leaves it, rendered now: the supplier of a
      // later event of the same transaction would otherwise render it CLOSED.
      changes.recordPassing(p, known, Actor.SYSTEM, Action.TICKET_COUNTED, null);
    }
    changes.record(p, known, callers.current(), Action.CLOSE, null);
    return p;
  }

  private static void refuseIfChanged(Problem p, long versionChecked, String what) {
    if (p.version != versionChecked) {
      throw ApiProblem.conflict(
          "concurrent-update",
          "Problem "
              + p.number
              + " changed while its tickets were checked; retry the "
              + what
              + ".");
    }
  }

  static ProblemLifecycle.Subject subject(Problem p, List<TicketSummary> tickets) {
    return new ProblemLifecycle.Subject(p.number, p.status, tickets);
  }

  /** Loads a problem for a status change, holding its row lock until the transaction ends. */
  @Transactional(Transactional.TxType.MANDATORY)
  Problem lock(UUID id) {
    Problem p = lockedOrNull(em, id);
    if (p == null) {
      throw ApiProblem.notFound("problem", id);
    }
    return p;
  }

  /**
   * Locks a problem's row, then reads it: every writer of a problem's status (close, withdraw, the
   * feed follower, an import recording its tickets) comes through here. {@code em.find} with
   * PESSIMISTIC_WRITE read the row first and locked it after (Hibernate's follow-on lock for the
   * joined category), so a writer that committed in between left this one with the old version: its
   * update then matched no row (OptimisticLockException) and the feed page or the close was
   * refused. Reading after the lock sees the last committed version (docs/decisions/0118).
   */
  static Problem lockedOrNull(EntityManager em, UUID id) {
    List<?> row =
        em.createNativeQuery("select id from problem where id = ?1 for update")
            .setParameter(1, id)
            .getResultList();
    if (row.isEmpty()) {
      return null;
    }
    Problem p = em.find(Problem.class, id);
    // Read again in case this transaction had it already, from before the lock.
    em.refresh(p);
    return p;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Problem get(UUID id) {
    Problem p = Problem.findById(id);
    if (p == null) {
      throw ApiProblem.notFound("problem", id);
    }
    return p;
  }

  private void refuseDuplicateExternalRef(String externalRef, UUID self) {
    String ref = blankToNull(externalRef);
    if (ref == null) {
      return;
    }
    // Concurrent writers of the same externalRef take turns, so the second one finds the first
    // one's problem (409 with its Location) instead of colliding on the unique index at commit.
    em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
        .setParameter(1, "problem externalRef " + ref)
        .getSingleResult();
    Problem existing = Problem.find("externalRef", ref).firstResult();
    if (existing != null && !existing.id.equals(self)) {
      throw ApiProblem.conflict(
              "duplicate-external-ref", "A problem with externalRef '" + ref + "' already exists.")
          .header("Location", "/api/v1/problems/" + existing.id)
          .with("existingId", existing.id);
    }
  }

  private static Set<UUID> causesOf(UUID sourceId, List<UUID> ids) {
    Set<UUID> wanted = ids == null ? new LinkedHashSet<>() : new LinkedHashSet<>(ids);
    if (wanted.isEmpty()) {
      return wanted;
    }
    List<Cause> found = Cause.list("id in ?1", wanted);
    if (found.size() != wanted.size()) {
      throw ApiProblem.invalidField("causeIds", "names a cause that does not exist");
    }
    if (found.stream().anyMatch(c -> !c.sourceId.equals(sourceId))) {
      throw ApiProblem.invalidField("causeIds", "names a cause of another source");
    }
    return wanted;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
