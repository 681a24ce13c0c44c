package org.bihuan.report;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.testing.ProviderContract;

/**
 * Stands in for problem-service and rectification-service: two WireMock servers serving the fixed
 * dataset ({@link FixedDataset}) as change-feed pages in the agreed envelope, a few events per
 * page, and an empty page after the last position.
 */
public class UpstreamFeeds implements QuarkusTestResourceLifecycleManager {

  static final int PAGE = 4;
  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  static final ProviderContract PROBLEM_SERVICE = ProviderContract.of("problem-service");
  static final ProviderContract RECTIFICATION_SERVICE =
      ProviderContract.of("rectification-service");

  public static WireMockServer problemService;
  public static WireMockServer rectificationService;

  @Override
  public Map<String, String> start() {
    problemService = new WireMockServer(options().dynamicPort());
    rectificationService = new WireMockServer(options().dynamicPort());
    problemService.start();
    rectificationService.start();
    serve(problemService, FixedDataset.problemEvents(), 0);
    serve(rectificationService, FixedTickets.ticketEvents(), 0);
    return Map.of(
        "quarkus.rest-client.problem-feed.url", problemService.baseUrl(),
        "quarkus.rest-client.rectification-feed.url", rectificationService.baseUrl());
  }

  @Override
  public void stop() {
    if (problemService != null) {
      problemService.stop();
    }
    if (rectificationService != null) {
      rectificationService.stop();
    }
  }

  /**
   * Serves {@code events} (positions first+1 …) in pages of {@link #PAGE}, and an empty page after
   * the last one (a later {@code serve} from there replaces it: the newest stub wins).
   */
  public static void serve(WireMockServer server, List<Map<String, Object>> events, long first) {
    for (int from = 0; from < events.size(); from++) {
      int to = Math.min(from + PAGE, events.size());
      List<Map<String, Object>> page = new ArrayList<>(events.subList(from, to));
      long after = first + from;
      long next = first + to;
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("events", page);
      body.put("next", next);
      server.stubFor(
          get(urlPathEqualTo("/api/v1/events"))
              .withQueryParam("after", equalTo(Long.toString(after)))
              .atPriority(5)
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/json")
                      .withBody(
                          contractOf(server).answer("GET", "/api/v1/events", 200, write(body)))));
    }
    long end = first + events.size();
    server.stubFor(
        get(urlPathEqualTo("/api/v1/events"))
            .withQueryParam("after", equalTo(Long.toString(end)))
            .atPriority(5)
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withFixedDelay(200)
                    .withBody(
                        contractOf(server)
                            .answer(
                                "GET",
                                "/api/v1/events",
                                200,
                                "{\"events\": [], \"next\": " + end + "}"))));
  }

  /** Every feed call answers 503 until the returned stub is removed. */
  public static StubMapping down(WireMockServer server) {
    return server.stubFor(
        get(urlPathEqualTo("/api/v1/events"))
            .atPriority(1)
            .willReturn(aResponse().withStatus(503).withBody("upstream is down")));
  }

  /** Every stubbed page is checked against the provider's committed OpenAPI document. */
  static ProviderContract contractOf(WireMockServer server) {
    return server == problemService ? PROBLEM_SERVICE : RECTIFICATION_SERVICE;
  }

  static String write(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
