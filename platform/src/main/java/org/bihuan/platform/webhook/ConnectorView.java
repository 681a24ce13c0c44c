package org.bihuan.platform.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registered connector. Its credentials are never shown: {@code credentialsSet} names those
 * given. A standard-webhooks connector's signing {@code secret} is shown only in the answer that
 * created it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectorView(
    @Schema(example = "e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a0b1") UUID id,
    @Schema(example = "dingtalk-robot") String kind,
    @Schema(example = "整改督办群机器人") String name,
    @Schema(example = "https://oapi.dingtalk.com/robot/send") String baseUrl,
    List<String> events,
    @Schema(description = "The settings of the kind, as registered") Map<String, Object> options,
    @Schema(description = "The names of the credentials given; their values are never answered")
        List<String> credentialsSet,
    @Schema(example = "true") boolean active,
    @Schema(
            example = "whsec_4f9a1c2e7b8d",
            description = "standard-webhooks only, in the answer that created it")
        String secret,
    @Schema(example = "admin") String createdBy,
    @Schema(example = "2024-05-10T08:30:00Z") Instant createdAt,
    @Schema(
            example = "1024",
            description =
                "The change feed's position at registration: the subscriber receives the events"
                    + " after it, never earlier ones; GET /api/v1/events?after=0 has those")
        long afterPosition,
    @Schema(example = "0") long version) {}
