package org.bihuan.rectification.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.bihuan.platform.input.SupportedDates;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.platform.problem.ApiProblem;
import org.bihuan.rectification.Ticket;

/** The filters of GET /tickets, parsed once with clear errors for bad values. */
public record TicketFilter(
    List<Ticket.Status> statuses,
    String unit,
    String person,
    String leader,
    UUID problemId,
    UUID sourceId,
    Boolean overdue,
    Ticket.Light light,
    LocalDate dueBefore,
    String externalRef,
    List<UUID> ids) {

  /** The most ids one batch status read names ({@code ids=a,b,…}). */
  public static final int MAX_IDS = PageRequest.MAX_LIMIT;

  public static TicketFilter parse(
      String status,
      String unit,
      String person,
      String leader,
      String problemId,
      String sourceId,
      String overdue,
      String light,
      String dueBefore,
      String externalRef,
      String ids) {
    return new TicketFilter(
        statuses(status),
        blankToNull(unit),
        blankToNull(person),
        blankToNull(leader),
        uuid("problemId", problemId),
        uuid("sourceId", sourceId),
        bool("overdue", overdue),
        enumValue("light", light, Ticket.Light.class),
        date("dueBefore", dueBefore),
        blankToNull(externalRef),
        ids(ids));
  }

  /**
   * {@code ids=a,b,…}: only these tickets (unknown ids are simply absent from the answer); at most
   * {@link #MAX_IDS}. Null when not given.
   */
  private static List<UUID> ids(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String[] parts = raw.split(",", -1);
    if (parts.length > MAX_IDS) {
      throw ApiProblem.invalidField(
              "ids", "names " + parts.length + " tickets; at most " + MAX_IDS + " per request")
          .with("maxIds", MAX_IDS);
    }
    LinkedHashSet<UUID> out = new LinkedHashSet<>();
    for (int i = 0; i < parts.length; i++) {
      out.add(uuid("ids[" + i + "]", parts[i].isBlank() ? "-" : parts[i]));
    }
    return List.copyOf(out);
  }

  /** {@code status=ASSIGNED,IN_PROGRESS}: any of the listed states. */
  private static List<Ticket.Status> statuses(String raw) {
    List<Ticket.Status> out = new ArrayList<>();
    if (raw == null || raw.isBlank()) {
      return out;
    }
    for (String part : raw.split(",")) {
      out.add(enumValue("status", part, Ticket.Status.class));
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static UUID uuid(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(raw.strip());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField(field, "must be a UUID");
    }
  }

  private static Boolean bool(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return switch (raw.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiProblem.invalidField(field, "must be true or false");
    };
  }

  private static LocalDate date(String field, String raw) {
    return SupportedDates.parameter(field, raw);
  }

  private static <E extends Enum<E>> E enumValue(String field, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, raw.strip());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalidField(
          field, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
  }
}
