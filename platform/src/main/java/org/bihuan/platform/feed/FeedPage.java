package org.bihuan.platform.feed;

import java.util.List;

/** {@code {"events": [...], "next": n}}: ask {@code after=next} for the following events. */
public record FeedPage(List<FeedEvent> events, long next) {}
