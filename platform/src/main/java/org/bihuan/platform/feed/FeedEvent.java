package org.bihuan.platform.feed;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One committed change, as the feed and webhooks deliver it. */
public record FeedEvent(
    @Schema(example = "1024") long position,
    @Schema(example = "d4c3b2a1-9f8e-4d7c-b6a5-4e3d2c1b0a9f") UUID id,
    @Schema(example = "ticket.submitted") String type,
    @Schema(example = "2024-05-10T08:30:00Z") Instant occurredAt,
    @Schema(example = "ticket") String resourceType,
    @Schema(example = "b1e2f3a4-5c6d-4e7f-8a9b-0c1d2e3f4a5b") String resourceId,
    @Schema(
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
            description = "The resource after the change.")
        @JsonRawValue
        String data) {}
