package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.Problem;
import org.bihuan.problem.SourceImport;
import org.bihuan.problem.client.RectificationTickets;
import org.bihuan.problem.client.TicketSummary;
import org.bihuan.problem.importing.ParsedDocument;
import org.bihuan.problem.service.ImportService.Options;
import org.bihuan.problem.service.OverlappingImports.Overlap;

/**
 * What an import replaces and how: the current import of the same document, and every current
 * import whose live problems the document repeats (docs/decisions/0290, 0297). A dry run says what
 * a real replacement would withdraw and whether tickets would block it; a real one withdraws it all
 * or nothing.
 */
@ApplicationScoped
public class ImportReplacement {

  /**
   * The imports a document meets: {@code same} the current import of the same document, if any;
   * {@code overlaps} the other current imports it repeats; {@code doc} the document with the
   * warnings that say so.
   */
  public record Plan(
      SourceImport same, List<Overlap> overlaps, ParsedDocument doc, ReplacedProblems.Fates fates) {

    /** The imports a replacement withdraws the live problems of, the same document's first. */
    List<UUID> replaced() {
      List<UUID> ids = new ArrayList<>();
      if (same != null) {
        ids.add(same.id);
      }
      overlaps.forEach(o -> ids.add(o.earlier().id));
      return ids;
    }
  }

  @Inject ImportRecords records;
  @Inject OverlappingImports overlapping;
  @Inject ProblemService problems;
  @Inject RectificationTickets rectification;
  @Inject ReplacedProblems replacedProblems;

  /**
   * The imports {@code doc} meets, its warnings saying what an import with {@code options} does.
   */
  public Plan plan(UUID sourceId, String sha256, ParsedDocument doc, Options options) {
    SourceImport same = records.current(sourceId, sha256);
    List<Overlap> overlaps =
        overlapping.all(sourceId, doc).stream()
            .filter(o -> same == null || !o.earlier().id.equals(same.id))
            .toList();
    List<String> warnings = new ArrayList<>();
    ReplacedProblems.Fates fates = null;
    if (!options.replace()) {
      if (same == null) {
        overlaps.forEach(o -> warnings.add(overlapping.repeats(o)));
      }
    } else if (same == null && overlaps.isEmpty()) {
      warnings.add(OverlappingImports.nothingToReplace());
    } else {
      fates = replacedProblems.fates(new Plan(same, overlaps, doc, null).replaced(), doc);
      for (Overlap repeated : overlaps) {
        // counted as the replacement pairs them: the problems it keeps of that import (0308)
        List<Problem> withdrawn = fates.withdrawnOf(repeated.earlier().id);
        Overlap o =
            new Overlap(
                repeated.earlier(), repeated.live() - withdrawn.size(), repeated.live(), withdrawn);
        warnings.add(
            options.dryRun()
                ? overlapping.wouldReplace(o, withdrawn)
                : overlapping.replaced(o, withdrawn));
      }
      warnings.addAll(ReplacedProblems.said(fates, ticketsNamed(fates)));
      if (options.dryRun()) {
        warnings.addAll(predictedBlock(fates.withdrawn()));
      }
    }
    for (String w : warnings) {
      doc = ImportAnswers.warned(doc, w);
    }
    return new Plan(same, overlaps, doc, fates);
  }

  /**
   * The tickets the kept problems' measures carry or leave behind, as the rectification service
   * answers them now (their current deadline and state, 0318); none when it cannot be asked, and
   * the warnings then compare with what the replaced import recorded.
   */
  private Map<UUID, TicketSummary> ticketsNamed(ReplacedProblems.Fates fates) {
    List<UUID> ids = CarriedTickets.named(fates);
    Map<UUID, TicketSummary> byId = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return byId;
    }
    try {
      rectification.byIds(ids).forEach(t -> byId.put(t.id(), t));
    } catch (ApiProblem unavailable) {
      // said as before: the dates the replaced import gave
    }
    return byId;
  }

  /**
   * Writes the document of {@code plan}, replacing its imports: the problems the document repeats
   * are kept, the other live ones withdrawn (docs/decisions/0308). Each problem to withdraw is
   * marked before its tickets are asked for, exactly as a withdrawal does (docs/decisions/0117), so
   * the rectification service creates none for it meanwhile; only those problems' tickets can
   * refuse the replacement; the marks of a replacement that did not happen are cleared.
   */
  public UUID replace(
      UUID sourceId,
      String sha256,
      String mediaType,
      String fileName,
      String importedBy,
      Plan plan) {
    Map<UUID, Instant> marks = new LinkedHashMap<>();
    boolean replaced = false;
    try {
      List<Problem> withdrawn = plan.fates().withdrawn();
      for (Problem p : withdrawn) {
        marks.put(p.id, problems.startWithdrawal(p.id, p.version));
      }
      List<Blocked> blocked = blocked(withdrawn, rectification::ofProblemBeingWithdrawn);
      if (!blocked.isEmpty()) {
        throw ApiProblem.conflict("replace-blocked-by-tickets", refusal(blocked))
            .with("existingImportId", plan.replaced().get(0))
            .with("replacedImportIds", plan.replaced())
            .with("problemsWithTickets", blocked.stream().map(Blocked::answer).toList());
      }
      UUID importId =
          records.write(
              sourceId,
              sha256,
              mediaType,
              fileName,
              importedBy,
              plan.doc(),
              new ImportRecords.Replacing(plan.replaced(), marks, plan.fates().kept()));
      replaced = true;
      return importId;
    } finally {
      if (!replaced) {
        marks.forEach(problems::endWithdrawal);
      }
    }
  }

  /** A live problem that has tickets not cancelled, which a replacement may not withdraw. */
  record Blocked(Problem problem, List<TicketSummary> tickets) {

    Map<String, Object> answer() {
      return Map.of(
          "id",
          problem.id,
          "number",
          problem.number,
          "title",
          problem.title,
          "tickets",
          tickets.size(),
          "ticketNumbers",
          tickets.stream().map(t -> String.valueOf(t.number())).toList());
    }

    String named() {
      List<String> numbers = new ArrayList<>();
      for (TicketSummary t : tickets) {
        numbers.add(t.number() + " (" + t.status() + ")");
      }
      return "problem "
          + problem.number
          + " 「"
          + ImportAnswers.start(problem.title)
          + "」 has ticket(s) "
          + String.join(", ", numbers);
    }
  }

  private static List<Blocked> blocked(
      List<Problem> live, Function<UUID, List<TicketSummary>> ticketsOf) {
    List<Blocked> blocked = new ArrayList<>();
    for (Problem p : live) {
      List<TicketSummary> tickets = ClosureRule.counted(ticketsOf.apply(p.id));
      if (!tickets.isEmpty()) {
        blocked.add(new Blocked(p, tickets));
      }
    }
    return blocked;
  }

  /** Why a replacement is refused, and what makes it possible: cancelling the tickets named. */
  static String refusal(List<Blocked> blocked) {
    List<String> named = blocked.stream().map(Blocked::named).toList();
    return blocked.size()
        + " problem(s) of the import(s) to replace that this document does not repeat already"
        + " have rectification tickets, so they cannot be withdrawn: "
        + String.join("; ", named)
        + ". Cancel those tickets first (POST /api/v1/tickets/{id}/cancel in the rectification"
        + " service) and import again with ?replace=true, or keep those problems in the document"
        + " (a problem the document repeats is kept with its tickets).";
  }

  /**
   * What a dry run with ?replace=true predicts of the tickets: the refusal a real import would
   * answer, or nothing. The tickets are read, not waited for; a rectification service that does not
   * answer is said so rather than failing the dry run.
   */
  private List<String> predictedBlock(List<Problem> withdrawn) {
    try {
      List<Blocked> blocked = blocked(withdrawn, rectification::ofProblem);
      if (blocked.isEmpty()) {
        return List.of();
      }
      return List.of(
          "A real import with ?replace=true would be refused (409 replace-blocked-by-tickets): "
              + refusal(blocked));
    } catch (ApiProblem unavailable) {
      return List.of(
          "Whether tickets block the replacement could not be checked: " + unavailable.detail());
    }
  }
}
