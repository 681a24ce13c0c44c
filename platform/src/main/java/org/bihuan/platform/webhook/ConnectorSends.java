package org.bihuan.platform.webhook;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bihuan.platform.webhook.WebhookSender.Leased;
import org.bihuan.platform.webhook.WebhookSender.Outcome;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deliveries of connectors (subscriptions of another kind than Standard Webhooks): their
 * request is built and sent by their {@link ConnectorKind}; leases, retries and the delivery log
 * are {@link WebhookSender}'s. Digest kinds (group robots) are leased per subscriber: every due
 * delivery at once (up to {@link #DIGEST_EVENTS}), one message at a time, no sooner than {@code
 * bihuan.connectors.digest-window} after the previous one and never more than {@link
 * WebhookSender#DIGEST_PER_MINUTE} in any minute. The message is reserved in {@code
 * connector_message} in the transaction that leases it, under the subscriber's row lock, so two
 * replicas together keep the cap too.
 */
@ApplicationScoped
public class ConnectorSends {

  /** Events one digest may carry at most; the kind may take fewer (its message size). */
  static final int DIGEST_EVENTS = 200;

  @Inject Instance<ConnectorKind> kinds;
  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;
  @Inject WebhookSender sender;
  @Inject ReceiverAddresses addresses;

  @ConfigProperty(name = "bihuan.connectors.digest-window", defaultValue = "PT3S")
  Duration digestWindow;

  /** The same bound on each call as on a webhook's delivery. */
  @ConfigProperty(name = "bihuan.webhooks.timeout", defaultValue = "PT10S")
  Duration timeout;

  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** The kind registered under this name, if this service offers it. */
  public Optional<ConnectorKind> kind(String name) {
    return kinds.stream().filter(k -> k.kind().equals(name)).findFirst();
  }

  /** Every kind this service offers besides Standard Webhooks, by name. */
  public Map<String, ConnectorKind> kinds() {
    Map<String, ConnectorKind> out = new TreeMap<>();
    kinds.forEach(k -> out.put(k.kind(), k));
    return out;
  }

  List<String> digestKinds() {
    return kinds.stream().filter(ConnectorKind::digest).map(ConnectorKind::kind).toList();
  }

  /** Leases the next digest of up to {@code limit} robots that may receive a message now. */
  List<List<Leased>> leaseDigests(int limit, String leaseFor) throws SQLException {
    List<String> digest = digestKinds();
    List<List<Leased>> out = new ArrayList<>();
    if (digest.isEmpty() || limit <= 0) {
      return out;
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        List<UUID> robots = new ArrayList<>();
        try (PreparedStatement ps =
            c.prepareStatement(
                "select s.id from webhook_subscription s where s.active and s.kind = any(?)"
                    + " and exists (select 1 from webhook_delivery d where d.subscription_id ="
                    + " s.id and d.state = 'PENDING' and d.next_attempt_at <= now()"
                    + " and (d.leased_until is null or d.leased_until < now()))"
                    + " and not exists (select 1 from webhook_delivery d where d.subscription_id"
                    + " = s.id and d.state = 'PENDING' and d.leased_until >= now())"
                    // a message counts until a minute after its answer (or its lease, while on
                    // its way): the robot counts them as they arrive, which is in between
                    + " and (select count(*) from connector_message m where m.subscription_id ="
                    + " s.id and m.sent_at > now() - interval '60 seconds' - ?::interval"
                    + " and coalesce(m.answered_at, m.sent_at + ?::interval)"
                    + " > now() - interval '60 seconds') < ?"
                    + " and not exists (select 1 from connector_message m where"
                    + " m.subscription_id = s.id and m.sent_at > now() - ?::interval)"
                    + " order by s.seq limit ? for update of s skip locked")) {
          ps.setArray(1, c.createArrayOf("text", digest.toArray()));
          ps.setString(2, leaseFor);
          ps.setString(3, leaseFor);
          ps.setInt(4, WebhookSender.DIGEST_PER_MINUTE);
          ps.setString(5, digestWindow.toMillis() + " milliseconds");
          ps.setInt(6, limit);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              robots.add(rs.getObject(1, UUID.class));
            }
          }
        }
        for (UUID robot : robots) {
          List<Leased> batch = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "update webhook_delivery d set leased_until = now() + ?::interval"
                      + " from webhook_subscription s where d.id in (select w.id from"
                      + " webhook_delivery w where w.subscription_id = ? and w.state = 'PENDING'"
                      + " and w.next_attempt_at <= now() and (w.leased_until is null or"
                      + " w.leased_until < now()) order by w.event_position limit ?"
                      + " for update skip locked) and s.id = d.subscription_id"
                      + " returning d.id, d.subscription_id, d.event_id, d.payload, d.attempts,"
                      + " s.url, s.secret, s.kind, s.credentials, s.options, d.event_position")) {
            ps.setString(1, leaseFor);
            ps.setObject(2, robot);
            ps.setInt(3, DIGEST_EVENTS);
            List<Map.Entry<Long, Leased>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                rows.add(Map.entry(rs.getLong(11), DeliveryLease.leased(rs)));
              }
            }
            rows.sort(Map.Entry.comparingByKey());
            rows.forEach(r -> batch.add(r.getValue()));
          }
          if (batch.isEmpty()) {
            continue;
          }
          try (PreparedStatement reserve =
              c.prepareStatement(
                  "insert into connector_message (subscription_id, sent_at) values (?, now())")) {
            reserve.setObject(1, robot);
            reserve.executeUpdate();
          }
          out.add(batch);
        }
        c.commit();
        return out;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** Sends one message of a connector (one delivery, or a digest) and answers its outcome. */
  CompletableFuture<Outcome> send(List<Leased> deliveries) {
    Leased first = deliveries.get(0);
    return CompletableFuture.supplyAsync(
        () -> {
          long started = System.nanoTime();
          Optional<ConnectorKind> kind = kind(first.kind());
          if (kind.isEmpty()) {
            return new Outcome(
                deliveries,
                deliveries.size(),
                null,
                "this service has no connector kind " + first.kind(),
                0);
          }
          try {
            ConnectorKind.Connector connector =
                new ConnectorKind.Connector(
                    first.subscriptionId(),
                    first.url(),
                    first.credentials() == null
                        ? Map.of()
                        : mapper.readValue(
                            first.credentials(), new TypeReference<Map<String, String>>() {}),
                    first.options() == null
                        ? mapper.createObjectNode()
                        : mapper.readTree(first.options()));
            List<String> events =
                kind.get().digest()
                    ? deliveries.stream().map(Leased::payload).toList()
                    : List.of(first.payload());
            ConnectorKind.Sent sent =
                kind.get().send(connector, events, new ConnectorHttp(http, timeout, addresses));
            long millis = (System.nanoTime() - started) / 1_000_000;
            int covered = Math.max(1, Math.min(sent.covered(), deliveries.size()));
            return new Outcome(
                deliveries, covered, sent.status(), sent.error(), millis, sent.refused());
          } catch (Exception e) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            Throwable cause =
                e.getCause() != null && !(e instanceof java.io.IOException) ? e.getCause() : e;
            return new Outcome(
                deliveries,
                deliveries.size(),
                null,
                sender.whyNoAnswer(cause, URI.create(first.url())),
                millis);
          }
        },
        workers);
  }

  /** The options of a registration as the kinds read them. */
  JsonNode tree(String json) {
    try {
      return json == null ? mapper.createObjectNode() : mapper.readTree(json);
    } catch (java.io.IOException e) {
      return mapper.createObjectNode();
    }
  }
}
