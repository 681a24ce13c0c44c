package org.bihuan.rectification.connector;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.platform.webhook.ConnectorHttp;
import org.bihuan.platform.webhook.ConnectorKind;
import org.bihuan.platform.webhook.ReceiverAddresses;
import org.bihuan.rectification.WeaverSide;
import org.bihuan.rectification.config.TodoSettings;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas' senders of one {@code weaver-todo} connector ({@code "auth": "token"}) against one
 * database and a JDK HTTP server playing a 泛微 that keeps one valid token per appid (applying for a
 * token invalidates the previous one): they register once and apply for one token between them, and
 * when 泛微 forgets it, for one new token between them.
 */
@QuarkusTest
class WeaverTokenSharedByReplicasTest {

  private static final String APPID = "3F2504E0-4F89-11D3-9A0C-0305E82C3301";
  private static final int EVENTS_EACH = 25;

  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;
  @Inject OrganisationClock clock;
  @Inject TodoSettings settings;
  @Inject TodoReceivers receivers;
  @Inject PushedReceivers pushed;
  @Inject ReceiverAddresses addresses;

  private final String secret = UUID.randomUUID().toString();
  private KeyPair weaverKeys;
  private HttpServer weaver;
  private String connectorId;
  private int registrations;
  private int tokensIssued;
  private String validToken;
  private int tokenRefusals;
  private final List<String> acknowledged = new ArrayList<>();

  @BeforeEach
  void weaver() throws Exception {
    weaverKeys = WeaverSide.keys();
    weaver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    weaver.createContext("/", this::answer);
    weaver.setExecutor(Executors.newFixedThreadPool(4));
    weaver.start();
  }

  @AfterEach
  void stop() {
    weaver.stop(0);
  }

  private synchronized void answer(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String answer;
    if (path.equals("/api/ec/dev/auth/regist")) {
      registrations++;
      answer =
          "{\"status\": true, \"code\": 0, \"secrit\": \"%s\", \"spk\": \"%s\"}"
              .formatted(secret, WeaverSide.spk(weaverKeys));
    } else if (path.equals("/api/ec/dev/auth/applytoken")) {
      if (secret.equals(decrypt(x.getRequestHeaders().getFirst("secret")))) {
        // one valid token per appid: a new one replaces the previous
        validToken = "tok-" + ++tokensIssued;
        answer = "{\"status\": true, \"code\": 0, \"token\": \"" + validToken + "\"}";
      } else {
        answer = "{\"status\": false, \"code\": -1, \"msg\": \"认证信息错误!\"}";
      }
    } else if (path.equals("/rest/ofs/ReceiveRequestInfoByJson")) {
      String token = x.getRequestHeaders().getFirst("token");
      if (token == null || !token.equals(validToken)) {
        tokenRefusals++;
        answer = "{\"status\": false, \"code\": -1, \"msg\": \"token不存在或者超时：" + token + "\"}";
      } else {
        acknowledged.add(mapper.readTree(body).path("flowid").asText());
        answer = "{\"operResult\": \"1\", \"message\": \"\"}";
      }
    } else {
      answer = "{\"status\": false, \"msg\": \"no such API\"}";
    }
    WeaverSide.answer(x, answer);
  }

  private String decrypt(String base64) {
    String read = WeaverSide.decrypt(weaverKeys, base64);
    return read == null ? "undecryptable" : read;
  }

  /** A sender as one replica has it: its own WeaverTodo and WeaverAuth, the shared database. */
  private WeaverTodo replica() {
    WeaverAuth auth = new WeaverAuth();
    auth.dataSource = dataSource;
    auth.mapper = mapper;
    WeaverTodo todo = new WeaverTodo();
    todo.mapper = mapper;
    todo.clock = clock;
    todo.settings = settings;
    todo.auth = auth;
    todo.receivers = receivers;
    todo.pushed = pushed;
    return todo;
  }

  private String event(String todoId) {
    String now = Instant.now().toString();
    return """
        {"position": 1, "id": "%s", "type": "todo.opened", "occurredAt": "%s",
         "resourceType": "todo", "resourceId": "%s",
         "data": {"id": "%s", "kind": "START", "title": "【整改】T-2026-0001 开始整改：测试",
                  "assignee": {"type": "PERSON", "name": "张三", "externalId": "P-1"},
                  "ticketId": "%s", "problemId": null, "status": "OPEN", "openedAt": "%s",
                  "doneAt": null, "links": {}}}
        """
        .formatted(UUID.randomUUID(), now, todoId, todoId, UUID.randomUUID(), now);
  }

  /** Each replica sends its events at the same moment; every answer is a delivery. */
  private void sendAtOnce(List<WeaverTodo> replicas, ConnectorKind.Connector c, int each)
      throws Exception {
    ConnectorHttp http =
        new ConnectorHttp(HttpClient.newHttpClient(), Duration.ofSeconds(10), addresses);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(replicas.size() * 2);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (WeaverTodo r : replicas) {
        for (int lane = 0; lane < 2; lane++) {
          Callable<List<String>> run =
              () -> {
                start.await();
                List<String> errors = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                  ConnectorKind.Sent s =
                      r.send(c, List.of(event("todo-" + UUID.randomUUID())), http);
                  if (!s.delivered()) {
                    errors.add(s.error());
                  }
                }
                return errors;
              };
          runs.add(pool.submit(run));
        }
      }
      start.countDown();
      for (Future<List<String>> f : runs) {
        assertEquals(List.of(), f.get(), "every call acknowledged");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoReplicasRegisterOnceAndShareOneTokenAndRenewItOnceWhenWeaverForgetsIt() throws Exception {
    connectorId =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body(
                """
                {"kind": "weaver-todo", "name": "泛微统一待办（两个副本）",
                 "baseUrl": "http://127.0.0.1:%d", "credentials": {"appid": "%s"},
                 "options": {"syscode": "ZGDB", "auth": "token", "userid": "1",
                             "backfill": false}}
                """
                    .formatted(weaver.getAddress().getPort(), APPID))
            .post("/api/v1/connectors")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    // the service itself sends it nothing (no backfill of the to-dos open now, 0334): only the
    // two senders below do
    given()
        .auth()
        .oauth2(Tokens.admin())
        .delete("/api/v1/connectors/" + connectorId)
        .then()
        .statusCode(200);
    ConnectorKind.Connector c =
        new ConnectorKind.Connector(
            UUID.fromString(connectorId),
            "http://127.0.0.1:" + weaver.getAddress().getPort(),
            Map.of("appid", APPID),
            mapper.readTree("{\"syscode\": \"ZGDB\", \"auth\": \"token\", \"userid\": \"1\"}"));
    List<WeaverTodo> replicas = List.of(replica(), replica());

    sendAtOnce(replicas, c, EVENTS_EACH);
    synchronized (this) {
      assertEquals(1, registrations, "registered once");
      assertEquals(1, tokensIssued, "one token for both replicas");
      assertEquals(0, tokenRefusals, "no replica's token replaced by the other's");
      assertEquals(4 * EVENTS_EACH, acknowledged.size());
    }
    Instant obtained;
    Instant expires;
    try (Connection db = dataSource.getConnection();
        PreparedStatement ps =
            db.prepareStatement(
                "select token, token_obtained_at, token_expires_at from weaver_registration"
                    + " where connector_id = ?")) {
      ps.setObject(1, UUID.fromString(connectorId));
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals("tok-1", rs.getString(1));
        obtained = rs.getTimestamp(2).toInstant();
        expires = rs.getTimestamp(3).toInstant();
      }
    }
    assertEquals(Duration.ofSeconds(WeaverAuth.TOKEN_SECONDS), Duration.between(obtained, expires));

    // 泛微 restarts and forgets the token: both replicas are refused, one new token between them
    synchronized (this) {
      validToken = null;
    }
    sendAtOnce(replicas, c, 3);
    synchronized (this) {
      assertEquals(1, registrations);
      assertEquals(2, tokensIssued, "one new token for both replicas");
      assertTrue(tokenRefusals <= 4, "each lane refused at most once: " + tokenRefusals);
      assertEquals(4 * EVENTS_EACH + 12, acknowledged.size());
    }
  }
}
