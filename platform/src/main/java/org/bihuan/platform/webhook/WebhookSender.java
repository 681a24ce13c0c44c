package org.bihuan.platform.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends due deliveries. A delivery is leased (a short {@code leased_until}, taken with {@code FOR
 * UPDATE SKIP LOCKED}) before it is sent, so two instances never send the same delivery at once; if
 * an instance dies mid-send the lease runs out and another sends it again (at least once). Failed
 * attempts are retried after the pauses of {@code bihuan.webhooks.retry-schedule}, which by default
 * spans more than 24 hours.
 */
@ApplicationScoped
public class WebhookSender {

  /**
   * Deliveries on their way at once from one instance. Each holds a connection for at most the
   * timeout; one subscriber holds at most one, so this many receivers that hang are what it takes
   * to hold back the others (an idle slot costs nothing but a counter).
   */
  private static final int PARALLEL = 64;

  private static final org.jboss.logging.Logger LOG =
      org.jboss.logging.Logger.getLogger(WebhookSender.class);

  /** Deliveries of this instance on their way (at most {@link #PARALLEL}). */
  private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(PARALLEL);

  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;

  @ConfigProperty(
      name = "bihuan.webhooks.retry-schedule",
      defaultValue = "PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
  List<Duration> retrySchedule;

  @ConfigProperty(name = "bihuan.webhooks.timeout", defaultValue = "PT10S")
  Duration timeout;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** Messages a digest kind (group robot) receives at most in any minute (DingTalk's limit). */
  public static final int DIGEST_PER_MINUTE = 20;

  @Inject ConnectorSends connectors;
  @Inject ReceiverAddresses addresses;

  /** A delivery leased to be sent, with its subscriber's address, kind and secrets. */
  record Leased(
      UUID id,
      UUID subscriptionId,
      UUID eventId,
      String payload,
      int attempts,
      String url,
      String secret,
      String kind,
      String credentials,
      String options) {

    Leased(UUID id, UUID eventId, String payload, int attempts, String url, String secret) {
      this(id, null, eventId, payload, attempts, url, secret, Webhooks.STANDARD, null, null);
    }
  }

  /**
   * The answer to one message: it carried the first {@code covered} of {@code deliveries} (one,
   * unless a digest); the others were not sent and wait for the next message.
   */
  record Outcome(List<Leased> deliveries, int covered, Integer status, String error, long millis) {

    Outcome(Leased delivery, Integer status, String error, long millis) {
      this(List.of(delivery), 1, status, error, millis);
    }

    Leased delivery() {
      return deliveries.get(0);
    }

    boolean delivered() {
      // a connector's kind may acknowledge without a call (nothing to send for this event)
      return error == null && (status == null || status >= 200 && status < 300);
    }
  }

  /**
   * Starts sending what is due, without waiting for the answers: at most {@link #PARALLEL}
   * deliveries are on their way from this instance, and at most one per subscriber from any
   * instance (the lease below), so a slow or dead receiver holds one slot for its timeout and never
   * the others' deliveries; a subscriber's deliveries go out one after another, oldest first (a
   * retry waits for its time, and what came after it goes on meanwhile). Each answer is recorded,
   * and its slot freed, when it comes.
   */
  synchronized void sendDue() throws SQLException {
    while (true) {
      int free = slots.availablePermits();
      if (free == 0) {
        return;
      }
      List<List<Leased>> batch = new ArrayList<>();
      lease(free).forEach(d -> batch.add(List.of(d)));
      if (batch.size() < free) {
        batch.addAll(connectors.leaseDigests(free - batch.size(), leaseFor()));
      }
      if (batch.isEmpty()) {
        return;
      }
      for (List<Leased> d : batch) {
        slots.acquireUninterruptibly();
        CompletableFuture<Outcome> sent;
        try {
          sent = d.get(0).kind().equals(Webhooks.STANDARD) ? send(d.get(0)) : connectors.send(d);
        } catch (RuntimeException e) {
          // a message that could not even be written: its slot is freed below, its lease runs out
          sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete(
            (outcome, failure) -> {
              try {
                if (outcome != null) {
                  record(outcome);
                } else {
                  LOG.warnf(
                      "Delivery %s was not sent (%s); it is sent again when its lease runs out",
                      d.get(0).id(), failure);
                }
              } catch (SQLException | RuntimeException e) {
                // the lease runs out and the delivery is sent again: at least once
                LOG.warnf("Cannot record the attempt of delivery %s: %s", d.get(0).id(), e);
              } finally {
                slots.release();
              }
              // this subscriber's next delivery, or another's, goes out now, not on the next
              // tick
              sendMore();
            });
      }
    }
  }

  private void sendMore() {
    try {
      sendDue();
    } catch (SQLException | RuntimeException e) {
      LOG.debugf("Sending the next deliveries waits for the next tick: %s", e);
    }
  }

  /**
   * Leases up to {@code limit} due deliveries of active subscriptions: of each subscriber with
   * nothing in flight, its oldest due delivery.
   */
  private List<Leased> lease(int limit) throws SQLException {
    return lease(dataSource, leaseFor(), limit, connectors.digestKinds());
  }

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
            // a connector's system (an OA to-do centre) must see a to-do opened before it is
            // done: its deliveries go strictly in order, a retry holding back what follows
            + "         and (subscription_id in (select id from webhook_subscription"
            + "             where kind = 'standard-webhooks') or not exists (select 1 from"
            + "             webhook_delivery o where o.subscription_id ="
            + "             webhook_delivery.subscription_id and o.state = 'PENDING'"
            + "             and o.event_position < webhook_delivery.event_position))"
            + "       order by subscription_id, next_attempt_at)"
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

  /** How long a leased delivery is left to its sender before another may send it. */
  String leaseFor() {
    return (timeout.toSeconds() * 3 + 30) + " seconds";
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

  /** Sends a signed {@code webhook.ping} now and waits for the answer (at most the timeout). */
  PingResult ping(UUID webhookId, String url, String secret) {
    UUID messageId = UUID.randomUUID();
    Instant now = Instant.now();
    String payload;
    try {
      payload =
          mapper.writeValueAsString(
              Map.of(
                  "position", 0,
                  "id", messageId.toString(),
                  "type", PingResult.TYPE,
                  "occurredAt", now.toString(),
                  "resourceType", "webhook",
                  "resourceId", webhookId.toString(),
                  "data", Map.of("webhookId", webhookId.toString(), "url", url)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the ping", e);
    }
    Outcome o = send(new Leased(webhookId, messageId, payload, 0, url, secret)).join();
    return new PingResult(messageId.toString(), o.delivered(), o.status(), o.error(), o.millis());
  }

  private CompletableFuture<Outcome> send(Leased d) {
    String refused;
    try {
      refused = addresses.refusal(URI.create(d.url()));
    } catch (IllegalArgumentException e) {
      return CompletableFuture.completedFuture(new Outcome(d, null, "invalid URL", 0));
    }
    if (refused != null) {
      // registered when the name resolved elsewhere, or before the operator disallowed it (0234)
      return CompletableFuture.completedFuture(
          new Outcome(d, null, "refused: the URL " + refused, 0));
    }
    long timestamp = Instant.now().getEpochSecond();
    String id = d.eventId().toString();
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(d.url()))
              .timeout(timeout)
              .header("Content-Type", "application/json; charset=utf-8")
              .header("User-Agent", "bihuan-webhooks/1")
              .header("webhook-id", id)
              .header("webhook-timestamp", Long.toString(timestamp))
              .header(
                  "webhook-signature",
                  WebhookSignature.sign(d.secret(), id, timestamp, d.payload()))
              .POST(HttpRequest.BodyPublishers.ofString(d.payload(), StandardCharsets.UTF_8))
              .build();
    } catch (IllegalArgumentException e) {
      return CompletableFuture.completedFuture(new Outcome(d, null, "invalid URL", 0));
    }
    long started = System.nanoTime();
    // The status line and headers decide the outcome; the body is never waited for: the request
    // timeout covers only what comes before it, so a receiver trickling a body would otherwise
    // hold the delivery (and its subscriber's slot) as long as it liked.
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
        .handle(
            (response, failure) -> {
              long millis = (System.nanoTime() - started) / 1_000_000;
              if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                return new Outcome(d, null, whyNoAnswer(cause, request.uri()), millis);
              }
              try {
                response.body().close();
              } catch (java.io.IOException ignored) {
                // the connection is dropped either way
              }
              return new Outcome(d, response.statusCode(), whyRefused(response), millis);
            });
  }

  /**
   * Why a delivery got no status, in words a receiver's operator acts on ("connection refused by
   * 127.0.0.1:9: nothing listens there"), never only an exception's class name.
   */
  String whyNoAnswer(Throwable cause, URI url) {
    String where =
        url.getHost()
            + ":"
            + (url.getPort() >= 0
                ? url.getPort()
                : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80);
    String detail = cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")";
    for (Throwable c = cause; c != null; c = c.getCause()) {
      if (c instanceof ReceiverAddresses.Refused) {
        return c.getMessage();
      }
      // the JDK's client reports a name that does not resolve as a ConnectException
      if (c instanceof java.net.UnknownHostException
          || c instanceof java.nio.channels.UnresolvedAddressException) {
        return "unknown host "
            + url.getHost()
            + ": the name does not resolve (check the URL or"
            + " this service's DNS)";
      }
    }
    if (cause instanceof java.net.http.HttpConnectTimeoutException) {
      return "no connection to " + where + " within " + timeout.toSeconds() + " s" + detail;
    }
    if (cause instanceof java.net.http.HttpTimeoutException) {
      return "no answer from " + where + " within " + timeout.toSeconds() + " s" + detail;
    }
    if (cause instanceof java.net.ConnectException) {
      return "connection refused by " + where + ": nothing listens there" + detail;
    }
    if (cause instanceof javax.net.ssl.SSLException) {
      return "TLS with " + where + " failed" + detail;
    }
    if (cause instanceof java.io.IOException) {
      return "the connection to " + where + " failed before an answer" + detail;
    }
    return "no answer from " + where + ": " + cause.getClass().getSimpleName() + detail;
  }

  /**
   * What an answer other than 2xx means for the receiver's operator, or null for a 2xx: redirects
   * are not followed, a refusal usually means a signature checked with another secret.
   */
  static String whyRefused(HttpResponse<?> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return null;
    }
    if (status >= 300 && status < 400) {
      return "redirects are not followed: register the URL the receiver redirects to"
          + response.headers().firstValue("Location").map(l -> " (" + l + ")").orElse("");
    }
    if (status == 401 || status == 403) {
      return "the receiver refused the delivery ("
          + status
          + "): check that it verifies the"
          + " signature with this webhook's secret";
    }
    if (status == 404 || status == 405) {
      return "the receiver has no such endpoint (" + status + "): check the URL";
    }
    if (status >= 500) {
      return "the receiver failed (" + status + ")";
    }
    return "the receiver answered " + status + "; only 2xx acknowledges a delivery";
  }

  /** Records the answer to one message: its attempt on each delivery it carried. */
  void record(Outcome o) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        record(c, o);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private void record(Connection c, Outcome o) throws SQLException {
    UUID subscription = o.delivery().subscriptionId();
    if (subscription != null) {
      // the subscriber's row first, then its deliveries, as a delete (Webhooks.stop) and the
      // digest lease take them: taken in the other order, a robot deleted while its digest of
      // many deliveries is recorded deadlocked with it
      try (PreparedStatement lock =
          c.prepareStatement("select 1 from webhook_subscription where id = ? for share")) {
        lock.setObject(1, subscription);
        lock.executeQuery().close();
      }
      if (!Webhooks.STANDARD.equals(o.delivery().kind())) {
        // a robot's message (at most one on its way per robot): answered now, it counts towards
        // the robot's 20 a minute until a minute from now (ConnectorSends.leaseDigests)
        try (PreparedStatement answered =
            c.prepareStatement(
                "update connector_message set answered_at = now() where id = (select max(id)"
                    + " from connector_message where subscription_id = ? and answered_at is null)")) {
          answered.setObject(1, subscription);
          answered.executeUpdate();
        }
      }
    }
    Instant now = Instant.now();
    for (int i = 0; i < o.deliveries().size(); i++) {
      Leased d = o.deliveries().get(i);
      if (i >= o.covered()) {
        // not in this digest: it goes with the next message, its attempts unchanged
        try (PreparedStatement free =
            c.prepareStatement("update webhook_delivery set leased_until = null where id = ?")) {
          free.setObject(1, d.id());
          free.executeUpdate();
        }
        continue;
      }
      recordAttempt(c, d, o, now);
    }
  }

  private void recordAttempt(Connection c, Leased d, Outcome o, Instant now) throws SQLException {
    int attempt = d.attempts() + 1;
    try (PreparedStatement log =
        c.prepareStatement(
            "insert into webhook_attempt (delivery_id, number, at, status_code, error,"
                + " duration_ms) values (?, ?, now(), ?, ?, ?)")) {
      log.setObject(1, d.id());
      log.setInt(2, attempt);
      log.setObject(3, o.status());
      log.setString(4, o.error() == null ? null : truncate(o.error()));
      log.setLong(5, o.millis());
      log.executeUpdate();
    }
    try (PreparedStatement next =
        c.prepareStatement(
            "update webhook_delivery set attempts = ?, next_attempt_at = ?, delivered_at = ?,"
                + " leased_until = null,"
                // a delivery acknowledged while its webhook was being deleted was delivered;
                // one that failed stays cancelled
                + " state = case when state = 'CANCELLED' and ? <> 'DELIVERED' then state"
                + " else ? end"
                + " where id = ? and state in ('PENDING', 'CANCELLED')")) {
      String state;
      Instant nextAttempt = now;
      if (o.delivered()) {
        state = "DELIVERED";
      } else if (attempt - 1 < retrySchedule.size()) {
        state = "PENDING";
        nextAttempt = now.plus(retrySchedule.get(attempt - 1));
      } else {
        state = "FAILED";
      }
      next.setInt(1, attempt);
      next.setTimestamp(2, Timestamp.from(nextAttempt));
      next.setTimestamp(3, o.delivered() ? Timestamp.from(now) : null);
      next.setString(4, state);
      next.setString(5, state);
      next.setObject(6, d.id());
      next.executeUpdate();
    }
  }

  static String truncate(String s) {
    return s.length() > 500 ? s.substring(0, 500) : s;
  }
}
