package org.bihuan.problem;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One document imported into a source; its sha256 tells a repeated import of the same text. */
@Entity
public class SourceImport extends PanacheEntityBase {

  @Id public UUID id;
  public UUID sourceId;

  /** Over the normalised text, hex. */
  public String sha256;

  public String mediaType;

  /** The name the document was uploaded with (Content-Disposition), or null when none was sent. */
  public String fileName;

  /** What the parser could not place, as the import answered it. */
  @JdbcTypeCode(SqlTypes.ARRAY)
  public List<String> warnings;

  public String importedBy;
  public Instant importedAt;

  /** The import that replaced this one (?replace=true), or null while it is current. */
  public UUID replacedBy;
}
