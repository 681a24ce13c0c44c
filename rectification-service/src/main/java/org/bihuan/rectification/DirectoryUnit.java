package org.bihuan.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.bihuan.platform.text.UnitNames;

/** 单位: a unit of the OA directory, under the id the OA system gives it. Sealed, never deleted. */
@Entity
public class DirectoryUnit extends PanacheEntityBase {

  @Id public UUID id;

  /**
   * Insertion order, the key of list pages; read from the database (not fetched back after an
   * insert, so that a snapshot's inserts go in JDBC batches).
   */
  @Column(insertable = false, updatable = false)
  public Long seq;

  public String externalId;
  public String name;

  /**
   * The name's key that grants ({@link UnitNames#certainKey}): a unit-bound caller's to-dos are
   * looked up by it (docs/decisions/0357). Written from the name on every write.
   */
  public String nameKey;

  /** 封存: gone from the OA directory; tickets keep showing it, new assignments are refused. */
  public boolean sealed;

  public Instant createdAt;
  public Instant updatedAt;
  public Instant sealedAt;
  @Version public long version;

  @PrePersist
  @PreUpdate
  void keyName() {
    nameKey = UnitNames.certainKey(name);
  }
}
