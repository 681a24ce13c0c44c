package org.bihuan.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Typed settings of the report service ({@code report.*}). */
@ConfigMapping(prefix = "report")
public interface ReportConfig {

  Feed feed();

  Cache cache();

  interface Feed {
    /** Whether this instance follows the upstream feeds at all (every instance serves reads). */
    @WithDefault("true")
    boolean enabled();

    /** Events asked for per call, all applied in one transaction. */
    @WithDefault("1000")
    int batchSize();

    /** Long-poll: the upstream holds an empty answer up to this many seconds. */
    @WithDefault("10")
    int waitSeconds();

    /** First pause after a failed call; doubled after each further failure up to backoff-max. */
    @WithDefault("PT1S")
    Duration backoffMin();

    @WithDefault("PT30S")
    Duration backoffMax();

    /** Pause after an empty page, in case an upstream answers at once instead of waiting. */
    @WithDefault("PT0.25S")
    Duration idlePause();

    /** How often an instance that does not hold the feed lock tries to take it. */
    @WithDefault("PT5S")
    Duration standbyPause();
  }

  interface Cache {
    /** Cache computed figures until the projection's positions (or the date) change. */
    @WithDefault("true")
    boolean enabled();

    /** Positions are re-read from the database at most this often (other replicas' commits). */
    @WithDefault("PT0.5S")
    Duration positionsRefresh();

    @WithDefault("1000")
    int maxEntries();
  }
}
