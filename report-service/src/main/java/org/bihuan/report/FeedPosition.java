package org.bihuan.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** The last position of an upstream feed that the projection includes. */
@Entity
public class FeedPosition extends PanacheEntityBase {
  @Id public String feed;
  public long position;
  public Instant updatedAt;
  @Version public long version;
}
