package org.bihuan.platform.webhook;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.webhook.WebhookSender.Leased;

/**
 * Which due deliveries are sent next, and by whom: the lease ({@code leased_until}, taken with
 * {@code FOR UPDATE SKIP LOCKED}) that keeps two instances from sending one delivery at once and
 * each subscriber to one delivery on its way. Digest kinds are leased by {@link
 * ConnectorSends#leaseDigests}.
 */
final class DeliveryLease {

  private DeliveryLease() {}

  /**
   * Leases up to {@code limit} due deliveries of active subscriptions whose kind is not one of
   * {@code skipKinds} (the digest kinds, leased by their own query): of each subscriber with
   * nothing in flight, its oldest due delivery. Only those are drawn for the free slots: deliveries
   * of a deactivated subscriber or of a robot waiting for its digest never take a slot's place,
   * however many they are.
   */
  static List<Leased> lease(
      AgroalDataSource dataSource, String leaseFor, int limit, List<String> skipKinds)
      throws SQLException {
    String sql =
        "update webhook_delivery d set leased_until = now() + ?::interval"
            + " from webhook_subscription s"
            + " where d.id in (select w.id from webhook_delivery w"
            + "   where w.id in (select distinct on (subscription_id) id from webhook_delivery"
            + "       where state = 'PENDING' and next_attempt_at <= now()"
            + "         and (leased_until is null or leased_until < now())"
            + "         and subscription_id in (select id from webhook_subscription"
            + "             where active and kind <> all(?))"
            + "         and subscription_id not in (select subscription_id from webhook_delivery"
            + "             where state = 'PENDING' and leased_until >= now())"
            + "         and "
            + inItsTurn("webhook_delivery")
            // each subscriber's oldest due delivery by feed position: the deliveries of one
            // transaction's events are due at one instant, and two senders drawing at once must
            // both pick the same one (the second then skips it, locked) (0351)
            + "       order by subscription_id, event_position)"
            + "     and w.state = 'PENDING' and (w.leased_until is null or w.leased_until < now())"
            // one due delivery per subscriber; which subscribers get the free slots is drawn at
            // random, so more dead receivers than slots (each with an old backlog) cannot starve a
            // live one whose deliveries are newer
            + "   order by random() limit ? for update skip locked)"
            // checked again: deactivated while the draw ran
            + " and s.id = d.subscription_id and s.active"
            + " and s.kind <> all(?)"
            + " returning d.id, d.subscription_id, d.event_id, d.payload, d.attempts, s.url,"
            + " s.secret, s.kind, s.credentials, s.options";
    List<Leased> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      java.sql.Array skip = c.createArrayOf("text", skipKinds.toArray());
      ps.setString(1, leaseFor);
      ps.setArray(2, skip);
      ps.setInt(3, limit);
      ps.setArray(4, skip);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(leased(rs));
        }
      }
    }
    return out;
  }

  /**
   * Whether the PENDING delivery {@code d} (an alias of {@code webhook_delivery}) may go now as far
   * as its subscriber's order goes: a webhook's deliveries go in any order; a connector's system
   * (an OA to-do centre) must see a to-do opened before it is done, so its deliveries go in feed
   * order, each waiting for every earlier PENDING one {@link #holdsBack holding it back}.
   */
  static String inItsTurn(String d) {
    return "("
        + d
        + ".subscription_id in (select id from webhook_subscription"
        + " where kind = 'standard-webhooks') or not exists (select 1 from webhook_delivery o"
        + (" where o.subscription_id = " + d + ".subscription_id and o.state = 'PENDING'")
        + (" and o.event_position < " + d + ".event_position and " + holdsBack("o", d) + "))");
  }

  /**
   * Whether the earlier PENDING delivery {@code o} holds back {@code d} of the same subscriber:
   * always when both are of one resource (a to-do's pushes go in order); otherwise only when {@code
   * o} is in the connector's common line — not {@link #setAside set aside} behind a refusal for
   * good of its own resource (0334, 0352).
   */
  static String holdsBack(String o, String d) {
    return "("
        + o
        + ".resource_id is not distinct from "
        + d
        + ".resource_id or not "
        + setAside(o)
        + ")";
  }

  /**
   * Whether the PENDING delivery {@code o} waits for a refusal for good of its own resource: it is
   * that refused delivery, or comes after it (the same to-do's 已办 behind its refused 待办). Such a
   * delivery waits for its own resource only, and so holds back nobody else's; what it waits for is
   * retried on the refusal schedule and then parked FAILED.
   */
  static String setAside(String o) {
    // the resources compared as "is not distinct from" reads, written so that the partial index
    // webhook_delivery_refused_by_resource serves it (an index cannot serve "is not distinct
    // from"): run for every earlier delivery of every due one, it read every refused delivery of
    // the subscriber each time (0355)
    return "exists (select 1 from webhook_delivery r where r.subscription_id = "
        + o
        + ".subscription_id and r.state = 'PENDING' and r.refused"
        + (" and (r.resource_id = " + o + ".resource_id")
        + (" or r.resource_id is null and " + o + ".resource_id is null)")
        + (" and r.event_position <= " + o + ".event_position)");
  }

  /** A leased row: id, subscription_id, event_id, payload, attempts, url, secret, kind, … */
  static Leased leased(ResultSet rs) throws SQLException {
    return new Leased(
        rs.getObject(1, UUID.class),
        rs.getObject(2, UUID.class),
        rs.getObject(3, UUID.class),
        rs.getString(4),
        rs.getInt(5),
        rs.getString(6),
        rs.getString(7),
        rs.getString(8),
        rs.getString(9),
        rs.getString(10));
  }
}
