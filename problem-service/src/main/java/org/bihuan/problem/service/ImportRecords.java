package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.problem.Cause;
import org.bihuan.problem.ImportedMeasure;
import org.bihuan.problem.Problem;
import org.bihuan.problem.ProposedMeasure;
import org.bihuan.problem.Source;
import org.bihuan.problem.SourceImport;
import org.bihuan.problem.client.TicketSummary;
import org.bihuan.problem.importing.ParsedCause;
import org.bihuan.problem.importing.ParsedDocument;
import org.bihuan.problem.importing.ParsedMeasure;
import org.bihuan.problem.importing.ParsedProblem;
import org.bihuan.problem.mapping.ImportAnswer;

/**
 * The database side of an import: each public method is one transaction (reads too, so that each
 * sees what the previous step committed rather than entities cached earlier in the request).
 */
@ApplicationScoped
public class ImportRecords {

  @Inject OrganisationClock clock;
  @Inject ProblemService problems;
  @Inject CauseService causes;
  @Inject CategoryService categories;
  @Inject SourceService sources;
  @Inject ImportRetirement retirement;
  @Inject EntityManager em;
  @Inject ProblemChanges changes;

  @Transactional
  public Source source(UUID sourceId) {
    Source s = Source.findById(sourceId);
    if (s == null) {
      throw ApiProblem.notFound("source", sourceId);
    }
    return s;
  }

  @Transactional
  public SourceImport current(UUID sourceId, String sha256) {
    return SourceImport.find(
            "sourceId = ?1 and sha256 = ?2 and replacedBy is null", sourceId, sha256)
        .firstResult();
  }

  @Transactional
  public SourceImport get(UUID sourceId, UUID importId) {
    SourceImport i = SourceImport.findById(importId);
    if (i == null || !i.sourceId.equals(sourceId)) {
      throw ApiProblem.notFound("import of this source", importId);
    }
    return i;
  }

  /** The problems of an import that are still alive (neither withdrawn nor closed). */
  @Transactional
  public List<Problem> liveProblems(UUID importId) {
    return Problem.list(
        "importId = ?1 and status not in ?2 order by seq",
        importId,
        List.of(Problem.Status.WITHDRAWN, Problem.Status.CLOSED));
  }

  /**
   * What an import replaces: the earlier {@code imports}, the withdrawal {@code marks} of their
   * problems to withdraw, and for each problem of the document the problem it keeps ({@code kept},
   * null for a new one; docs/decisions/0308).
   */
  public record Replacing(List<UUID> imports, Map<UUID, Instant> marks, List<Problem> kept) {

    static final Replacing NOTHING = new Replacing(List.of(), Map.of(), List.of());

    List<Problem> keptProblems() {
      return kept.stream().filter(java.util.Objects::nonNull).toList();
    }

    Problem keptAt(int i) {
      return i < kept.size() ? kept.get(i) : null;
    }
  }

  /**
   * Writes a parsed document in one transaction: the import record, its causes, proposed measures,
   * categories, problems (each with a feed event) and the measures of a rectification plan. With
   * {@code replacing}, the earlier imports are retired first ({@link ImportRetirement}); a problem
   * the document repeats is kept rather than created, and its measures carry their tickets.
   */
  @Transactional
  public UUID write(
      UUID sourceId,
      String sha256,
      String mediaType,
      String fileName,
      String importedBy,
      ParsedDocument doc,
      Replacing replacing) {
    // one import of a source writes at a time; the source shows the file's name (0300)
    sources.uploaded(sourceId, fileName);
    UUID importId = UUID.randomUUID();
    retirement.retire(replacing, importId);
    SourceImport imp = new SourceImport();
    imp.id = importId;
    imp.sourceId = sourceId;
    imp.sha256 = sha256;
    imp.mediaType = mediaType == null ? "text/plain" : mediaType;
    imp.fileName = fileName;
    imp.importedBy = importedBy;
    imp.importedAt = clock.now();
    imp.warnings = List.copyOf(doc.warnings());
    imp.persist();
    em.flush();

    for (ParsedCause c : doc.causes()) {
      causes.record(sourceId, c.title(), c.description(), importId);
    }
    for (org.bihuan.problem.importing.ProposedMeasure m : doc.proposedMeasures()) {
      ProposedMeasure pm = new ProposedMeasure();
      pm.id = UUID.randomUUID();
      pm.sourceId = sourceId;
      pm.importId = importId;
      pm.title = m.title();
      pm.description = m.description() == null ? "" : m.description();
      pm.duties(m.duties());
      pm.persist();
    }
    int n = 0;
    for (int i = 0; i < doc.problems().size(); i++) {
      ParsedProblem parsed = doc.problems().get(i);
      Problem p;
      List<ImportedMeasure> before = List.of();
      Problem kept = replacing.keptAt(i);
      if (kept != null) {
        ImportRetirement.Kept k = retirement.keep(kept.id, parsed, importId);
        p = k.problem();
        before = k.measures();
      } else {
        p = problems.newProblem(sourceId, categories.resolve(sourceId, parsed.categoryPath()));
        p.title = parsed.title().strip();
        p.description = parsed.description() == null ? "" : parsed.description().strip();
        p.importId = importId;
        p.persist();
        changes.created(p);
      }
      // the measures of the replaced import that the document's repeat, reworded or not (0318)
      List<ImportedMeasure> repeats =
          MeasureCounterparts.pair(
              before, parsed.measures().stream().map(ParsedMeasure::measure).toList());
      for (int j = 0; j < parsed.measures().size(); j++) {
        ParsedMeasure m = parsed.measures().get(j);
        ImportedMeasure im = new ImportedMeasure();
        im.id = UUID.randomUUID();
        im.importId = importId;
        im.n = ++n;
        im.problemId = p.id;
        im.measure = m.measure();
        im.responsibleUnits = m.responsibleUnits() == null ? List.of() : m.responsibleUnits();
        im.leaderInCharge = m.leaderInCharge();
        im.responsiblePerson = m.responsiblePerson();
        im.timing = m.timing() == null ? null : m.timing().name();
        im.deadline = m.deadline();
        im.coResponsibleUnits = m.coResponsibleUnits() == null ? List.of() : m.coResponsibleUnits();
        im.progress = m.progress();
        im.statusHint = m.statusHint() == null ? null : m.statusHint().name();
        ImportRetirement.carry(im, repeats.get(j));
        im.persist();
      }
    }
    return importId;
  }

  /**
   * The measures of an import that have no ticket yet, once those of kept problems have taken the
   * tickets the replaced import's same measures got after the replacement was written (0308).
   */
  @Transactional
  public List<ImportedMeasure> measuresWithoutTicket(UUID importId) {
    List<ImportedMeasure> without =
        ImportedMeasure.list("importId = ?1 and ticketId is null order by n", importId);
    retirement.adoptLateTickets(importId, without);
    return without.stream().filter(m -> m.ticketId == null).toList();
  }

  /** Measures with a ticket whose progress note is not yet the ticket's progress report. */
  public List<ImportedMeasure> progressNotesToReport(UUID importId) {
    return ImportedMeasure.list(
        "importId = ?1 and ticketId is not null and progress is not null"
            + " and progressReportedAt is null order by n",
        importId);
  }

  /** The day of the import, in the organisation's time zone. */
  public LocalDate importedOn(UUID importId, ZoneId zone) {
    SourceImport imp = SourceImport.findById(importId);
    return imp.importedAt.atZone(zone).toLocalDate();
  }

  @Transactional
  public void progressReported(UUID measureId, Instant at) {
    ImportedMeasure m = ImportedMeasure.findById(measureId);
    if (m != null && m.progressReportedAt == null) {
      m.progressReportedAt = at;
    }
  }

  /**
   * Records the tickets the rectification service created for measures, and moves their problems
   * that were OPEN to RECTIFYING (they have a ticket now).
   */
  @Transactional
  public void recordTickets(UUID importId, Map<Integer, TicketSummary> byMeasure) {
    // Problems are locked in id order, as the feed follower locks them (no deadlock cycle).
    java.util.SortedSet<UUID> withTickets = new java.util.TreeSet<>();
    for (Map.Entry<Integer, TicketSummary> e : byMeasure.entrySet()) {
      ImportedMeasure m =
          ImportedMeasure.find("importId = ?1 and n = ?2", importId, e.getKey()).firstResult();
      if (m == null || m.ticketId != null) {
        continue;
      }
      m.ticketId = e.getValue().id();
      m.ticketNumber = e.getValue().number();
      withTickets.add(m.problemId);
    }
    for (UUID problemId : withTickets) {
      Problem p = ProblemService.lockedOrNull(em, problemId);
      ProblemLifecycle.Action counted = ProblemLifecycle.Action.TICKET_COUNTED;
      if (p != null && ProblemLifecycle.allows(p.status, counted)) {
        changes.record(p, List.of(), ProblemLifecycle.Actor.SYSTEM, counted, null);
      }
    }
  }

  /** The answer of an import as stored, with the reasons why measures are still pending. */
  @Transactional
  public ImportAnswer answer(UUID importId, Map<Integer, String> pendingReasons) {
    SourceImport imp = SourceImport.findById(importId);
    Map<UUID, List<ImportAnswer.Measure>> measuresByProblem = new LinkedHashMap<>();
    List<ImportAnswer.CreatedTicket> created = new ArrayList<>();
    List<ImportAnswer.CreatedTicket> carried = new ArrayList<>();
    List<ImportAnswer.PendingTicket> pending = new ArrayList<>();
    for (ImportedMeasure m :
        ImportedMeasure.<ImportedMeasure>list("importId = ?1 order by n", importId)) {
      measuresByProblem
          .computeIfAbsent(m.problemId, k -> new ArrayList<>())
          .add(
              new ImportAnswer.Measure(
                  m.measure,
                  m.responsibleUnits,
                  m.coResponsibleUnits == null ? List.of() : m.coResponsibleUnits,
                  m.leaderInCharge,
                  m.responsiblePerson,
                  m.timing,
                  m.deadline,
                  m.progress,
                  m.statusHint));
      if (m.ticketId != null) {
        // a ticket carried over from a replaced import was not created by this one (0312)
        (m.ticketExternalRef == null ? created : carried)
            .add(
                new ImportAnswer.CreatedTicket(
                    m.ticketExternalRef(), m.ticketId, m.ticketNumber, m.problemId, m.measure));
      } else {
        String reason =
            pendingReasons.getOrDefault(
                m.n,
                TicketDrafts.missing(m)
                    .orElse(
                        "not requested yet: import with ?createTickets=true or POST"
                            + " /api/v1/sources/"
                            + imp.sourceId
                            + "/imports/"
                            + importId
                            + "/tickets"));
        pending.add(
            new ImportAnswer.PendingTicket(m.ticketExternalRef(), m.problemId, m.measure, reason));
      }
    }
    List<ImportAnswer.ImportedProblem> problemList =
        Problem.<Problem>list("importId = ?1 order by seq", importId).stream()
            .map(
                p ->
                    new ImportAnswer.ImportedProblem(
                        p.id,
                        p.number,
                        p.title,
                        p.description,
                        p.category == null ? List.of() : List.copyOf(p.category.path),
                        measuresByProblem.getOrDefault(p.id, List.of()),
                        null))
            .toList();
    List<ImportAnswer.ImportedCause> causeList =
        Cause.<Cause>list("importId = ?1 order by seq", importId).stream()
            .map(c -> new ImportAnswer.ImportedCause(c.id, c.title, c.description))
            .toList();
    List<ImportAnswer.ImportedProposal> proposals =
        ProposedMeasure.<ProposedMeasure>list("importId = ?1 order by seq", importId).stream()
            .map(
                m ->
                    new ImportAnswer.ImportedProposal(
                        m.id,
                        m.title,
                        m.description,
                        m.responsibleUnits,
                        m.coResponsibleUnits,
                        m.leaderInCharge,
                        m.responsiblePerson,
                        m.timing,
                        m.deadline))
            .toList();
    return new ImportAnswer(
        importId,
        imp.sourceId,
        false,
        problemList,
        causeList,
        proposals,
        imp.warnings,
        new ImportAnswer.Tickets(created, pending, carried, retirement.dropped(importId)),
        imp.fileName);
  }
}
