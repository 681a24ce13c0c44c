package org.bihuan.platform.feed.follow;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of a followed change feed: {@code {"events": [...], "next": n}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReceivedPage(List<ReceivedEvent> events, long next) {

  public List<ReceivedEvent> eventsOrEmpty() {
    return events == null ? List.of() : events;
  }
}
