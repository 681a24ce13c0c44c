package org.bihuan.platform.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the subscriber answered to a test ping. */
public record PingResult(
    @Schema(description = "The webhook-id header of the ping") String messageId,
    @Schema(description = "The receiver answered 2xx") boolean delivered,
    @Schema(
            nullable = true,
            description = "The receiver's HTTP status; null when none came",
            example = "200")
        Integer statusCode,
    @Schema(nullable = true, description = "Why no status came (connection refused, timeout…)")
        String error,
    @Schema(example = "42") long durationMillis) {

  public static final String TYPE = "webhook.ping";
}
