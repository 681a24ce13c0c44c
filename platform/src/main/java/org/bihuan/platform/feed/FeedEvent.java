package org.bihuan.platform.feed;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One committed change, as the feed and webhooks deliver it. */
public record FeedEvent(
    long position,
    UUID id,
    String type,
    Instant occurredAt,
    String resourceType,
    String resourceId,
    @Schema(
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
            description = "The resource after the change.")
        @JsonRawValue
        String data) {}
