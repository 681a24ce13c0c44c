package org.bihuan.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organisation's clock: deadlines are calendar dates in its time zone ({@code
 * bihuan.time-zone}, default Asia/Shanghai), so "today" is the date there, not in UTC. Tests
 * replace this bean to move time.
 */
@ApplicationScoped
public class OrganisationClock {

  private final ZoneId zone;

  public OrganisationClock(
      @ConfigProperty(name = "bihuan.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
    this.zone = zone;
  }

  public Clock clock() {
    return Clock.system(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  /**
   * Now, to the microsecond: what PostgreSQL keeps, so that a write's answer shows the same instant
   * as every later read of it.
   */
  public Instant now() {
    return clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  public LocalDate today() {
    return LocalDate.now(clock());
  }
}
