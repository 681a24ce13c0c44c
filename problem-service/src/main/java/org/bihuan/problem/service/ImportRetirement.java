package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.feed.ChangeFeed;
import org.bihuan.problem.Cause;
import org.bihuan.problem.ImportedMeasure;
import org.bihuan.problem.Problem;
import org.bihuan.problem.ProposedMeasure;
import org.bihuan.problem.importing.ParsedProblem;
import org.bihuan.problem.mapping.CauseView;
import org.bihuan.problem.mapping.ImportAnswer;

/**
 * The replaced imports' side of a replacing import, inside its transaction (docs/decisions/0297,
 * 0308): the imports are marked replaced, the problems without a counterpart withdrawn, those the
 * document repeats kept and moved to the new import, causes no problem refers to and the proposed
 * measures removed (the new document's take their place).
 */
@ApplicationScoped
public class ImportRetirement {

  @Inject ProblemService problems;
  @Inject CategoryService categories;
  @Inject ChangeFeed feed;
  @Inject EntityManager em;
  @Inject ProblemChanges changes;

  /**
   * Retires the imports {@code r} replaces for the import {@code by}. Every problem to withdraw or
   * keep is locked, in id order (as the feed follower locks them); a problem to withdraw must still
   * carry this replacement's mark, one to keep must still belong to a replaced import and not be
   * withdrawn, and no other problem of those imports may have become live meanwhile — otherwise 409
   * {@code concurrent-update} and nothing is written.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void retire(ImportRecords.Replacing r, UUID by) {
    for (UUID earlier : r.imports()) {
      int marked =
          em.createQuery(
                  "update SourceImport set replacedBy = ?1 where id = ?2 and replacedBy is null")
              .setParameter(1, by)
              .setParameter(2, earlier)
              .executeUpdate();
      if (marked != 1) {
        throw ApiProblem.conflict(
            "concurrent-import",
            "The earlier import was replaced meanwhile; read the source again.");
      }
    }
    Set<UUID> kept = new HashSet<>();
    r.keptProblems().forEach(p -> kept.add(p.id));
    Set<UUID> locking = new TreeSet<>(kept);
    locking.addAll(r.marks().keySet());
    for (UUID id : locking) {
      Problem p = problems.lock(id);
      if (kept.contains(id)) {
        if (p.status == Problem.Status.WITHDRAWN || !r.imports().contains(p.importId)) {
          throw changed(p);
        }
      } else if (!Objects.equals(r.marks().get(id), p.withdrawalStartedAt)) {
        // another withdrawal took the mark over, or the problem was not live when marked:
        // tickets may have been created without this replacement seeing them
        throw changed(p);
      } else {
        problems.markWithdrawn(p, "被重新导入替换 (replaced by import " + by + ")");
      }
    }
    for (UUID earlier : r.imports()) {
      List<Problem> live =
          Problem.list(
              "importId = ?1 and status not in ?2",
              earlier,
              List.of(Problem.Status.WITHDRAWN, Problem.Status.CLOSED));
      for (Problem p : live) {
        if (!kept.contains(p.id)) {
          throw changed(p); // e.g. closed when planned, reopened since: neither kept nor withdrawn
        }
      }
      List<Cause> orphaned =
          Cause.list(
              "importId = ?1 and id not in (select c from Problem p join p.causeIds c)", earlier);
      for (Cause c : orphaned) {
        CauseView gone = CauseView.of(c);
        c.delete();
        feed.append("cause.deleted", "cause", gone.id(), () -> gone);
      }
      ProposedMeasure.delete("importId", earlier);
    }
  }

  /**
   * Keeps problem {@code id} (locked by {@link #retire}) for the import {@code importId}: its
   * title, description and category become the document's — unless it is CLOSED, which stays as it
   * was — and it belongs to the new import. Only a problem the document changes gets a new version
   * and a {@code problem.updated} event. Answers it with the measures it had in its import, for the
   * new import's measures to carry their tickets from.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  Kept keep(UUID id, ParsedProblem parsed, UUID importId) {
    Problem p = problems.lock(id);
    List<ImportedMeasure> before = new ArrayList<>(ReplacedProblems.measuresOf(p));
    if (ProblemLifecycle.allows(p.status, ProblemLifecycle.Action.UPDATE)) {
      p.category = categories.resolve(p.sourceId, parsed.categoryPath());
      p.title = parsed.title().strip();
      p.description = parsed.description() == null ? "" : parsed.description().strip();
    }
    p.importId = importId;
    long version = p.version;
    em.flush(); // the new version, which the event shows
    if (p.version != version) {
      // a problem the document leaves as it was keeps its version, and nothing is said (0312)
      changes.record(
          p, List.of(), ProblemLifecycle.Actor.SYSTEM, ProblemLifecycle.Action.UPDATE, null);
    }
    return new Kept(p, before);
  }

  /** A kept problem and the measures it had in the replaced import. */
  record Kept(Problem problem, List<ImportedMeasure> measures) {}

  /**
   * Carries to {@code m}, a measure of a kept problem, the ticket of {@code same}, the measure of
   * the replaced import it repeats ({@link MeasureCounterparts}), if any: the ticket stays as it
   * is, and the new import does not create another one. The progress note was reported once already
   * when it is the same.
   */
  static void carry(ImportedMeasure m, ImportedMeasure same) {
    if (same == null || same.ticketId == null) {
      return;
    }
    m.ticketId = same.ticketId;
    m.ticketNumber = same.ticketNumber;
    m.ticketExternalRef = same.ticketExternalRef();
    if (Objects.equals(m.progress, same.progress)) {
      m.progressReportedAt = same.progressReportedAt;
    }
  }

  /**
   * Gives each measure of {@code without} (measures of import {@code importId} without a ticket)
   * the ticket that the same measure of the same problem in an import this one replaced received
   * after the replacement copied it — a creation for the replaced import that was under way — so
   * that no second ticket is created for it.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void adoptLateTickets(UUID importId, List<ImportedMeasure> without) {
    List<UUID> replaced =
        em.createQuery("select i.id from SourceImport i where i.replacedBy = ?1", UUID.class)
            .setParameter(1, importId)
            .getResultList();
    if (replaced.isEmpty() || without.isEmpty()) {
      return;
    }
    List<UUID> taken =
        new ArrayList<>(
            em.createQuery(
                    "select m.ticketId from ImportedMeasure m where m.importId = ?1"
                        + " and m.ticketId is not null",
                    UUID.class)
                .setParameter(1, importId)
                .getResultList());
    for (ImportedMeasure m : without) {
      List<ImportedMeasure> earlier =
          new ArrayList<>(
              ImportedMeasure.<ImportedMeasure>list(
                      "problemId = ?1 and importId in ?2 and ticketId is not null order by n",
                      m.problemId,
                      replaced)
                  .stream()
                  .filter(e -> !taken.contains(e.ticketId))
                  .toList());
      carry(m, Counterparts.sameMeasure(earlier, m.measure));
      if (m.ticketId != null) {
        taken.add(m.ticketId);
      }
    }
  }

  /**
   * The tickets of the measures that the problems import {@code importId} kept had in the imports
   * it replaced, and that no measure of it carries: the measures the document dropped (0318).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  List<ImportAnswer.CreatedTicket> dropped(UUID importId) {
    return ImportedMeasure.<ImportedMeasure>list(
            "importId in (select i.id from SourceImport i where i.replacedBy = ?1)"
                + " and ticketId is not null"
                + " and problemId in (select p.id from Problem p where p.importId = ?1)"
                + " and ticketId not in (select k.ticketId from ImportedMeasure k"
                + " where k.importId = ?1 and k.ticketId is not null)"
                + " order by n",
            importId)
        .stream()
        .map(
            m ->
                new ImportAnswer.CreatedTicket(
                    m.ticketExternalRef(), m.ticketId, m.ticketNumber, m.problemId, m.measure))
        .toList();
  }

  private static ApiProblem changed(Problem p) {
    return ApiProblem.conflict(
        "concurrent-update",
        "Problem " + p.number + " changed while the earlier import was replaced; import again.");
  }
}
