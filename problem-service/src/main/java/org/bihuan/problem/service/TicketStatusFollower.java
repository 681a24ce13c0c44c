package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bihuan.platform.feed.follow.FollowedFeed;
import org.bihuan.platform.feed.follow.ReceivedEvent;
import org.bihuan.problem.client.RectificationFeedApi;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Keeps problem statuses in step with the tickets by following the rectification service's change
 * feed with the platform's {@link FollowedFeed}
 * (docs/decisions/0010-problem-status-follows-tickets.md, 0196-one-feed-follower.md): each page is
 * applied by {@link TicketEvents} in one transaction with the position, one replica at a time
 * follows, a failing feed is retried with growing pauses and nothing is skipped. While the
 * rectification service is down, statuses simply wait. Readiness shows how it goes ({@code
 * RectificationFeedHealth}); settings under {@code bihuan.rectification-feed}.
 */
@ApplicationScoped
public class TicketStatusFollower extends FollowedFeed<ReceivedEvent> {

  @Inject
  TicketStatusFollower(@RestClient RectificationFeedApi feed, TicketEvents events) {
    super(Spec.following("rectification", feed::events, events));
  }
}
