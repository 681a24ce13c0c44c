package org.bihuan.problem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A measure that a rectification plan lists under one problem, with its responsibility and time
 * limit, and the ticket the rectification service made of it once that succeeded. {@code n} numbers
 * the measures of an import from 1; the ticket's externalRef is {@code import:<importId>:<n>}.
 */
@Entity
public class ImportedMeasure extends PanacheEntityBase {

  @Id public UUID id;
  public UUID importId;
  public int n;
  public UUID problemId;
  public String measure;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> responsibleUnits;

  /** Units of a 配合单位 column: they help, the responsible units answer (decision 0045). */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> coResponsibleUnits;

  public String leaderInCharge;
  public String responsiblePerson;
  public String timing;
  public LocalDate deadline;

  /** What the document's 整改进展/完成情况 column said: the measure's first progress note. */
  public String progress;

  /** REPORTED_DONE when the document says the measure is done; a hint, never a verification. */
  public String statusHint;

  /** When {@link #progress} became the ticket's first progress report (null: not yet). */
  public Instant progressReportedAt;

  public UUID ticketId;
  public String ticketNumber;

  /**
   * The externalRef of a ticket carried from the same measure of a replaced import (decision 0308),
   * or null when the ticket is (to be) created for this measure.
   */
  public String ticketExternalRef;

  public String ticketExternalRef() {
    return ticketExternalRef != null ? ticketExternalRef : "import:" + importId + ":" + n;
  }
}
