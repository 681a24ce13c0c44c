package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.http.StreamedFile;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.Evidence;
import org.bihuan.rectification.ProgressReport;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.Ticket.Status;
import org.bihuan.rectification.mapping.EvidenceView;
import org.bihuan.rectification.mapping.ProgressInput;
import org.bihuan.rectification.mapping.ProgressView;

/** The work recorded on a ticket: progress reports (整改进展) and evidence (佐证材料). */
@ApplicationScoped
public class TicketWork {

  @Inject EvidenceBytes evidenceBytes;
  @Inject TicketLocks locks;
  @Inject TicketHistory history;
  @Inject WrittenTicket written;
  @Inject OrganisationClock clock;
  @Inject Callers callers;
  @Inject OwnUnits ownUnits;

  /**
   * A file as received: name, media type, its size and where its bytes are read from (the form
   * parser's temporary file, never memory: docs/decisions/0250), and an optional description.
   */
  public record Upload(
      String filename, String mediaType, long size, Bytes content, String description) {}

  /** Where an upload's bytes are read from, as often as needed. */
  @FunctionalInterface
  public interface Bytes {
    java.io.InputStream open() throws java.io.IOException;
  }

  @Transactional
  public ProgressView report(UUID ticketId, ProgressInput in, String ifMatch) {
    Ticket t = writable(ticketId, ifMatch, "report progress on");
    LocalDate date = reportedOn(t, in.date());
    Actor actor = callers.current();
    Instant now = clock.now();
    ProgressReport p = new ProgressReport();
    p.id = UUID.randomUUID();
    p.ticketId = t.id;
    p.reportedOn = date;
    p.note = in.note().strip();
    p.percent = in.percent();
    p.reporterId = actor.id();
    p.reporterName = actor.name();
    p.recordedAt = now;
    p.persist();
    t.progressCount++;
    t.lastProgressAt = now;
    // A report dated before the latest one (filed late) does not replace it as the latest.
    if (t.lastProgressOn == null || !date.isBefore(t.lastProgressOn)) {
      t.lastProgressOn = date;
      t.lastProgressNote = p.note;
    }
    if (in.percent() != null) {
      t.progressPercent = in.percent();
    }
    DeadlineRules.scheduleReports(t, clock.zone());
    history.record(
        t, actor, "progress", t.status, date + ": " + p.note, now, "ticket.progress_reported");
    return ProgressView.of(p);
  }

  /**
   * The day a report speaks of: today when the report gives none; refused (400) in the future, or
   * before the day the ticket was created — no work on a ticket is reported before it existed, and
   * such a date would make "days since the last report" longer than the ticket's life.
   */
  private LocalDate reportedOn(Ticket t, LocalDate given) {
    LocalDate today = clock.today();
    if (given == null) {
      return today;
    }
    if (given.isAfter(today)) {
      throw ApiProblem.invalidField("date", "must not be in the future (today is " + today + ")");
    }
    LocalDate created = t.createdAt.atZone(clock.zone()).toLocalDate();
    if (given.isBefore(created)) {
      throw ApiProblem.invalidField(
          "date", "must not be before " + created + ", the day the ticket was created");
    }
    return given;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  /** One progress report of {@code ticketId}; 404 when the ticket has no report of that id. */
  public ProgressView progressReport(UUID ticketId, UUID progressId) {
    locks.find(ticketId);
    ProgressReport p = ProgressReport.findById(progressId);
    if (p == null || !p.ticketId.equals(ticketId)) {
      throw ApiProblem.notFound("progress report", progressId);
    }
    return ProgressView.of(p);
  }

  public Page<ProgressView> progress(UUID ticketId, PageRequest page) {
    locks.find(ticketId);
    List<ProgressReport> rows =
        ProgressReport.<ProgressReport>find(
                "ticketId = ?1 and seq > ?2 order by seq", ticketId, page.after())
            .page(0, page.limit() + 1)
            .list();
    return Page.of(rows, page, p -> p.seq, ProgressView::of);
  }

  @Transactional
  public EvidenceView addEvidence(UUID ticketId, Upload upload, String ifMatch) {
    Ticket t = writable(ticketId, ifMatch, "add evidence to");
    Actor actor = callers.current();
    Instant now = clock.now();
    Evidence e = new Evidence();
    e.id = UUID.randomUUID();
    e.ticketId = t.id;
    e.filename = upload.filename();
    e.mediaType = upload.mediaType();
    e.size = upload.size();
    e.sha256 = sha256(upload.content());
    e.description = upload.description();
    e.uploadedById = actor.id();
    e.uploadedByName = actor.name();
    e.uploadedAt = now;
    e.persist();
    Evidence.getEntityManager().flush(); // the content row refers to it
    storeContent(e.id, upload);
    t.evidenceCount++;
    history.record(t, actor, "evidence", t.status, e.filename, now, "ticket.evidence_added");
    return EvidenceView.of(e);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<EvidenceView> evidence(UUID ticketId, PageRequest page) {
    locks.find(ticketId);
    List<Evidence> rows =
        Evidence.<Evidence>find("ticketId = ?1 and seq > ?2 order by seq", ticketId, page.after())
            .page(0, page.limit() + 1)
            .list();
    return Page.of(rows, page, e -> e.seq, EvidenceView::of);
  }

  /** An evidence file: its metadata and its bytes as they are read (0258, 0259). */
  public record StoredFile(Evidence evidence, StreamedFile body) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public StoredFile content(UUID ticketId, UUID evidenceId) {
    Evidence e = Evidence.findById(evidenceId);
    if (e == null || !e.ticketId.equals(ticketId)) {
      throw ApiProblem.notFound("evidence of ticket " + ticketId, evidenceId);
    }
    long length =
        evidenceBytes
            .length(evidenceId)
            .orElseThrow(() -> ApiProblem.notFound("evidence of ticket " + ticketId, evidenceId));
    return new StoredFile(e, evidenceBytes.file(evidenceId, length));
  }

  /**
   * Locks a ticket that work may be recorded on: the caller's unit must be responsible for it and
   * it must be ASSIGNED or IN_PROGRESS (after submission the package is frozen until a reject).
   */
  private Ticket writable(UUID ticketId, String ifMatch, String what) {
    Ticket t = locks.lock(ticketId);
    written.changed(t);
    Actor actor = callers.current();
    TicketWorkflow.requireOwnUnit(actor, ownUnits.of(t, actor));
    Versions.checkIfMatch(ifMatch, t.version);
    if (t.status != Status.ASSIGNED && t.status != Status.IN_PROGRESS) {
      throw ApiProblem.conflict(
              "ticket-not-in-work",
              "Cannot " + what + " a " + t.status + " ticket; only ASSIGNED or IN_PROGRESS ones.")
          .with("currentState", t.status)
          .with("allowedActions", TicketWorkflow.allowedActions(t.status, actor));
    }
    return t;
  }

  /** The SHA-256 of an upload's bytes, read in pieces. */
  static String sha256(Bytes content) {
    try (java.io.InputStream in = content.open()) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] piece = new byte[64 * 1024];
      for (int n; (n = in.read(piece)) >= 0; ) {
        sha.update(piece, 0, n);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("Cannot read an uploaded file", e);
    }
  }

  /**
   * Stores an upload's bytes in the transaction's connection, streamed from where they were
   * received (PostgreSQL's driver sends a stream of known length as it reads it): the entity held
   * the whole file in memory, and Hibernate a second copy as its snapshot (docs/decisions/0250).
   */
  private static void storeContent(UUID evidenceId, Upload upload) {
    Evidence.getEntityManager()
        .unwrap(org.hibernate.Session.class)
        .doWork(
            connection -> {
              try (java.io.InputStream in = upload.content().open();
                  java.sql.PreparedStatement ps =
                      connection.prepareStatement(
                          "insert into evidence_content (evidence_id, content) values (?, ?)")) {
                ps.setObject(1, evidenceId);
                ps.setBinaryStream(2, in, upload.size());
                ps.executeUpdate();
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read an uploaded file", e);
              }
            });
  }
}
