package org.bihuan.problem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A node of the category tree (问题类别), e.g. 理论学习方面 under （一）…的6个方面. Categories of an imported
 * outline belong to its source; {@code sourceId} null marks a category shared by all.
 */
@Entity
public class Category extends PanacheEntityBase {

  /** The deepest category path; the contract's category tree has this many levels. */
  public static final int MAX_DEPTH = 8;

  @Id public UUID id;
  public UUID sourceId;
  public UUID parentId;
  public String name;

  /** The names from the root down to this category. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> path;

  public Instant createdAt;
}
