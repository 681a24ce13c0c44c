package org.bihuan.platform.webhook;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.platform.auth.CurrentUser;
import org.bihuan.platform.auth.Roles;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.http.Versions;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;

/** Registered subscribers and their delivery log. */
@ApplicationScoped
public class Webhooks {

  /** The kind of a plain webhook subscription; connectors of other kinds share its tables. */
  public static final String STANDARD = "standard-webhooks";

  @Inject AgroalDataSource dataSource;
  @Inject WebhookSender sender;
  @Inject ReceiverAddresses addresses;
  @Inject CurrentUser user;

  private volatile EventCatalogue catalogue;

  /** This service's event types; a service with webhooks but no catalogue is misbuilt. */
  public EventCatalogue catalogue() {
    if (catalogue == null) {
      catalogue =
          EventCatalogue.load()
              .orElseThrow(() -> new IllegalStateException("No " + EventCatalogue.RESOURCE));
    }
    return catalogue;
  }

  public WebhookView register(WebhookInput in, String createdBy) {
    requireWholeOrganisation();
    List<FieldError> errors = new ArrayList<>();
    URI url = null;
    try {
      url = ReceiverUrls.receiverUrl(in.url());
      String refused = addresses.refusal(url);
      if (refused != null) {
        errors.add(new FieldError("url", refused));
      }
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("url", e.getMessage()));
    }
    for (int i = 0; i < in.events().size(); i++) {
      String pattern = in.events().get(i);
      // A pattern that can never match would be accepted and then stay silent forever: every
      // pattern is an exact type, a family.* or *, of this service's catalogue.
      int index = i;
      catalogue()
          .refusal(pattern)
          .ifPresent(why -> errors.add(new FieldError("events[" + index + "]", why)));
    }
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(errors.get(0).field() + ": " + errors.get(0).message(), errors);
    }
    UUID id = UUID.randomUUID();
    String secret = WebhookSignature.newSecret();
    Instant now = Instant.now();
    List<String> events = in.events().stream().distinct().toList();
    long afterPosition;
    // the feed's head is recorded by the insert itself (V2026_12_06_30): in its transaction, under
    // the dispatcher's lock
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into webhook_subscription (id, url, events, secret, description,"
                    + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)"
                    + " returning after_position")) {
      ps.setObject(1, id);
      ps.setString(2, url.toString());
      ps.setArray(3, c.createArrayOf("text", events.toArray()));
      ps.setString(4, secret);
      ps.setString(5, in.description());
      ps.setString(6, createdBy);
      ps.setTimestamp(7, Timestamp.from(now));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        afterPosition = rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot register the webhook", e);
    }
    return new WebhookView(
        id,
        url.toString(),
        events,
        in.description(),
        true,
        secret,
        createdBy,
        now,
        afterPosition,
        0);
  }

  public Page<WebhookView> list(PageRequest page) {
    List<Map.Entry<Long, WebhookView>> rows =
        query(
            "select seq, id, url, events, description, active, created_by, created_at, version,"
                + " after_position"
                + " from webhook_subscription where kind = 'standard-webhooks' and seq > ?"
                + " order by seq limit ?",
            page.after(),
            page.limit() + 1);
    return Page.of(rows, page, Map.Entry::getKey, Map.Entry::getValue);
  }

  public WebhookView get(UUID id) {
    List<Map.Entry<Long, WebhookView>> rows =
        query(
            "select seq, id, url, events, description, active, created_by, created_at, version,"
                + " after_position"
                + " from webhook_subscription where id = ? and kind = 'standard-webhooks'",
            id);
    if (rows.isEmpty()) {
      throw ApiProblem.notFound("webhook", id);
    }
    return rows.get(0).getValue();
  }

  /** Stops deliveries to a subscriber; its log stays readable. */
  public WebhookView deactivate(UUID id) {
    requireWholeOrganisation();
    get(id);
    stop(id);
    return get(id);
  }

  /**
   * Stops deliveries to a subscription of any kind; its log stays readable. One transaction that
   * takes the subscription's row first, then its deliveries: the order the sender keeps too when it
   * leases a digest or records an answer ({@link WebhookSender#record}), so the two never deadlock.
   */
  void stop(UUID id) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement ps =
            c.prepareStatement(
                "update webhook_subscription set active = false, version = version + 1"
                    + " where id = ?")) {
          ps.setObject(1, id);
          ps.executeUpdate();
        }
        // Nothing more is sent to it: what was still waiting (retries included) is cancelled; an
        // attempt already on its way is recorded but does not bring it back (WebhookSender.record).
        try (PreparedStatement ps =
            c.prepareStatement(
                "update webhook_delivery set state = 'CANCELLED', leased_until = null"
                    + " where subscription_id = ? and state = 'PENDING'")) {
          ps.setObject(1, id);
          ps.executeUpdate();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot change webhooks", e);
    }
  }

  public Page<DeliveryView> deliveries(UUID webhookId, PageRequest page) {
    get(webhookId);
    return DeliveryLog.page(dataSource, webhookId, page);
  }

  /** Sends a delivery again now, whatever its state; its attempts keep counting. */
  public void redeliver(UUID webhookId, UUID deliveryId) {
    requireWholeOrganisation();
    if (!get(webhookId).active()) {
      throw ApiProblem.conflict(
          "webhook-inactive",
          "Webhook " + webhookId + " was deleted; it receives nothing. Register it again.");
    }
    int n =
        update(
            "update webhook_delivery set state = 'PENDING', next_attempt_at = now(),"
                + " leased_until = null where id = ? and subscription_id = ?",
            deliveryId,
            webhookId);
    if (n == 0) {
      throw ApiProblem.notFound("delivery of this webhook", deliveryId);
    }
  }

  /**
   * Sends a signed {@code webhook.ping} to the subscriber now and reports its answer. It is not a
   * feed event and is not logged as a delivery; a 2xx means URL, network and signature check work.
   */
  public PingResult ping(UUID webhookId, String ifMatch, String body) {
    requireWholeOrganisation();
    // Read as text, so that a POST without a body is taken whatever Content-Type a client adds;
    // JsonOrNoBody has already refused a body that is not JSON.
    if (body != null && !body.isBlank() && !body.strip().matches("\\{\\s*}")) {
      throw ApiProblem.badRequest("A ping takes no input: send no body, or {}.");
    }
    String url;
    String secret;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select url, secret, active, version from webhook_subscription where id = ?"
                    + " and kind = 'standard-webhooks'")) {
      ps.setObject(1, webhookId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw ApiProblem.notFound("webhook", webhookId);
        }
        // A client that pings the registration it last read hears 412 if it changed since.
        Versions.checkIfMatch(ifMatch, rs.getLong(4));
        if (!rs.getBoolean(3)) {
          // a deleted subscription receives nothing, a ping neither
          throw ApiProblem.conflict(
              "webhook-inactive",
              "Webhook " + webhookId + " was deleted; it receives nothing. Register it again.");
        }
        url = rs.getString(1);
        secret = rs.getString(2);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the webhook", e);
    }
    return sender.ping(webhookId, url, secret);
  }

  private void requireWholeOrganisation() {
    requireWholeOrganisation("webhooks", "events", "registers, stops, pings and redelivers");
  }

  /**
   * Subscribers of every kind receive every unit's events: an admin bound to a unit changes none
   * ({@code what}: 403 naming his unit, docs/decisions/0237); reads stay open to admins.
   */
  void requireWholeOrganisation(String what, String carries, String changes) {
    user.requireWholeOrganisation(
        "does not change "
            + what
            + ", whatever his roles: they carry every unit's "
            + carries
            + ". An admin without a unit claim "
            + changes
            + " them.",
        List.of(Roles.ADMIN));
  }

  private List<Map.Entry<Long, WebhookView>> query(String sql, Object... args) {
    return Statements.query(dataSource, "webhooks", sql, Webhooks::row, args);
  }

  /** seq, id, url, events, description, active, created_by, created_at, version, after_position */
  private static Map.Entry<Long, WebhookView> row(ResultSet rs) throws SQLException {
    Array events = rs.getArray(4);
    return Map.entry(
        rs.getLong(1),
        new WebhookView(
            rs.getObject(2, UUID.class),
            rs.getString(3),
            Arrays.asList((String[]) events.getArray()),
            rs.getString(5),
            rs.getBoolean(6),
            null,
            rs.getString(7),
            instant(rs, 8),
            rs.getLong(10),
            rs.getLong(9)));
  }

  private int update(String sql, Object... args) {
    return Statements.update(dataSource, "webhooks", sql, args);
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static boolean matches(List<String> patterns, String type) {
    for (String p : patterns) {
      if (p.equals("*") || p.equals(type)) {
        return true;
      }
      if (p.endsWith(".*") && type.startsWith(p.substring(0, p.length() - 1))) {
        return true;
      }
    }
    return false;
  }
}
