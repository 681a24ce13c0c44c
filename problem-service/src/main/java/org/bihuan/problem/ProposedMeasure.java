package org.bihuan.problem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.importing.ParsedMeasure;
import org.hibernate.annotations.Generated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A measure group of a self-examination's 整改措施 section (e.g. 永葆对党忠诚本色): proposed for the whole
 * source, not tied to a problem. Where the section gives it 责任单位/责任人/完成时限 lines, those are its
 * duties (docs/decisions/0332); else they are null.
 */
@Entity
public class ProposedMeasure extends PanacheEntityBase {

  @Id public UUID id;

  @Generated
  @Column(insertable = false, updatable = false)
  public Long seq;

  public UUID sourceId;
  public UUID importId;
  public String title;
  public String description;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> responsibleUnits;

  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> coResponsibleUnits;

  public String leaderInCharge;
  public String responsiblePerson;
  public String timing;
  public LocalDate deadline;

  /** Keeps the duties the document gives the measure (none: null). */
  public void duties(ParsedMeasure duties) {
    if (duties == null) {
      return;
    }
    responsibleUnits = List.copyOf(duties.responsibleUnits());
    coResponsibleUnits = List.copyOf(duties.coResponsibleUnits());
    leaderInCharge = duties.leaderInCharge();
    responsiblePerson = duties.responsiblePerson();
    timing = duties.timing() == null ? null : duties.timing().name();
    deadline = duties.deadline();
  }
}
