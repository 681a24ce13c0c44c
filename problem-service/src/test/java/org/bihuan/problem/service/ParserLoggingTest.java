package org.bihuan.problem.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

/**
 * POI logs through log4j-api. Without a provider log4j-api falls back to a logger that prints
 * "Log4j API could not find a logging provider" and drops the parsers' warnings; the service routes
 * it to the JBoss log manager that Quarkus logs with (docs/decisions/0229).
 */
class ParserLoggingTest {

  @Test
  void theParsersLogThroughTheServicesLogManager() {
    String context = LogManager.getContext(false).getClass().getName();
    assertTrue(
        context.startsWith("org.jboss.logmanager"),
        "log4j-api logs to " + context + ", not to the JBoss log manager");
  }
}
