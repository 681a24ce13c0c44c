package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.problem.ImportedMeasure;
import org.bihuan.problem.Problem;
import org.bihuan.problem.SourceImport;
import org.bihuan.problem.client.TicketSummary;
import org.bihuan.problem.importing.ParsedDocument;
import org.bihuan.problem.importing.ParsedMeasure;
import org.bihuan.problem.importing.ParsedProblem;
import org.bihuan.problem.mapping.ImportAnswer;
import org.bihuan.problem.service.ProblemLifecycle.Action;

/**
 * What a replacement does with each problem (docs/decisions/0308): a problem of the replaced
 * imports that the document repeats is kept — same id, number, status and tickets, its fields
 * brought up to the document — the others that are live are withdrawn, and the document's problems
 * without a counterpart are new. A dry run and the real import say it in the same words.
 */
@ApplicationScoped
public class ReplacedProblems {

  /**
   * {@code kept}: for each problem of the document, in order, the problem it keeps, or null for a
   * new one; {@code changed}: the fields the document changes in each kept one; {@code withdrawn}:
   * the live problems of the replaced imports without a counterpart; {@code given}: the document's
   * problems; {@code carried}: for each of them, per measure, the measure of the replaced import
   * whose ticket it carries ({@link MeasureCounterparts#pair}), or null; {@code dropped}: for each
   * of them, the measures with a ticket that the kept problem had in the replaced import and that
   * no measure of the document repeats (0318).
   */
  public record Fates(
      List<Problem> kept,
      List<List<String>> changed,
      List<Problem> withdrawn,
      List<ParsedProblem> given,
      List<List<ImportedMeasure>> carried,
      List<List<ImportedMeasure>> dropped) {

    long keptCount() {
      return kept.stream().filter(p -> p != null).count();
    }

    long changedCount() {
      int n = 0;
      for (int i = 0; i < kept.size(); i++) {
        if (kept.get(i) != null && !changed.get(i).isEmpty()) {
          n++;
        }
      }
      return n;
    }

    /** The withdrawn problems of one replaced import. */
    List<Problem> withdrawnOf(UUID importId) {
      return withdrawn.stream().filter(p -> importId.equals(p.importId)).toList();
    }

    /** What the answer says of the {@code i}-th problem of the document. */
    ImportAnswer.Replacement of(int i) {
      Problem p = kept.get(i);
      if (p == null) {
        return new ImportAnswer.Replacement("NEW", List.of(), true);
      }
      return new ImportAnswer.Replacement(
          "KEPT", changed.get(i), ProblemLifecycle.allows(p.status, Action.UPDATE));
    }

    List<ImportAnswer.WithdrawnProblem> withdrawnAnswer() {
      return withdrawn.stream()
          .map(p -> new ImportAnswer.WithdrawnProblem(p.id, p.number, p.title))
          .toList();
    }
  }

  /**
   * The fates of the problems of the imports {@code replaced} under {@code doc}; the problems of
   * the oldest import are offered as counterparts first. Withdrawn problems are neither candidates
   * nor kept; a CLOSED one may be kept, never withdrawn.
   */
  @Transactional
  public Fates fates(List<UUID> replaced, ParsedDocument doc) {
    List<Problem> earlier = new ArrayList<>();
    // the oldest import's problems first: of two copies of a problem, the one that has carried the
    // work the longest is kept
    List<SourceImport> oldestFirst =
        SourceImport.list("id in ?1 order by importedAt, id", replaced);
    for (UUID id : oldestFirst.stream().map(i -> i.id).toList()) {
      earlier.addAll(
          Problem.<Problem>list(
              "importId = ?1 and status <> ?2 order by seq", id, Problem.Status.WITHDRAWN));
    }
    List<ParsedProblem> given = doc.problems();
    List<Problem> kept = Counterparts.pair(earlier, given);
    List<List<String>> changed = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      Problem p = kept.get(i);
      changed.add(p == null ? List.of() : Counterparts.changed(p, given.get(i), measuresOf(p)));
    }
    List<Problem> withdrawn =
        earlier.stream()
            .filter(p -> ProblemLifecycle.allows(p.status, Action.WITHDRAW) && !kept.contains(p))
            .toList();
    List<List<ImportedMeasure>> carried = new ArrayList<>();
    List<List<ImportedMeasure>> dropped = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      List<ImportedMeasure> before = kept.get(i) == null ? List.of() : measuresOf(kept.get(i));
      // the rule of ImportRecords.write: MeasureCounterparts within the kept problem
      List<ImportedMeasure> paired =
          MeasureCounterparts.pair(
              before, given.get(i).measures().stream().map(ParsedMeasure::measure).toList());
      carried.add(paired.stream().map(m -> m == null || m.ticketId == null ? null : m).toList());
      dropped.add(
          MeasureCounterparts.dropped(before, paired).stream()
              .filter(m -> m.ticketId != null)
              .toList());
    }
    return new Fates(kept, changed, withdrawn, given, carried, dropped);
  }

  /** The measures a problem has in the import it belongs to, in their order. */
  @Transactional(Transactional.TxType.MANDATORY)
  static List<ImportedMeasure> measuresOf(Problem p) {
    return ImportedMeasure.list("problemId = ?1 and importId = ?2 order by n", p.id, p.importId);
  }

  /**
   * The warnings of a replacement, the same for a dry run and the real import: each kept problem
   * the document changes, what becomes of its measures' tickets ({@link CarriedTickets}; {@code
   * tickets}: those the rectification service answered, by id), then the counts.
   */
  static List<String> said(Fates fates, Map<UUID, TicketSummary> tickets) {
    List<String> said = new ArrayList<>();
    for (int i = 0; i < fates.kept().size(); i++) {
      Problem p = fates.kept().get(i);
      if (p == null || fates.changed().get(i).isEmpty()) {
        continue;
      }
      String fields = String.join(", ", fates.changed().get(i));
      String named = "Problem " + p.number + " 「" + ImportAnswers.start(p.title) + "」 is kept";
      said.add(
          !ProblemLifecycle.allows(p.status, Action.UPDATE)
              ? named
                  + " as it is: it is closed, so what the document gives otherwise ("
                  + fields
                  + ") is not applied."
              : named + " (same id, status and tickets); the document changes its " + fields + ".");
    }
    said.addAll(CarriedTickets.said(fates, tickets));
    long kept = fates.keptCount();
    long created = fates.kept().size() - kept;
    said.add(
        "Replacement: "
            + kept
            + " problem(s) kept ("
            + fates.changedCount()
            + " of them changed by the document), "
            + created
            + " new, "
            + fates.withdrawn().size()
            + " withdrawn.");
    return said;
  }
}
