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
}
