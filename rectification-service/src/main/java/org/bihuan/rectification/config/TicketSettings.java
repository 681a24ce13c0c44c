package org.bihuan.rectification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code bihuan.tickets.*}. */
@ConfigMapping(prefix = "bihuan.tickets")
public interface TicketSettings {

  /** Days an IMMEDIATE (立行立改) ticket gets when it is created without a deadline. */
  @WithDefault("30")
  int immediateDays();

  /**
   * How often DeadlineNotices looks for tickets to announce as due soon or overdue (a duration such
   * as 10m, or "off"). Read by the @Scheduled expression; declared here so it is documented.
   */
  @WithDefault("10m")
  String noticeEvery();

  /**
   * How often WithdrawalRecheck asks again about the problems of tickets whose own request did not
   * (it stopped between the commit and the question; docs/decisions/0168). Read by the @Scheduled
   * expression; declared here so it is documented.
   */
  @WithDefault("30s")
  String recheckEvery();

  /**
   * How long the tickets a withdrawal asks for wait for a ticket creation, batch or edit linking
   * the problem that is under way (docs/decisions/0246); longer: 409 ticket-creation-under-way.
   * problem-service's call allows 20 s: keep it below 15 s.
   */
  @WithDefault("10s")
  java.time.Duration withdrawalWait();
}
