package org.bihuan.report.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of an upstream change feed: {@code {"events": [...], "next": n}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeedEnvelope(List<FeedEventRecord> events, long next) {

  public List<FeedEventRecord> eventsOrEmpty() {
    return events == null ? List.of() : events;
  }
}
