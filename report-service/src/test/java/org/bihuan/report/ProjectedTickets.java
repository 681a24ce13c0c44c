package org.bihuan.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Map;
import org.bihuan.platform.feed.follow.ReceivedEvent;
import org.bihuan.report.service.TicketProjection;

/** Rows written as the projection writes them, inside a test's own transaction. */
final class ProjectedTickets {

  private ProjectedTickets() {}

  /** Applies a ticket.created event of the rectification feed with {@code data} as its ticket. */
  static void created(
      TicketProjection projection,
      ObjectMapper mapper,
      Connection c,
      long position,
      Map<String, Object> data)
      throws Exception {
    String id = (String) data.get("id");
    projection.apply(
        c,
        new ReceivedEvent(
            position,
            "e-" + id,
            "ticket.created",
            Instant.now(),
            "ticket",
            id,
            mapper.valueToTree(data)));
  }

  static void exec(Connection c, String sql, Object... params) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }
}
