package org.bihuan.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** 佐证材料: a file's metadata; its bytes are in evidence_content (read by EvidenceBytes). */
@Entity
public class Evidence extends PanacheEntityBase {
  @Id public UUID id;

  @Generated
  @Column(insertable = false, updatable = false)
  public Long seq;

  public UUID ticketId;
  public String filename;
  public String mediaType;
  public long size;
  public String sha256;
  public String description;
  public String uploadedById;
  public String uploadedByName;
  public Instant uploadedAt;
}
