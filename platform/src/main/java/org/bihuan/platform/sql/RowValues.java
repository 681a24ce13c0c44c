package org.bihuan.platform.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The values of a native query's row as the JDBC driver hands them over (a timestamp as Timestamp,
 * OffsetDateTime or Instant, a date as java.sql.Date or LocalDate, a uuid as UUID or text), and the
 * JSON aggregates (json_agg) the one-statement reads of the services select next to a row.
 */
public final class RowValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RowValues() {}

  /** The elements of a JSON array aggregate; none when the column is null. */
  public static Iterable<JsonNode> aggregate(Object json) {
    if (json == null) {
      return List.of();
    }
    try {
      return JSON.readTree(json.toString());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Unreadable JSON aggregate of a row", e);
    }
  }

  public static Instant instant(Object o) {
    if (o == null || o instanceof Instant) {
      return (Instant) o;
    }
    if (o instanceof Timestamp ts) {
      return ts.toInstant();
    }
    if (o instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    throw new IllegalStateException("Unexpected timestamp type " + o.getClass());
  }

  public static LocalDate date(Object o) {
    if (o == null || o instanceof LocalDate) {
      return (LocalDate) o;
    }
    if (o instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return LocalDate.parse(o.toString());
  }

  public static UUID uuid(Object o) {
    return o == null || o instanceof UUID ? (UUID) o : UUID.fromString(o.toString());
  }
}
