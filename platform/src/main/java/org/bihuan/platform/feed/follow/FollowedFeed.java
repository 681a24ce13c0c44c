package org.bihuan.platform.feed.follow;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.bihuan.platform.health.Stalls;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.jboss.logging.Logger;

/**
 * A service's follower of another service's change feed, as an application bean: one {@link
 * FeedFollower} whose pages its {@link Spec}'s applier applies in the service's JTA transactions,
 * set up under the configuration prefix of its {@link Spec} ({@code <prefix>.enabled}, batch size,
 * waits, backoff: {@link FeedFollower.Settings#configuredUnder}), its figures published to the
 * service's metrics, started with the application and stopped on shutdown. A subclass only hands
 * its {@link Spec} to the constructor, usually {@link Spec#following} over its REST client of the
 * other service's feed (0196, 0373).
 */
public abstract class FollowedFeed<E extends FollowedEvent> {

  @Inject AgroalDataSource dataSource;
  @Inject EntityManager em;
  @Inject MeterRegistry metrics;

  private final Spec<E> spec;
  private FeedFollower<E> follower;

  /** Follows what {@code spec} names. */
  protected FollowedFeed(Spec<E> spec) {
    this.spec = spec;
  }

  /** For the container's client proxy, which hands every call to the bean. */
  protected FollowedFeed() {
    this(null);
  }

  /**
   * What is followed: the feed's name (its position and leader lock are kept under it), the
   * configuration prefix of the settings (e.g. {@code bihuan.problem-feed}), how a page is read and
   * how it is applied (in the transaction that also stores the position).
   */
  public record Spec<E extends FollowedEvent>(
      String feed, String configPrefix, FeedSource<E> source, PageApplier<E> applier) {

    /**
     * Another service's feed read through this service's REST client of it ({@code client::events},
     * {@link FeedSource#pages}), its settings under {@code bihuan.<feed>-feed}.
     */
    public static Spec<ReceivedEvent> following(
        String feed, FeedSource.Pages client, PageApplier<ReceivedEvent> applier) {
      return new Spec<>(feed, "bihuan." + feed + "-feed", FeedSource.pages(client), applier);
    }
  }

  /** Observed in each subclass's bean (CDI observer methods are inherited). */
  public void onStart(@Observes StartupEvent event) {
    started();
  }

  public void onStop(@Observes ShutdownEvent event) {
    stopped();
  }

  /** Starts following where {@code <prefix>.enabled} (default true) allows. */
  protected void started() {
    follower().publishTo(metrics);
    if (enabled()) {
      follower.start();
    }
  }

  protected void stopped() {
    follower().stop();
  }

  public boolean enabled() {
    return ConfigProvider.getConfig()
        .getOptionalValue(spec.configPrefix() + ".enabled", Boolean.class)
        .orElse(true);
  }

  /** The follower (started with the application where enabled). */
  public synchronized FeedFollower<E> follower() {
    if (follower == null) {
      follower =
          new FeedFollower<>(
                  spec.feed(),
                  spec.source(),
                  spec.applier(),
                  FeedFollower.Settings.configuredUnder(spec.configPrefix()),
                  dataSource,
                  PageTransactions.jta(em))
              .logTo(Logger.getLogger(getClass()));
    }
    return follower;
  }

  /**
   * A readiness answer named {@code check} that shows how following goes ({@link FeedReadiness}:
   * position, leader, last success and lag, the failure streak with its start and cause, an event
   * it is stuck before). It stays UP while following fails: the service serves and records without
   * it, only what the feed updates waits.
   */
  public HealthCheckResponse readiness(String check) {
    HealthCheckResponseBuilder b =
        HealthCheckResponse.named(check).up().withData("enabled", enabled());
    FeedReadiness.Stored stored;
    try (Connection c = dataSource.getConnection()) {
      stored = FeedReadiness.read(c);
    } catch (SQLException e) {
      // The database check says so; the follower's own state is still worth showing.
      stored = new FeedReadiness.Stored(Map.of(), Map.of());
    }
    Instant now = Instant.now();
    FeedFollower<E> f = follower();
    FeedReadiness.describe(b, "", f.status(), stored.positions(), stored.health(), now);
    if (enabled() && Stalls.stalled(f.step().withoutProgress(now), f.stepAllowed())) {
      // a read or page that never ends fails nothing: without this it would say following (0350)
      b.withData("state", "stalled");
    }
    return b.build();
  }
}
