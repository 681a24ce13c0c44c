package org.bihuan.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.bihuan.platform.feed.follow.FollowedEvent;

/** One event of an upstream change feed; {@code data} is the resource after the change. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedEventRecord(
    long position,
    String id,
    String type,
    Instant occurredAt,
    String resourceType,
    String resourceId,
    JsonNode data)
    implements FollowedEvent {}
