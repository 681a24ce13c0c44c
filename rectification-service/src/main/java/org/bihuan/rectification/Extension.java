package org.bihuan.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.Generated;

/** 延期申请: a request to move a ticket's deadline, approved or refused by a verifier. */
@Entity
public class Extension extends PanacheEntityBase {

  @Schema(name = "ExtensionStatus", description = "The state of an extension request.")
  public enum Status {
    REQUESTED,
    APPROVED,
    REFUSED,
    /**
     * Closed undecided because its ticket was verified or cancelled: a deadline no longer means
     * anything there (docs/decisions/0333).
     */
    LAPSED
  }

  @Id public UUID id;

  @Generated
  @Column(insertable = false, updatable = false)
  public Long seq;

  public UUID ticketId;
  public LocalDate newDeadline;

  /** The effective deadline when the request was made. */
  public LocalDate previousDeadline;

  public String reason;

  @Enumerated(EnumType.STRING)
  public Status status;

  public String requestedById;
  public String requestedByName;

  /** Every directory person the requester's login claims named when he asked (0249). */
  @jakarta.persistence.Convert(converter = PersonIdsColumn.class)
  public java.util.Set<String> requestedByPersonIds = java.util.Set.of();

  public Instant requestedAt;
  public String decidedById;
  public String decidedByName;
  public Instant decidedAt;
  public String decisionComment;
  @Version public long version;
}
