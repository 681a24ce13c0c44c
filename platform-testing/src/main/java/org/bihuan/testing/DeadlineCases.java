package org.bihuan.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The shared table of deadline rule cases ({@code bihuan/deadline-cases.json}): one ticket's facts,
 * the dates its view publishes and the figures both services must give for a day. The platform runs
 * them through its rules, rectification-service through its ticket view and its SQL filters,
 * report-service through its figures and its trend, so all read the rules of DOMAIN.md the same
 * way.
 */
public final class DeadlineCases {

  /**
   * The facts of a ticket as rectification-service holds them; verifiedAt and cancelledAt where the
   * ticket was verified or cancelled (report-service's trend reads its status on a day from them).
   */
  public record Ticket(
      String status,
      String timing,
      LocalDate deadline,
      LocalDate effectiveDeadline,
      String reportEvery,
      Instant createdAt,
      Instant lastProgressAt,
      LocalDate lastProgressOn,
      Instant submittedAt,
      Instant verifiedAt,
      Instant cancelledAt) {}

  /** The dates the ticket view publishes. */
  public record Published(LocalDate submittedOn, LocalDate reportDue, LocalDate stagnantFrom) {}

  /** The figures for {@code today}; light null for none; daysSinceLastProgress null unchecked. */
  public record Expected(
      boolean overdue,
      boolean dueSoon,
      boolean stale,
      boolean stagnant,
      String light,
      Long daysSinceLastProgress) {}

  public record Case(
      String name, LocalDate today, Ticket ticket, Published published, Expected expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private DeadlineCases() {}

  /** The organisation's zone the cases are written for. */
  public static ZoneId zone() {
    return ZoneId.of(read().get("zone").asText());
  }

  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    for (JsonNode c : read().get("cases")) {
      JsonNode t = c.get("ticket");
      JsonNode p = c.get("published");
      JsonNode e = c.get("expected");
      cases.add(
          new Case(
              c.get("name").asText(),
              date(c, "today"),
              new Ticket(
                  text(t, "status"),
                  text(t, "timing"),
                  date(t, "deadline"),
                  date(t, "effectiveDeadline"),
                  text(t, "reportEvery"),
                  instant(t, "createdAt"),
                  instant(t, "lastProgressAt"),
                  date(t, "lastProgressOn"),
                  instant(t, "submittedAt"),
                  instant(t, "verifiedAt"),
                  instant(t, "cancelledAt")),
              new Published(date(p, "submittedOn"), date(p, "reportDue"), date(p, "stagnantFrom")),
              new Expected(
                  e.get("overdue").asBoolean(),
                  e.get("dueSoon").asBoolean(),
                  e.get("stale").asBoolean(),
                  e.get("stagnant").asBoolean(),
                  text(e, "light"),
                  e.hasNonNull("daysSinceLastProgress")
                      ? e.get("daysSinceLastProgress").asLong()
                      : null)));
    }
    return cases;
  }

  private static JsonNode read() {
    try (InputStream in =
        DeadlineCases.class.getClassLoader().getResourceAsStream("bihuan/deadline-cases.json")) {
      if (in == null) {
        throw new IllegalStateException("bihuan/deadline-cases.json is not on the class path");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static LocalDate date(JsonNode n, String field) {
    return n.hasNonNull(field) ? LocalDate.parse(n.get(field).asText()) : null;
  }

  private static Instant instant(JsonNode n, String field) {
    return n.hasNonNull(field) ? Instant.parse(n.get(field).asText()) : null;
  }
}
