package org.bihuan.platform.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
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

  /** The one thread that sends what an answer made room for (see {@link #sendMore}). */
  private final ExecutorService more =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "webhook-send-more");
            t.setDaemon(true);
            return t;
          });

  private final AtomicBoolean moreWanted = new AtomicBoolean();

  /** Deliveries of this instance on their way (at most {@link #PARALLEL}). */
  private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(PARALLEL);

  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;

  @ConfigProperty(
      name = "bihuan.webhooks.retry-schedule",
      defaultValue = "PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT10H")
  List<Duration> retrySchedule;

  /**
   * The pauses before a connector's event that its receiver refused for good is sent again (the
   * user it names may be added there meanwhile); after the last, it is parked FAILED. Meanwhile it
   * holds back only the later events of its own resource (docs/decisions/0334).
   */
  @ConfigProperty(
      name = "bihuan.connectors.refusal-retry-schedule",
      defaultValue = "PT1M,PT10M,PT1H")
  List<Duration> refusalSchedule;

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
  record Outcome(
      List<Leased> deliveries,
      int covered,
      Integer status,
      String error,
      long millis,
      boolean refused) {

    Outcome(List<Leased> deliveries, int covered, Integer status, String error, long millis) {
      this(deliveries, covered, status, error, millis, false);
    }

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

  /**
   * Asks for one more {@link #sendDue()} on this instance's own thread: an answer's thread (the
   * HTTP client's pool, the connectors' workers) never waits for the lock itself. Asked for while
   * one is waiting to run, it is that one (docs/decisions/0345): however many answers arrive while
   * a {@code sendDue} waits for the database, one thread waits, not one per answer.
   */
  private void sendMore() {
    if (!moreWanted.compareAndSet(false, true)) {
      return;
    }
    try {
      more.execute(
          () -> {
            moreWanted.set(false);
            try {
              sendDue();
            } catch (SQLException | RuntimeException e) {
              LOG.debugf("Sending the next deliveries waits for the next tick: %s", e);
            }
          });
    } catch (RejectedExecutionException stopping) {
      moreWanted.set(false);
    }
  }

  @PreDestroy
  void stopSendingMore() {
    more.shutdownNow();
  }

  /**
   * Leases up to {@code limit} due deliveries of active subscriptions: of each subscriber with
   * nothing in flight, its oldest due delivery.
   */
  private List<Leased> lease(int limit) throws SQLException {
    return DeliveryLease.lease(dataSource, leaseFor(), limit, connectors.digestKinds());
  }

  /** How long a leased delivery is left to its sender before another may send it. */
  String leaseFor() {
    return (timeout.toSeconds() * 3 + 30) + " seconds";
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
              return new Outcome(
                  d, response.statusCode(), ReceiverAnswers.whyRefused(response), millis);
            });
  }

  /** Why a delivery got no status, within this sender's timeout ({@link ReceiverAnswers}). */
  String whyNoAnswer(Throwable cause, URI url) {
    return ReceiverAnswers.whyNoAnswer(cause, url, timeout);
  }

  /** Records the answer to one message: its attempt on each delivery it carried. */
  void record(Outcome o) throws SQLException {
    new DeliveryAttempts(dataSource, retrySchedule, refusalSchedule).record(o);
  }
}
