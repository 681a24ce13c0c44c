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

  public Instant now() {
    return clock().instant();
  }

  public LocalDate today() {
    return LocalDate.now(clock());
  }
}
