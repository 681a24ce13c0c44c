package org.bihuan.platform.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event sent (or being sent) to one subscriber, with every attempt. */
public record DeliveryView(
    UUID id,
    String webhookId,
    long eventPosition,
    String eventType,
    String state,
    int attempts,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant deliveredAt,
    List<Attempt> attemptLog) {

  public record Attempt(
      int number, Instant at, Integer statusCode, String error, long durationMillis) {}
}
