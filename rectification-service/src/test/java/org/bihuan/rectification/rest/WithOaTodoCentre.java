package org.bihuan.rectification.rest;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A to-do connector test: each test starts with its own {@link OaTodoCentre} (the earlier tests'
 * subscribers deactivated) and ends with its connectors deactivated and the receiver stopped.
 */
abstract class WithOaTodoCentre {

  /** How long a push may take to reach the receiver. */
  static final Duration WAIT = Duration.ofSeconds(60);

  @Inject AgroalDataSource dataSource;

  OaTodoCentre centre;

  @BeforeEach
  void startTheCentre() {
    centre = OaTodoCentre.start(dataSource);
  }

  @AfterEach
  void stopTheCentre() {
    centre.stop();
  }
}
