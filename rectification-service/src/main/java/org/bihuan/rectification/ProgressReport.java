package org.bihuan.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** 整改进展: a dated note on a ticket, optionally with a percentage done. */
@Entity
public class ProgressReport extends PanacheEntityBase {
  @Id public UUID id;

  @Generated
  @Column(insertable = false, updatable = false)
  public Long seq;

  public UUID ticketId;
  public LocalDate reportedOn;
  public String note;
  public Integer percent;
  public String reporterId;
  public String reporterName;
  public Instant recordedAt;
}
