package org.bihuan.rectification.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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

  static final String FEED = "problem";

  @Inject @RestClient ProblemFeedApi feed;
  @Inject ProblemEvents events;

  void onStart(@Observes StartupEvent event) {
    started();
  }

  void onStop(@Observes ShutdownEvent event) {
    stopped();
  }

  @Override
  protected Spec<ReceivedEvent> spec() {
    return new Spec<>(
        FEED,
        "bihuan.problem-feed",
        (after, limit, wait) -> feed.events(after, limit, wait).eventsOrEmpty(),
        events);
  }
}
