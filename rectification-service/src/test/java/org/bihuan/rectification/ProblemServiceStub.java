package org.bihuan.rectification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.UUID;
import org.bihuan.testing.ProviderContract;

/**
 * problem-service as WireMock, answering exactly the agreed problem view (BRIEF: GET
 * /api/v1/problems/{id} → 200 problem view, or 404 problem+json). Tests register the problems they
 * need with {@link #problem}; every other id is unknown. {@link #takeDown()} and {@link #restart()}
 * take the service away and bring it back on the same port. Every body is checked against
 * problem-service's committed contract, so a field renamed there fails here too.
 */
@QuarkusTestResource(ProblemServiceStub.class)
public class ProblemServiceStub implements QuarkusTestResourceLifecycleManager {

  private static final ProviderContract PROBLEMS = ProviderContract.of("problem-service");
  private static final String PATH = "/api/v1/problems/{id}";

  private static WireMockServer server;
  private static int port;

  @Override
  public Map<String, String> start() {
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    startServer();
    return Map.of(
        "quarkus.rest-client.problems.url",
        "http://localhost:" + port,
        "quarkus.rest-client.problem-feed.url",
        "http://localhost:" + port);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private static synchronized void startServer() {
    server = new WireMockServer(WireMockConfiguration.options().port(port));
    server.start();
    server.stubFor(
        get(urlPathMatching("/api/v1/problems/.*"))
            .atPriority(10)
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/problem+json")
                    .withBody(
                        PROBLEMS.answer(
                            "GET",
                            PATH,
                            404,
                            "{\"type\":\"/problems/not-found\",\"title\":\"Not Found\","
                                + "\"status\":404,\"detail\":\"No problem with this id.\"}"))));
    // The change feed: nothing new unless a test serves events (feedServes).
    server.stubFor(
        get(urlPathEqualTo("/api/v1/events"))
            .atPriority(100)
            .willReturn(okJson("{\"events\": [], \"next\": 0}")));
  }

  /**
   * Serves {@code events} (JSON objects of problem-service's feed, positions after {@code after})
   * to a reader asking for the events after {@code after}.
   */
  public static synchronized void feedServes(long after, String... events) {
    server.stubFor(
        get(urlPathEqualTo("/api/v1/events"))
            .withQueryParam("after", WireMock.equalTo(Long.toString(after)))
            .atPriority(5)
            .willReturn(okJson("{\"events\": [" + String.join(",", events) + "], \"next\": 0}")));
  }

  private static com.github.tomakehurst.wiremock.stubbing.StubMapping feedDelay;

  /**
   * Answers every read of the change feed only after {@code millis} (a problem-service that hangs
   * without failing); 0 answers at once again.
   */
  public static synchronized void feedDelays(int millis) {
    if (feedDelay != null) {
      server.removeStub(feedDelay);
      feedDelay = null;
    }
    if (millis > 0) {
      feedDelay =
          server.stubFor(
              get(urlPathEqualTo("/api/v1/events"))
                  .atPriority(1)
                  .willReturn(okJson("{\"events\": [], \"next\": 0}").withFixedDelay(millis)));
    }
  }

  /** How many times problem-service was asked for this problem since it was started. */
  public static synchronized int reads(UUID id) {
    return server
        .countRequestsMatching(
            WireMock.getRequestedFor(urlPathEqualTo("/api/v1/problems/" + id)).build())
        .getCount();
  }

  /** Takes problem-service away: connections to its port are refused. */
  public static synchronized void takeDown() {
    server.stop();
  }

  /** Brings problem-service back on the same port with no problems registered. */
  public static synchronized void restart() {
    startServer();
  }

  /** Registers an OPEN problem of {@code sourceId} and returns its id. */
  public static UUID problem(UUID sourceId) {
    return problem(UUID.randomUUID(), sourceId, "OPEN");
  }

  public static synchronized UUID problem(UUID id, UUID sourceId, String status) {
    return problem(id, sourceId, status, null);
  }

  /**
   * Registers a problem as problem-service shows it, with {@code withdrawalStartedAt} set while a
   * withdrawal of it is under way (null otherwise); a later call for the same id replaces it.
   */
  public static synchronized UUID problem(
      UUID id, UUID sourceId, String status, java.time.Instant withdrawalStartedAt) {
    return problem(id, sourceId, status, withdrawalStartedAt, java.time.Duration.ZERO);
  }

  /** Registers an OPEN problem that problem-service shows only after {@code delay}. */
  public static UUID slowProblem(UUID sourceId, java.time.Duration delay) {
    return problem(UUID.randomUUID(), sourceId, "OPEN", null, delay);
  }

  /** Shows an existing problem as OPEN again, but answers about it only after {@code delay}. */
  public static UUID slowProblem(UUID id, UUID sourceId, java.time.Duration delay) {
    return problem(id, sourceId, "OPEN", null, delay);
  }

  private static synchronized UUID problem(
      UUID id,
      UUID sourceId,
      String status,
      java.time.Instant withdrawalStartedAt,
      java.time.Duration delay) {
    String body =
        """
        {"id": "%s", "number": "P-2024-%04d", "sourceId": "%s",
         "categoryPath": ["（一）理论学习方面"], "title": "理论学习不够深入",
         "description": "学习不系统、不深入。", "causeIds": [], "status": "%s",
         "externalRef": null, "version": 0, "createdAt": "2024-01-15T02:00:00Z",
         "closedAt": null, "withdrawnAt": null, "withdrawReason": null,
         "withdrawalStartedAt": %s}
        """
            .formatted(
                id,
                Math.abs(id.hashCode() % 10000),
                sourceId,
                status,
                withdrawalStartedAt == null ? "null" : "\"" + withdrawalStartedAt + "\"");
    server.stubFor(
        get(urlPathEqualTo("/api/v1/problems/" + id))
            .atPriority(1)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withFixedDelay((int) delay.toMillis())
                    .withHeader("Content-Type", "application/json")
                    .withBody(PROBLEMS.answer("GET", PATH, 200, body))));
    return id;
  }
}
