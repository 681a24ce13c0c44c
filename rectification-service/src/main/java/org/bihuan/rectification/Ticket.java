package org.bihuan.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.time.DeadlineFigures;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.Generated;

/** A rectification ticket (整改任务): one measure against one or more problems, with owners. */
@Entity
public class Ticket extends PanacheEntityBase {

  /**
   * The row with its responsible and co-responsible units, in one statement (0367), as a query (?1:
   * the id): Hibernate keeps its SQL, where a find with an entity graph built its loader and its
   * SQL again for every call (docs/decisions/0374).
   */
  public static final String WITH_UNITS =
      "select t from Ticket t left join fetch t.responsibleUnits"
          + " left join fetch t.coResponsibleUnits where t.id = ?1";

  /** 待整改, 整改中, 待验收, 已销号, 撤销. */
  @Schema(name = "TicketStatus", description = "The state of a ticket in its workflow.")
  public enum Status {
    ASSIGNED,
    IN_PROGRESS,
    SUBMITTED,
    VERIFIED,
    CANCELLED
  }

  /** 立行立改, 限期整改, 长期坚持. */
  public enum Timing {
    IMMEDIATE,
    DEADLINE,
    LONG_TERM
  }

  /** 汇报频次. */
  public enum ReportEvery {
    WEEK,
    MONTH,
    QUARTER
  }

  /** 红黄绿灯. */
  public enum Light {
    RED,
    YELLOW,
    GREEN
  }

  @Id public UUID id;

  /** Insertion order; the stable key of list pagination. */
  @Generated
  @Column(insertable = false, updatable = false)
  public Long seq;

  public String number;
  public String measure;

  @ElementCollection
  @CollectionTable(name = "ticket_problem", joinColumns = @JoinColumn(name = "ticket_id"))
  @OrderColumn(name = "position")
  public List<ProblemLink> problems = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "ticket_unit", joinColumns = @JoinColumn(name = "ticket_id"))
  @OrderColumn(name = "position")
  public List<ResponsibleUnit> responsibleUnits = new ArrayList<>();

  /**
   * 配合单位: help with the measure but do not answer for it (not counted per unit, no to-dos, no
   * writes; docs/decisions/0110).
   */
  @ElementCollection
  @CollectionTable(name = "ticket_co_unit", joinColumns = @JoinColumn(name = "ticket_id"))
  @OrderColumn(name = "position")
  public List<ResponsibleUnit> coResponsibleUnits = new ArrayList<>();

  public String responsiblePerson;

  /** The responsible person's id in the OA directory, when the ticket named him by it. */
  public String responsiblePersonExternalId;

  public String leaderInCharge;
  public String leaderInChargeExternalId;

  /**
   * The people's names as {@code ?person=} and {@code ?leader=} find them ({@code
   * PersonNames.groupKey}: one person however written; docs/decisions/0240); written with the
   * names.
   */
  public String responsiblePersonKey;

  public String leaderInChargeKey;

  @Enumerated(EnumType.STRING)
  public Timing timing;

  /** The original deadline; never changed by extensions. */
  public LocalDate deadline;

  public LocalDate effectiveDeadline;

  @Enumerated(EnumType.STRING)
  public ReportEvery reportEvery;

  public LocalDate reportDue;

  /** The first day without a progress report for two reportEvery intervals (停滞). */
  public LocalDate stagnantFrom;

  @Enumerated(EnumType.STRING)
  public Status status;

  public String externalRef;

  /** Digest of the creation input: a batch retry with the same content finds this ticket. */
  public String creationDigest;

  @Version public long version;
  public Instant createdAt;
  public Instant updatedAt;
  public Instant submittedAt;
  public LocalDate submittedOn;
  public Instant verifiedAt;
  public Instant cancelledAt;
  public Instant lastProgressAt;

  /**
   * Since when the ticket links a problem it has not asked problem-service about again after its
   * commit (WithdrawalRecheck); null once confirmed.
   */
  public Instant problemsUnconfirmedSince;

  /** The date the latest progress report states (the latest date, not the latest recorded). */
  public LocalDate lastProgressOn;

  public String lastProgressNote;
  public Integer progressPercent;
  public int progressCount;
  public int evidenceCount;
  public boolean extensionApproved;

  /**
   * The effective deadline for which ticket.due_soon / ticket.overdue were sent. Written by
   * DeadlineNotices with plain SQL so that a notice does not change the ticket's version.
   */
  @Column(insertable = false, updatable = false)
  public LocalDate dueSoonNoticedFor;

  @Column(insertable = false, updatable = false)
  public LocalDate overdueNoticedFor;

  public List<String> unitNames() {
    return responsibleUnits.stream().map(u -> u.name).toList();
  }

  /**
   * What the deadline rules ({@link DeadlineFigures}: overdue, due soon, stale, stagnant, light)
   * read of this ticket; its view publishes their answers for the organisation's today.
   */
  public DeadlineFigures.Dates deadlineDates() {
    return new DeadlineFigures.Dates(
        status == null ? null : status.name(),
        timing == null ? null : timing.name(),
        effectiveDeadline,
        submittedOn,
        reportEvery != null,
        reportDue,
        stagnantFrom);
  }
}
