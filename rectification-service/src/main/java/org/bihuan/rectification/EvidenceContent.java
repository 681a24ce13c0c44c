package org.bihuan.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** The exact bytes of an evidence file, stored in PostgreSQL (bytea). */
@Entity
public class EvidenceContent extends PanacheEntityBase {
  @Id public UUID evidenceId;
  public byte[] content;
}
