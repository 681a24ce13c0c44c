package org.bihuan.problem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** A root cause (原因分析) of a source's problems, e.g. 理论学习不够深入. */
@Entity
public class Cause extends PanacheEntityBase {

  @Id public UUID id;

  @Generated
  @Column(insertable = false, updatable = false)
  public Long seq;

  public UUID sourceId;
  public String title;
  public String description;
  public UUID importId;
  public Instant createdAt;
}
