package org.bihuan.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** The last ticket number handed out in a year. */
@Entity
public class NumberCounter extends PanacheEntityBase {
  @Id public int year;
  public int last;
  @Version public long version;
}
