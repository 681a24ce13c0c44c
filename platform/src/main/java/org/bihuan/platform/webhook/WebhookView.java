package org.bihuan.platform.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscriber; {@code secret} is shown only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(
    @Schema(example = "e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a0b1") UUID id,
    @Schema(example = "https://oa.example.cn/hooks/bihuan") String url,
    List<String> events,
    @Schema(example = "OA系统督办提醒") String description,
    @Schema(example = "true") boolean active,
    @Schema(example = "whsec_4f9a1c2e7b8d") String secret,
    @Schema(example = "admin") String createdBy,
    @Schema(example = "2024-05-10T08:30:00Z") Instant createdAt,
    @Schema(
            example = "1024",
            description =
                "The change feed's position at registration: the subscriber receives the events"
                    + " after it, never earlier ones; GET /api/v1/events?after=0 has those")
        long afterPosition,
    @Schema(example = "1") long version) {}
