package org.bihuan.platform.webhook;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
    List<FieldError> errors = new ArrayList<>();
    URI url = null;
    try {
      url = receiverUrl(in.url());
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

  /**
   * The receiver's URL as it will be called, or why it cannot be (the message names what to
   * change): an absolute http(s) URL with a host, a port in 1–65535, no credentials and no
   * fragment; a host in Chinese (政务.中国) is kept in its ASCII form (xn--…), as it is resolved.
   */
  static URI receiverUrl(String raw) {
    URI url;
    try {
      url = new URI(raw.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("is not a URL: " + e.getReason());
    }
    String scheme = url.getScheme();
    if (scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || url.getRawAuthority() == null) {
      throw new IllegalArgumentException("must be an absolute http:// or https:// URL");
    }
    if (url.getRawUserInfo() != null || url.getRawAuthority().contains("@")) {
      // it would be shown in every listing and sent in every ping's body
      throw new IllegalArgumentException(
          "must not carry credentials (user:password@); the receiver verifies the signature"
              + " instead");
    }
    if (url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "must not have a fragment (#" + url.getRawFragment() + "): it is never sent to a server");
    }
    String hostGiven = ReceiverAddresses.hostOf(url);
    String spelling = hostGiven == null ? null : ReceiverAddresses.spellingRefusal(hostGiven);
    if (spelling != null) {
      throw new IllegalArgumentException(spelling);
    }
    if (url.getHost() == null) {
      // not a host URI parses: a name in Chinese, or a port that is not a number
      String authority = url.getRawAuthority();
      int colon = authority.lastIndexOf(':');
      boolean bracketed = authority.startsWith("[");
      String host = colon > 0 && !bracketed ? authority.substring(0, colon) : authority;
      String port = colon > 0 && !bracketed ? authority.substring(colon + 1) : null;
      String ascii;
      try {
        ascii = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("has a host name that is not valid: " + host);
      }
      // IDN maps some names to another domain (ß.de → ss.de) and drops invisible characters: a
      // host that does not read back as written is refused rather than delivered elsewhere
      String written = host.toLowerCase(java.util.Locale.ROOT).replaceAll("[。．｡]", ".");
      if (!java.net.IDN.toUnicode(ascii, java.net.IDN.ALLOW_UNASSIGNED).equals(written)) {
        throw new IllegalArgumentException(
            "has a host name that cannot be written in ASCII unambiguously ("
                + host
                + " would become "
                + ascii
                + "); register the host in its ASCII (xn--…) form");
      }
      if (port != null && !port.matches("[0-9]{1,5}")) {
        throw new IllegalArgumentException("has a port that is not a number: " + port);
      }
      try {
        url =
            new URI(
                scheme.toLowerCase(java.util.Locale.ROOT)
                    + "://"
                    + ascii
                    + (port == null ? "" : ":" + port)
                    + (url.getRawPath() == null ? "" : url.getRawPath())
                    + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery()));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("has a host name that is not valid: " + host);
      }
      if (url.getHost() == null) {
        throw new IllegalArgumentException("has a host name that is not valid: " + host);
      }
    }
    if (url.getPort() == 0 || url.getPort() > 65535) {
      throw new IllegalArgumentException(
          "has port " + url.getPort() + "; a port is a number from 1 to 65535");
    }
    return url;
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
    return log(webhookId, page);
  }

  /** The deliveries of a subscription of any kind, with every attempt. */
  Page<DeliveryView> log(UUID webhookId, PageRequest page) {
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

  /** Sends a delivery again now, whatever its state; its attempts keep counting. */
  public void redeliver(UUID webhookId, UUID deliveryId) {
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
  public PingResult ping(UUID webhookId, String ifMatch) {
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

  private List<Map.Entry<Long, WebhookView>> query(String sql, Object... args) {
    List<Map.Entry<Long, WebhookView>> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Array events = rs.getArray(4);
          out.add(
              Map.entry(
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
                      rs.getLong(9))));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read webhooks", e);
    }
    return out;
  }

  private int update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot change webhooks", e);
    }
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
