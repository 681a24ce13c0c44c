package org.bihuan.platform.webhook;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;

/** The delivery log as read: a subscription's deliveries, oldest first, with every attempt. */
final class DeliveryLog {

  private DeliveryLog() {}

  /** The deliveries of a subscription of any kind, with every attempt. */
  static Page<DeliveryView> page(AgroalDataSource dataSource, UUID webhookId, PageRequest page) {
    String sql =
        "select d.seq, d.id, d.event_id, d.event_position, d.event_type, d.state, d.attempts,"
            + " d.next_attempt_at, d.created_at, d.delivered_at from webhook_delivery d"
            + " where d.subscription_id = ? and d.seq > ? order by d.seq limit ?";
    Map<UUID, Long> seqById = new LinkedHashMap<>();
    Map<UUID, DeliveryView> byId = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, webhookId);
      ps.setLong(2, page.after());
      ps.setInt(3, page.limit() + 1);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          UUID id = rs.getObject(2, UUID.class);
          seqById.put(id, rs.getLong(1));
          byId.put(
              id,
              new DeliveryView(
                  id,
                  webhookId,
                  rs.getString(3),
                  rs.getLong(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getInt(7),
                  rs.getString(6).equals("PENDING") ? instant(rs, 8) : null,
                  instant(rs, 9),
                  instant(rs, 10),
                  new ArrayList<>()));
        }
      }
      if (!byId.isEmpty()) {
        try (PreparedStatement attempts =
            c.prepareStatement(
                "select delivery_id, number, at, status_code, error, duration_ms"
                    + " from webhook_attempt where delivery_id = any(?) order by delivery_id,"
                    + " number")) {
          attempts.setArray(1, c.createArrayOf("uuid", byId.keySet().toArray()));
          try (ResultSet rs = attempts.executeQuery()) {
            while (rs.next()) {
              byId.get(rs.getObject(1, UUID.class))
                  .attemptLog()
                  .add(
                      new DeliveryView.Attempt(
                          rs.getInt(2),
                          instant(rs, 3),
                          (Integer) rs.getObject(4),
                          rs.getString(5),
                          rs.getLong(6)));
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read deliveries", e);
    }
    return Page.of(new ArrayList<>(byId.values()), page, d -> seqById.get(d.id()), d -> d);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
