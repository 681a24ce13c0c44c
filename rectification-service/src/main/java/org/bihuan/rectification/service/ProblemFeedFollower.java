package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bihuan.platform.feed.follow.FollowedFeed;
import org.bihuan.platform.feed.follow.ReceivedEvent;
import org.bihuan.rectification.client.ProblemFeedApi;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Follows problem-service's change feed with the platform's {@link FollowedFeed} (0196), so that
 * the CLOSE to-do knows whether a problem is closed or withdrawn (0197). Pages are applied by
 * {@link ProblemEvents}; readiness shows how it goes ({@code ProblemFeedHealth}); settings under
 * {@code bihuan.problem-feed}.
 */
@ApplicationScoped
public class ProblemFeedFollower extends FollowedFeed<ReceivedEvent> {

  @Inject
  ProblemFeedFollower(@RestClient ProblemFeedApi feed, ProblemEvents events) {
    super(Spec.following("problem", feed::events, events));
  }
}
