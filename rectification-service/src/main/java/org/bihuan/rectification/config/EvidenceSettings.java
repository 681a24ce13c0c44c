package org.bihuan.rectification.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code bihuan.evidence.*}. Keep {@code quarkus.http.limits.max-body-size} a little above {@code
 * max-bytes} so that an oversized file reaches the service and gets a problem+json 413.
 */
@ConfigMapping(prefix = "bihuan.evidence")
public interface EvidenceSettings {

  /** The largest evidence file accepted (e.g. 20M). */
  @WithDefault("20M")
  MemorySize maxBytes();
}
