package org.bihuan.platform.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One event sent (or being sent) to one subscriber, with every attempt. {@code webhookId} is the
 * subscription; {@code messageId} is the {@code webhook-id} header the receiver saw (the event's
 * id, the same on every retry).
 */
public record DeliveryView(
    UUID id,
    @Schema(description = "The subscription (webhook) this delivery belongs to") UUID webhookId,
    @Schema(description = "The webhook-id header sent: the event's id, the same on every retry")
        String messageId,
    long eventPosition,
    String eventType,
    @Schema(
            enumeration = {"PENDING", "DELIVERED", "FAILED", "CANCELLED"},
            description =
                "PENDING: to be sent (nextAttemptAt); DELIVERED: the receiver answered 2xx; FAILED:"
                    + " every retry failed; CANCELLED: the webhook was deleted before it was"
                    + " delivered, nothing more is sent")
        String state,
    int attempts,
    @Schema(nullable = true) Instant nextAttemptAt,
    Instant createdAt,
    @Schema(nullable = true) Instant deliveredAt,
    List<Attempt> attemptLog) {

  public record Attempt(
      int number,
      Instant at,
      @Schema(nullable = true, description = "None when no answer came") Integer statusCode,
      @Schema(nullable = true) String error,
      long durationMillis) {}
}
