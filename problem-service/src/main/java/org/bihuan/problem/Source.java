package org.bihuan.problem;

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
import org.hibernate.annotations.Generated;

/** Where problems came from: a meeting, an inspection, an audit, a self-check. */
@Entity
public class Source extends PanacheEntityBase {

  public enum Kind {
    MEETING,
    INSPECTION,
    AUDIT,
    SUPERVISION,
    SELF_CHECK,
    OTHER
  }

  @Id public UUID id;

  /** Insertion order; the stable key of list pagination. */
  @Generated
  @Column(insertable = false, updatable = false)
  public Long seq;

  public String title;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  public String organization;
  public LocalDate heldOn;
  public String externalRef;

  /**
   * The name of the file the source's latest import that named one was uploaded with (0300); set by
   * imports, never by PUT.
   */
  public String fileName;

  @Version public long version;
  public Instant createdAt;
}
