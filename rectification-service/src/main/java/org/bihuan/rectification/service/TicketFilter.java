package org.bihuan.rectification.service;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.input.QueryParams;
import org.bihuan.platform.page.PageRequest;
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
    QueryParams q = new QueryParams();
    TicketFilter filter =
        new TicketFilter(
            q.anyOf("status", status, Ticket.Status.class),
            q.text(unit),
            q.text(person),
            q.text(leader),
            q.uuid("problemId", problemId),
            q.uuid("sourceId", sourceId),
            q.bool("overdue", overdue),
            q.oneOf("light", light, Ticket.Light.class),
            q.date("dueBefore", dueBefore),
            q.text(externalRef),
            ids(q, ids));
    q.check();
    return filter;
  }

  /**
   * {@code ids=a,b,…}: only these tickets (unknown ids are simply absent from the answer); at most
   * {@link #MAX_IDS}. Null when not given.
   */
  private static List<UUID> ids(QueryParams q, String raw) {
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
      UUID id = q.uuid("ids[" + i + "]", parts[i].isBlank() ? "-" : parts[i]);
      if (id != null) {
        out.add(id);
      }
    }
    return List.copyOf(out);
  }
}
