package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.ConnectorFixtures.deliveries;
import static org.bihuan.rectification.rest.ConnectorFixtures.json;
import static org.bihuan.rectification.rest.ConnectorFixtures.todo;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bihuan.rectification.WeaverSide;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 泛微 e-cology 9's token handshake for {@code weaver-todo} ({@code "auth": "token"}) against a real
 * JDK HTTP server playing 泛微: it registers the connector's public key and answers a secret and its
 * own public key (spk), decrypts the secret and the userid the connector RSA-encrypts with spk,
 * issues tokens, and answers the first to-do call that its token has expired.
 */
@QuarkusTest
class WeaverTokenHandshakeTest {

  private static final String APPID = "EEAA5436-7577-4BE0-8C6C-89E9D88805EA";
  private static final String USERID = "1";

  /** What 泛微 received, in order: the path, the token or secret it decrypted, its answer. */
  record Call(String path, Map<String, String> headers, String decrypted, String body) {}

  @Inject AgroalDataSource dataSource;

  private final List<Call> calls = new ArrayList<>();
  private final Set<String> expired = new HashSet<>();
  private final String secret = UUID.randomUUID().toString();
  private KeyPair weaverKeys;
  private HttpServer weaver;
  private String connectorId;
  private int tokens;

  @BeforeEach
  void receiver() throws Exception {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    weaverKeys = WeaverSide.keys();
    weaver = ConnectorFixtures.jdkReceiver(this::answer);
  }

  @AfterEach
  void stop() {
    if (connectorId != null) {
      ConnectorFixtures.deactivate(connectorId);
    }
    weaver.stop(0);
  }

  private String baseUrl() {
    return "http://localhost:" + weaver.getAddress().getPort();
  }

  /** 泛微: regist, applytoken and the unified to-do centre behind its token check. */
  private synchronized void answer(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> h = new java.util.TreeMap<>();
    x.getRequestHeaders().forEach((k, v) -> h.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
    String answer;
    String decrypted = null;
    if (!"POST".equals(x.getRequestMethod()) || !APPID.equals(h.get("appid"))) {
      answer = "{\"status\": false, \"code\": -1, \"msg\": \"许可证未授权\"}";
    } else if (path.equals("/api/ec/dev/auth/regist")) {
      decrypted = h.get("cpk");
      answer =
          "{\"msg\": \"ok\", \"code\": 0, \"msgShowType\": \"none\", \"status\": true,"
              + " \"secrit\": \"%s\", \"secret\": \"%s\", \"spk\": \"%s\"}"
                  .formatted(secret, secret, WeaverSide.spk(weaverKeys));
    } else if (path.equals("/api/ec/dev/auth/applytoken")) {
      decrypted = decrypt(h.get("secret"));
      answer =
          secret.equals(decrypted)
              ? "{\"msg\": \"获取成功!\", \"code\": 0, \"msgShowType\": \"none\", \"status\": true,"
                  + " \"token\": \"tok-"
                  + ++tokens
                  + "\"}"
              : "{\"msg\": \"认证信息错误!\", \"code\": -1, \"status\": false}";
    } else if (path.equals("/rest/ofs/ReceiveRequestInfoByJson")) {
      decrypted = decrypt(h.get("userid"));
      String token = h.getOrDefault("token", "");
      boolean issued = token.matches("tok-[0-9]+");
      if (issued && expired.isEmpty()) {
        // the first call: its token has expired meanwhile (泛微 restarted, or dropped it early)
        expired.add(token);
      }
      if (!issued || expired.contains(token)) {
        answer =
            "{\"msg\": \"token不存在或者超时：%s\", \"code\": -1, \"msgShowType\": \"none\","
                    .formatted(token)
                + " \"status\": false}";
      } else if (!USERID.equals(decrypted)) {
        answer = "{\"msg\": \"认证信息错误!\", \"code\": -1, \"status\": false}";
      } else {
        answer = "{\"operResult\": \"1\", \"message\": \"\"}";
      }
    } else {
      answer = "{\"status\": false, \"msg\": \"no such API\"}";
    }
    calls.add(new Call(path, h, decrypted, body));
    WeaverSide.answer(x, answer);
  }

  /** What 泛微 reads from an RSA-encrypted header (base64), or a note why it cannot. */
  private String decrypt(String base64) {
    String read = WeaverSide.decrypt(weaverKeys, base64);
    return read == null ? "undecryptable" : read;
  }

  private synchronized List<Call> calls(String path) {
    return calls.stream().filter(c -> c.path().endsWith(path)).toList();
  }

  @Test
  void weaverBehindItsTokenHandshakeGetsTheTodoAfterANewTokenForTheExpiredOne() throws Exception {
    connectorId =
        ConnectorFixtures.register(
                """
                {"kind": "weaver-todo", "name": "泛微统一待办（网关）", "baseUrl": "%s",
                 "credentials": {"appid": "%s"},
                 "options": {"backfill": false, "syscode": "ZGDB", "auth": "token", "userid": "%s"}}
                """
                    .formatted(baseUrl(), APPID, USERID))
            .getString("id");
    String ticketId = create(deadlineTicket(unit("党委办公室"), today().plusDays(30))).getString("id");
    String todoId = (String) todo(ticketId, "START").get("id");
    await(
        () ->
            calls("/ReceiveRequestInfoByJson").stream()
                .anyMatch(
                    c ->
                        todoId.equals(json(c.body()).path("flowid").asText())
                            && "tok-2".equals(c.headers().get("token"))),
        Duration.ofSeconds(60),
        "the START to-do sent with a second token");

    // registered once, with the connector's RSA public key as cpk
    assertEquals(1, calls("/auth/regist").size());
    byte[] cpk = Base64.getDecoder().decode(calls("/auth/regist").get(0).decrypted());
    RSAPublicKey key =
        (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(cpk));
    assertTrue(key.getModulus().bitLength() >= 2048, "a 2048-bit key");

    // a token applied for with the secret, RSA-encrypted with spk, and for how long
    List<Call> applied = calls("/auth/applytoken");
    assertEquals(2, applied.size(), "a token, and a new one for the expired: " + applied);
    for (Call a : applied) {
      assertEquals(secret, a.decrypted());
      assertEquals("1800", a.headers().get("time"));
    }

    // the call refused for its expired token, then the same to-do again with the new token
    List<Call> sent = calls("/ReceiveRequestInfoByJson");
    assertEquals("tok-1", sent.get(0).headers().get("token"));
    assertEquals("tok-2", sent.get(1).headers().get("token"));
    assertEquals(sent.get(0).body(), sent.get(1).body(), "the same to-do, retried");
    for (Call c : sent) {
      assertEquals(USERID, c.decrypted(), "userid RSA-encrypted with spk");
      assertEquals(APPID, c.headers().get("appid"));
    }
    JsonNode body = json(sent.get(1).body());
    assertEquals("ZGDB", body.path("syscode").asText());
    assertEquals("0", body.path("isremark").asText());
    List<String> order = calls.stream().map(Call::path).toList();
    assertEquals(
        List.of(
            "/api/ec/dev/auth/regist",
            "/api/ec/dev/auth/applytoken",
            "/rest/ofs/ReceiveRequestInfoByJson",
            "/api/ec/dev/auth/applytoken",
            "/rest/ofs/ReceiveRequestInfoByJson"),
        order.subList(0, 5));

    // within one attempt: the delivery is delivered at its first
    await(
        () ->
            deliveries(connectorId).stream()
                .anyMatch(
                    d ->
                        "DELIVERED".equals(d.get("state"))
                            && ((Number) d.get("attempts")).intValue() == 1),
        Duration.ofSeconds(20),
        "the to-do delivered at its first attempt");

    // the appid is write-only, the key pair never answered
    String answered =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .get("/api/v1/connectors/" + connectorId)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(answered.contains("\"credentialsSet\":[\"appid\"]"), answered);
    assertFalse(answered.contains(APPID), answered);
    assertFalse(answered.contains(calls("/auth/regist").get(0).decrypted()), "no cpk answered");
    assertFalse(answered.contains(secret), answered);

    // a later to-do: the token kept, no new registration nor token
    String other = create(deadlineTicket(unit("办公室"), today().plusDays(30))).getString("id");
    String otherTodo = (String) todo(other, "START").get("id");
    await(
        () ->
            calls("/ReceiveRequestInfoByJson").stream()
                .anyMatch(c -> otherTodo.equals(json(c.body()).path("flowid").asText())),
        Duration.ofSeconds(60),
        "the second ticket's to-do sent");
    assertEquals(1, calls("/auth/regist").size());
    assertEquals(2, calls("/auth/applytoken").size());
  }
}
