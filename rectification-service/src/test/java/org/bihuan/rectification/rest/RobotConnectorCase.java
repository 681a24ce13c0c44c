package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A robot connector's receiver (WireMock), its messages and signatures, started and stopped around
 * each test.
 */
abstract class RobotConnectorCase {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String SECRET = "SEC7d1c0ffee2b4e5f6a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d1";

  @Inject AgroalDataSource dataSource;

  WireMockServer robot;
  String connectorId;

  @BeforeEach
  void receiver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    robot = ConnectorFixtures.receiver();
  }

  @AfterEach
  void stop() {
    if (connectorId != null) {
      ConnectorFixtures.deactivate(connectorId);
    }
    robot.stop();
  }

  List<LoggedRequest> messages(String path) {
    return robot.findAll(anyRequestedFor(urlPathEqualTo(path)));
  }

  static JsonNode json(LoggedRequest r) {
    try {
      return JSON.readTree(r.getBodyAsString());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
