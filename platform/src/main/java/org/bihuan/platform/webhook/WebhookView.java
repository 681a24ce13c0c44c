package org.bihuan.platform.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscriber; {@code secret} is shown only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(
    UUID id,
    String url,
    List<String> events,
    String description,
    boolean active,
    String secret,
    String createdBy,
    Instant createdAt,
    long version) {}
