package org.bihuan.problem.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.bihuan.testing.ProviderContract;

/**
 * The rectification service in this module's tests: a WireMock server whose stubs answer with the
 * agreed ticket view ({@link TicketJson}). Tests receive it in a field marked {@link Stub}.
 */
public class RectificationStub implements QuarkusTestResourceLifecycleManager {

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.FIELD)
  public @interface Stub {}

  private WireMockServer server;

  @Override
  public Map<String, String> start() {
    server = new WireMockServer(wireMockConfig().dynamicPort());
    server.start();
    // the change feed is read all the time; by default nothing new happened
    server.stubFor(
        WireMock.get(WireMock.urlPathEqualTo("/api/v1/events"))
            .atPriority(100)
            .willReturn(WireMock.okJson("{\"events\": [], \"next\": 0}")));
    return Map.of(
        "quarkus.rest-client.rectification.url",
        server.baseUrl(),
        "quarkus.rest-client.rectification-feed.url",
        server.baseUrl());
  }

  @Override
  public void inject(TestInjector injector) {
    injector.injectIntoFields(
        server, new TestInjector.AnnotatedAndMatchesType(Stub.class, WireMockServer.class));
  }

  @Override
  public void stop() {
    if (server != null) {
      server.stop();
    }
  }

  /**
   * Stubs POST /tickets/{id}/progress on {@code server}: 201 with the agreed progress view (checked
   * against rectification-service's contract) of a report of {@code note} on 2024-05-31.
   */
  public static void progressRecorded(WireMockServer server, String note) {
    server.stubFor(
        WireMock.post(WireMock.urlPathMatching("/api/v1/tickets/[^/]+/progress"))
            .willReturn(
                WireMock.aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        ProviderContract.of("rectification-service")
                            .answer(
                                "POST",
                                "/api/v1/tickets/{id}/progress",
                                201,
                                """
                                {"id": "e7f8a9b0-c1d2-4e3f-a4b5-c6d7e8f9a0b1",
                                 "ticketId": "b1e2f3a4-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
                                 "date": "2024-05-31", "note": "%s",
                                 "reporterId": "导入人", "reporterName": "导入人",
                                 "recordedAt": "2024-05-31T08:00:00Z"}
                                """
                                    .formatted(note)))));
  }
}
