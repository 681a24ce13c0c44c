package org.bihuan.problem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
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

  public String leaderInCharge;
  public String responsiblePerson;
  public String timing;
  public LocalDate deadline;
  public UUID ticketId;
  public String ticketNumber;

  public String ticketExternalRef() {
    return "import:" + importId + ":" + n;
  }
}
