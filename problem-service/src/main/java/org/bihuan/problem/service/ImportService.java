package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.problem.ImportedMeasure;
import org.bihuan.problem.SourceImport;
import org.bihuan.problem.client.ProgressReport;
import org.bihuan.problem.client.RectificationTickets;
import org.bihuan.problem.importing.DocumentReader;
import org.bihuan.problem.importing.DocumentReading;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.ParsedDocument;
import org.bihuan.problem.importing.ReadingDeadline;
import org.bihuan.problem.mapping.ImportAnswer;

/**
 * Importing a document into a source: its content ({@link DocumentText}), its problems ({@link
 * DocumentReading}: tables, else the outline of its text), then one transaction that writes
 * everything or nothing ({@link ImportRecords}). Tickets are created in the rectification service
 * only after the problems are committed, so an unavailable rectification service never loses an
 * import: its measures stay pending and can be sent again later.
 */
@ApplicationScoped
public class ImportService {

  public record Options(boolean dryRun, boolean replace, boolean createTickets) {}

  /** The answer, and whether something was written (201) or not (dry run, 200). */
  public record Outcome(ImportAnswer answer, boolean created) {}

  @Inject DocumentText documents;
  private static final org.jboss.logging.Logger LOG =
      org.jboss.logging.Logger.getLogger(ImportService.class);

  @Inject ImportPermits permits;
  @Inject ImportRecords records;
  @Inject ImportReplacement replacement;
  @Inject ProblemService problems;
  @Inject RectificationTickets rectification;
  @Inject ImportTickets importTickets;
  @Inject CurrentUser user;
  @Inject OrganisationClock clock;

  @Inject ProblemCallers callers;

  /**
   * Imports the document in {@code body}. The body is read here, on a worker thread, only once one
   * of the import permits is held: at most {@code bihuan.import.max-concurrent} documents are in
   * memory at a time, and a request beyond that is refused (503, Retry-After) before its body is
   * read (docs/decisions/0047).
   */
  public Outcome importDocument(
      UUID sourceId, InputStream body, String mediaType, String fileName, Options options) {
    return importDocument(sourceId, body, mediaType, fileName, List.of(), options, () -> false);
  }

  /**
   * Imports the document as {@link #importDocument(UUID, InputStream, String, String, Options)}
   * does, and abandons reading it as soon as {@code clientGone} says the client closed the
   * connection (checked between pages, streams, records and reads of package parts;
   * docs/decisions/0207). {@code uploadNotes}: what the request's headers call for (a file name in
   * a charset that is not supported), warned of after the document's own warnings and stored with
   * them (0312).
   */
  public Outcome importDocument(
      UUID sourceId,
      InputStream body,
      String mediaType,
      String fileName,
      List<String> uploadNotes,
      Options options,
      java.util.function.BooleanSupplier clientGone) {
    if (options.replace()) {
      // Replacing withdraws the earlier import's problems: a caller who may not withdraw hears
      // so before anything about the document (0168), and so does his dry run, which answers
      // what the real import would do (0312).
      ProblemLifecycle.requireCallerMay(
          ProblemLifecycle.Action.WITHDRAW,
          callers.current(),
          "带 ?replace=true 的导入会撤销上次导入的问题，因此",
          "cannot import with ?replace=true (it withdraws the problems of the earlier import)");
    }
    records.source(sourceId);
    ImportPermits.Permit permit = permits.acquire(user.id());
    DocumentReader.Reading reading;
    try {
      // read where it can be abandoned: the answer comes within the budget, and the permit
      // comes back once the abandoned reading has stopped (0270)
      reading =
          ReadingDeadline.read(
              new DocumentReader(documents), body, mediaType, clientGone, permit::close);
    } catch (ApiProblem refused) {
      if (refused.type().endsWith("client-gone")) {
        // nobody receives the answer: said once, quietly (0245)
        LOG.debugf("Import into source %s abandoned: the client closed the connection", sourceId);
      }
      throw refused;
    }
    try (permit) {
      return importReading(sourceId, reading, mediaType, fileName, uploadNotes, options);
    }
  }

  /** What a document that gave no problems was read as: its lines and the first of them. */
  private static String found(String text) {
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    if (lines.isEmpty()) {
      return "no text was read";
    }
    String first = lines.get(0);
    if (first.codePointCount(0, first.length()) > 40) {
      first = first.substring(0, first.offsetByCodePoints(0, 40)) + "…";
    }
    String read =
        lines.size() == 1 ? "1 line of text was read" : lines.size() + " lines of text were read";
    return read + ", the first 「" + first + "」";
  }

  private Outcome importReading(
      UUID sourceId,
      DocumentReader.Reading reading,
      String mediaType,
      String fileName,
      List<String> uploadNotes,
      Options options) {
    String text = reading.text();
    // problems of the same text are told apart only by their numbers: said (0318)
    ParsedDocument doc = SameProblemTexts.warned(reading.document());
    for (String note : uploadNotes) {
      doc = ImportAnswers.warned(doc, note);
    }
    if (doc.problems().isEmpty()) {
      throw ApiProblem.unprocessable(
              "no-outline",
              "No problems were recognised in the document ("
                  + found(text)
                  + "): it needs a numbered outline such as 一、存在的问题 with items 1. 2. …, a"
                  + " rectification plan with 整改措施：/责任单位： lines, or a table whose header row"
                  + " names a problem column (问题描述, 存在问题, …) and two other kinds of column"
                  + " (序号, 整改措施, 责任单位, 整改时限, …). Tables are read from Word and Excel files"
                  + " and from PDFs, ruled or with columns aligned by whitespace, the header row on"
                  + " one line of text; a table in a scanned PDF (an image) or in a CSV file is not"
                  + " read as a table, so send the Word or Excel file it was made in."
                  + DocumentReading.headerNotes(doc.warnings()).stream()
                      .map(note -> " " + note)
                      .collect(java.util.stream.Collectors.joining()))
          .with("warnings", doc.warnings());
    }
    ImportedFields.refuseWhatCouldNotBeSavedAgain(doc);
    String sha256 = DocumentFingerprint.of(text);
    // the same document, and a revised version of imported ones: warned, and replaced with
    // ?replace=true (0290, 0297)
    ImportReplacement.Plan plan = replacement.plan(sourceId, sha256, doc, options);
    doc = plan.doc();
    SourceImport earlier = plan.same();
    // a dry run answers what the import would: the same 409 for a document imported already (0372)
    if (earlier != null && !options.replace()) {
      throw alreadyImported(sourceId, earlier);
    }
    if (options.dryRun()) {
      return new Outcome(
          ImportAnswers.preview(sourceId, doc, options, fileName, plan.fates()), false);
    }
    UUID importId;
    if (!options.replace() || plan.replaced().isEmpty()) {
      try {
        importId =
            records.write(
                sourceId,
                sha256,
                mediaType,
                fileName,
                user.id(),
                doc,
                ImportRecords.Replacing.NOTHING);
      } catch (RuntimeException e) {
        // the same document imported at the same moment by another request, which committed
        // first (the unique index source_import_current): its answer, not a bare duplicate (0252)
        SourceImport first = uniqueViolation(e) ? records.current(sourceId, sha256) : null;
        if (first == null) {
          throw e;
        }
        throw alreadyImported(sourceId, first);
      }
    } else {
      // Replacing withdraws the earlier imports' problems: the same permission as withdraw, and
      // the same protocol (docs/decisions/0117)
      ProblemLifecycle.requireCallerMay(ProblemLifecycle.Action.WITHDRAW, callers.current());
      importId = replacement.replace(sourceId, sha256, mediaType, fileName, user.id(), plan);
    }
    Map<Integer, String> reasons = Map.of();
    List<String> notRecorded = List.of();
    if (options.createTickets()) {
      reasons = importTickets.create(importId);
      notRecorded = reportProgressNotes(sourceId, importId);
    }
    ImportAnswer answer =
        ImportAnswers.withWarnings(records.answer(importId, reasons), notRecorded);
    if (plan.fates() != null) {
      answer = ImportAnswers.replaced(answer, plan.fates());
    }
    return new Outcome(answer, true);
  }

  private static ApiProblem alreadyImported(UUID sourceId, SourceImport earlier) {
    return ApiProblem.conflict(
            "already-imported",
            "This document was already imported into this source (import "
                + earlier.id
                + "); import it with ?replace=true to replace the problems of that import.")
        .header("Location", "/api/v1/sources/" + sourceId + "/imports/" + earlier.id)
        .with("existingImportId", earlier.id);
  }

  /** Whether {@code e} was caused by a unique index (SQL state 23505). */
  private static boolean uniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Sends the measures of an import that are not tickets yet to the rectification service. */
  public ImportAnswer retryTickets(UUID sourceId, UUID importId) {
    records.source(sourceId);
    SourceImport imp = records.get(sourceId, importId);
    if (imp.replacedBy != null) {
      throw ApiProblem.conflict(
          "import-replaced",
          "Import " + importId + " was replaced by import " + imp.replacedBy + "; use that one.");
    }
    Map<Integer, String> reasons = importTickets.create(importId);
    List<String> notRecorded = reportProgressNotes(sourceId, importId);
    return ImportAnswers.withWarnings(records.answer(importId, reasons), notRecorded);
  }

  public ImportAnswer get(UUID sourceId, UUID importId) {
    records.source(sourceId);
    records.get(sourceId, importId);
    return records.answer(importId, Map.of());
  }

  /**
   * Records the document's progress note (整改进展/完成情况) of every measure that has a ticket as that
   * ticket's first progress report, dated the day of the import. Each report has its own
   * Idempotency-Key and the measure remembers once it is recorded, so a retry neither loses nor
   * doubles one. Answers why the notes that could not be recorded were not.
   */
  private List<String> reportProgressNotes(UUID sourceId, UUID importId) {
    List<String> notRecorded = new ArrayList<>();
    List<ImportedMeasure> due = records.progressNotesToReport(importId);
    if (due.isEmpty()) {
      return notRecorded;
    }
    LocalDate importedOn = records.importedOn(importId, clock.zone());
    for (ImportedMeasure m : due) {
      try {
        rectification.reportProgress(
            m.ticketId,
            TicketDrafts.progressIdempotencyKey(m),
            new ProgressReport(importedOn, m.progress));
        records.progressReported(m.id, clock.now());
      } catch (ApiProblem failure) {
        notRecorded.add(
            "The progress note of 「"
                + m.measure
                + "」 (ticket "
                + m.ticketNumber
                + ") was not recorded in the rectification service: "
                + failure.detail()
                + " POST /api/v1/sources/"
                + sourceId
                + "/imports/"
                + importId
                + "/tickets sends it again.");
      }
    }
    return notRecorded;
  }
}
