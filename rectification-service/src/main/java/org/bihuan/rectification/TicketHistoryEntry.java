package org.bihuan.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.Immutable;

/** One change of a ticket: who, when, what, from which state to which. Never changed. */
@Entity
@Immutable
@Table(name = "ticket_history")
public class TicketHistoryEntry extends PanacheEntityBase {

  @Id
  @Generated
  @Column(insertable = false, updatable = false)
  public Long id;

  public UUID ticketId;
  public Instant at;
  public String actorId;
  public String actorName;
  public String action;

  @Enumerated(EnumType.STRING)
  public Ticket.Status fromStatus;

  @Enumerated(EnumType.STRING)
  public Ticket.Status toStatus;

  public String comment;

  /** The fields an edit or a decision changed, with old and new values; empty otherwise. */
  @Convert(converter = FieldChangesColumn.class)
  public List<FieldChange> changes = List.of();

  /**
   * Every directory person the actor's login claims named when he acted (docs/decisions/0249);
   * empty where the directory knew none, or for entries written before it was recorded.
   */
  @Convert(converter = PersonIdsColumn.class)
  public Set<String> actorPersonIds = Set.of();
}
