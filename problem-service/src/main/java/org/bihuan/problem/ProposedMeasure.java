package org.bihuan.problem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/**
 * A measure group of a self-examination's 整改措施 section (e.g. 永葆对党忠诚本色): proposed for the whole
 * source, not yet tied to a problem or a responsible unit.
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
}
