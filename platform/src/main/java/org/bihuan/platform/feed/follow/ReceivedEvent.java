package org.bihuan.platform.feed.follow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One event of a followed change feed as a consumer reads it; {@code data} is the resource after
 * the change. The producer's side is {@link org.bihuan.platform.feed.FeedEvent}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReceivedEvent(
    long position,
    String id,
    String type,
    Instant occurredAt,
    String resourceType,
    String resourceId,
    JsonNode data)
    implements FollowedEvent {}
