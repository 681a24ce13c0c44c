package org.bihuan.report;

import io.quarkus.test.junit.QuarkusMock;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.bihuan.platform.time.OrganisationClock;

/** Puts the application's organisation clock at noon of a given date in Asia/Shanghai. */
public final class FixedClock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private FixedClock() {}

  public static void install(LocalDate day) {
    Clock fixed = Clock.fixed(day.atTime(12, 0).atZone(ZONE).toInstant(), ZONE);
    QuarkusMock.installMockForType(
        new OrganisationClock(ZONE) {
          @Override
          public Clock clock() {
            return fixed;
          }
        },
        OrganisationClock.class);
  }
}
