package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service does not post to itself or its machine's link (docs/decisions/0234): a webhook or
 * connector whose URL names a loopback, unspecified or link-local address — or a name resolving to
 * one — is refused at registration (400 naming the field), and a subscription stored with such a
 * URL is not called when delivering. Private networks stay allowed. The other tests run with
 * bihuan.webhooks.allow-local-targets=true, as their receivers listen on 127.0.0.1; this one runs
 * as a service is deployed, without it.
 */
@QuarkusTest
@TestProfile(LocalReceiversTest.AsDeployed.class)
class LocalReceiversTest {

  /** The default: local receivers not allowed. */
  public static class AsDeployed implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("bihuan.webhooks.allow-local-targets", "false");
    }
  }

  static final List<String> LOCAL =
      List.of(
          "http://127.0.0.1:8082/hook",
          "http://127.0.0.2/hook",
          "http://localhost/hook",
          "http://[::1]:8082/hook",
          "http://[::ffff:127.0.0.1]/hook",
          "http://0.0.0.0:8082/hook",
          "http://169.254.169.254/latest/meta-data/",
          "http://[fe80::1]/hook");

  @Inject AgroalDataSource dataSource;

  @BeforeEach
  void withoutEarlierSubscribers() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
  }

  private static ValidatableResponse post(String path, String body) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then();
  }

  @Test
  void aWebhookOrConnectorOnThisMachineOrItsLinkIsRefusedNamingTheField() throws Exception {
    for (String url : LOCAL) {
      post("/api/v1/webhooks", "{\"url\": \"" + url + "\", \"events\": [\"*\"]}")
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("url"))
          .body("detail", containsString("allow-local-targets"));
      post(
              "/api/v1/connectors",
              "{\"kind\": \"standard-webhooks\", \"name\": \"本机\", \"baseUrl\": \"" + url + "\"}")
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("baseUrl"));
      post(
              "/api/v1/connectors",
              "{\"kind\": \"wecom-robot\", \"name\": \"群\", \"credentials\": {\"key\": \"k\"},"
                  + " \"baseUrl\": \""
                  + url
                  + "\"}")
          .statusCode(400)
          .body("errors.field", hasItem("baseUrl"));
    }
    // The machine's own interface addresses, private ones included, and its host name (0244).
    for (String url : ownUrls(8082)) {
      post("/api/v1/webhooks", "{\"url\": \"" + url + "\", \"events\": [\"*\"]}")
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("url"))
          .body("detail", containsString("own network interfaces"));
      post(
              "/api/v1/connectors",
              "{\"kind\": \"standard-webhooks\", \"name\": \"本机\", \"baseUrl\": \"" + url + "\"}")
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("baseUrl"));
    }
    // Spellings of such addresses, broadcast and multicast (0250).
    for (String url :
        List.of(
            "http://[fe80::1%25eth0]/hook",
            "http://0x7f.1/hook",
            "http://0177.0.0.1/hook",
            "http://2130706433/hook",
            "http://127.1/hook",
            "http://localhost./hook",
            "http://255.255.255.255/hook",
            "http://224.0.0.1/hook",
            "http://[ff02::1]/hook",
            "http://[::]/hook",
            "http://[::ffff:0:7f00:1]/hook")) {
      post("/api/v1/webhooks", "{\"url\": \"" + url + "\", \"events\": [\"*\"]}")
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("url"))
          .body("detail", containsString("url: names "));
      post(
              "/api/v1/connectors",
              "{\"kind\": \"standard-webhooks\", \"name\": \"本机\", \"baseUrl\": \"" + url + "\"}")
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("baseUrl"));
    }
    // OA systems live in intranets: private addresses stay allowed.
    for (String url :
        List.of("http://10.20.30.40/hook", "http://172.16.0.9/hook", "http://192.168.1.20/hook")) {
      String id =
          post("/api/v1/webhooks", "{\"url\": \"" + url + "\", \"events\": [\"ticket.created\"]}")
              .statusCode(201)
              .extract()
              .path("id");
      given().auth().oauth2(Tokens.admin()).delete("/api/v1/webhooks/" + id).then().statusCode(200);
    }
  }

  /**
   * URLs on {@code port} naming each address of this machine's interfaces that is neither loopback
   * nor link-local (those are refused as such), and its host name when that resolves to one.
   */
  static List<String> ownUrls(int port) throws Exception {
    List<String> urls = new java.util.ArrayList<>();
    for (var nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress a : java.util.Collections.list(nic.getInetAddresses())) {
        if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()) {
          continue;
        }
        String host = a.getHostAddress().replaceAll("%.*$", "");
        urls.add(
            "http://"
                + (a instanceof java.net.Inet6Address ? "[" + host + "]" : host)
                + ":"
                + port
                + "/hook");
      }
    }
    assertFalse(urls.isEmpty(), "this machine has an address besides loopback");
    String name = InetAddress.getLocalHost().getHostName();
    InetAddress named = InetAddress.getByName(name);
    if (!named.isLoopbackAddress() && !named.isLinkLocalAddress()) {
      urls.add("http://" + name + ":" + port + "/hook");
    }
    return urls;
  }

  /**
   * A subscription stored with a URL naming one of this machine's own addresses (not loopback) is
   * not called: the delivery says why and the receiver, listening on every interface, hears nothing
   * (0244).
   */
  @Test
  void aStoredSubscriptionOnAnOwnInterfaceAddressIsNotCalled() throws Exception {
    AtomicInteger heard = new AtomicInteger();
    HttpServer receiver = HttpServer.create(new InetSocketAddress(0), 0);
    receiver.createContext(
        "/",
        exchange -> {
          heard.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    try {
      String url = ownUrls(receiver.getAddress().getPort()).get(0);
      UUID id = UUID.randomUUID();
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps =
              c.prepareStatement(
                  "insert into webhook_subscription (id, url, events, secret, description,"
                      + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setObject(1, id);
        ps.setString(2, url);
        ps.setArray(3, c.createArrayOf("text", new String[] {"ticket.created"}));
        ps.setString(4, "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        ps.setString(5, "registered before its address was this machine's");
        ps.setString(6, "admin");
        ps.setTimestamp(7, Timestamp.from(Instant.now()));
        ps.executeUpdate();
      }
      post("/api/v1/webhooks/" + id + "/ping", "{}")
          .body("delivered", equalTo(false))
          .body("error", containsString("own network interfaces"));
      assertEquals(0, heard.get());
    } finally {
      receiver.stop(0);
      ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    }
  }

  /**
   * A subscription whose URL reaches this machine by the time it is called (registered while its
   * name resolved elsewhere) is not called: the delivery says why and the receiver hears nothing.
   */
  @Test
  void aStoredSubscriptionOnThisMachineIsNotCalled() throws Exception {
    AtomicInteger heard = new AtomicInteger();
    HttpServer receiver =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext(
        "/",
        exchange -> {
          heard.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    receiver.start();
    try {
      UUID id = UUID.randomUUID();
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps =
              c.prepareStatement(
                  "insert into webhook_subscription (id, url, events, secret, description,"
                      + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setObject(1, id);
        ps.setString(2, "http://localhost:" + receiver.getAddress().getPort() + "/hook");
        ps.setArray(3, c.createArrayOf("text", new String[] {"ticket.created"}));
        ps.setString(4, "whsec_" + "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        ps.setString(5, "registered while its name resolved elsewhere");
        ps.setString(6, "admin");
        ps.setTimestamp(7, Timestamp.from(Instant.now()));
        ps.executeUpdate();
      }
      post("/api/v1/webhooks/" + id + "/ping", "{}")
          .body("delivered", equalTo(false))
          .body("error", containsString("refused"));
      assertEquals(0, heard.get());
    } finally {
      receiver.stop(0);
      ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    }
  }
}
