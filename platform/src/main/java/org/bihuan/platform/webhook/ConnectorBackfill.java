package org.bihuan.platform.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.feed.FeedEvent;

/**
 * What a connector registered after its resources were opened receives first (docs/decisions/0334):
 * of each resource whose latest event at registration (at or before the connector's {@code
 * after_position}) is one of its kind's {@link ConnectorKind#backfill()} types and matches its
 * events, that event, queued as the dispatcher queues one, at its own feed position. Everything
 * after the registration is the dispatcher's, so the system sees each open to-do once, and its 待办
 * before its 已办 (a connector's deliveries go in order).
 */
final class ConnectorBackfill {

  private ConnectorBackfill() {}

  /**
   * Queues the backfill of subscription {@code id}, in the transaction of {@code c} that registered
   * it; answers how many deliveries it queued.
   */
  static int queue(
      Connection c,
      ObjectMapper mapper,
      UUID id,
      long afterPosition,
      List<String> subscribed,
      List<String> backfill)
      throws SQLException, JsonProcessingException {
    List<String> types = backfill.stream().filter(t -> Webhooks.matches(subscribed, t)).toList();
    if (types.isEmpty()) {
      return 0;
    }
    // the resource type of an event type is its family: todo.opened → todo
    List<String> resourceTypes =
        types.stream().map(t -> t.substring(0, Math.max(0, t.indexOf('.')))).distinct().toList();
    int queued = 0;
    try (PreparedStatement latest =
            c.prepareStatement(
                "select position, id, type, occurred_at, resource_type, resource_id, data::text"
                    + " from (select distinct on (resource_type, resource_id) * from change_event"
                    + " where resource_type = any(?) and position is not null and position <= ?"
                    + " order by resource_type, resource_id, position desc) l"
                    + " where type = any(?) order by position");
        PreparedStatement insert =
            c.prepareStatement(
                "insert into webhook_delivery (id, subscription_id, event_id, event_position,"
                    + " event_type, payload, resource_id, state, next_attempt_at, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, 'PENDING', now(), now())"
                    + " on conflict (subscription_id, event_id) do nothing")) {
      latest.setArray(1, c.createArrayOf("text", resourceTypes.toArray()));
      latest.setLong(2, afterPosition);
      latest.setArray(3, c.createArrayOf("text", types.toArray()));
      try (ResultSet rs = latest.executeQuery()) {
        while (rs.next()) {
          FeedEvent e =
              new FeedEvent(
                  rs.getLong(1),
                  rs.getObject(2, UUID.class),
                  rs.getString(3),
                  rs.getTimestamp(4).toInstant(),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7));
          insert.setObject(1, UUID.randomUUID());
          insert.setObject(2, id);
          insert.setObject(3, e.id());
          insert.setLong(4, e.position());
          insert.setString(5, e.type());
          insert.setString(6, mapper.writeValueAsString(e));
          insert.setString(7, e.resourceId());
          insert.addBatch();
          queued++;
        }
      }
      if (queued > 0) {
        insert.executeBatch();
      }
    }
    return queued;
  }
}
