package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Idempotency-Key semantics, through the sources resource. */
@QuarkusTest
class IdempotencyTest {

  private static Response post(String key, String externalRef, String title) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(
            "{\"title\": \"%s\", \"kind\": \"INSPECTION\", \"externalRef\": \"%s\"}"
                .formatted(title, externalRef))
        .post("/api/v1/sources");
  }

  private static int countWithExternalRef(String externalRef) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("externalRef", externalRef)
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items")
        .size();
  }

  /** A source without externalRef, so that only the key can prevent a duplicate. */
  private static Response postUnreferenced(String key, String title) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body("{\"title\": \"%s\", \"kind\": \"AUDIT\"}".formatted(title))
        .post("/api/v1/sources");
  }

  /** Every page of the list, since other tests of the run add sources too. */
  private static long countWithTitle(String title) {
    long count = 0;
    String cursor = null;
    do {
      var request = given().auth().oauth2(Tokens.viewer()).queryParam("limit", 500);
      if (cursor != null) {
        request = request.queryParam("cursor", cursor);
      }
      var page = request.get("/api/v1/sources").then().statusCode(200).extract().jsonPath();
      count += page.getList("items.title", String.class).stream().filter(title::equals).count();
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return count;
  }

  @Test
  void aReplayedPostWithoutExternalRefCreatesOneRow() {
    String key = UUID.randomUUID().toString();
    String title = "重放" + key;
    Response first = postUnreferenced(key, title);
    first.then().statusCode(201);
    Response second = postUnreferenced(key, title);
    second.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertEquals(first.asString(), second.asString());
    assertEquals(1, countWithTitle(title));
  }

  @Test
  void aReplayedPostReturnsTheIdenticalAnswerAndCreatesOneRow() {
    String key = UUID.randomUUID().toString();
    String ref = "OA-" + key;
    Response first = post(key, ref, "巡察整改");
    first.then().statusCode(201);
    Response second = post(key, ref, "巡察整改");
    second.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertEquals(first.asString(), second.asString());
    assertEquals(first.header("Location"), second.header("Location"));
    assertEquals(first.header("ETag"), second.header("ETag"));
    assertEquals(1, countWithExternalRef(ref));
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefused() {
    String key = UUID.randomUUID().toString();
    post(key, "OA-A-" + key, "甲").then().statusCode(201);
    post(key, "OA-B-" + key, "乙")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/idempotency-key-reused"));
    assertEquals(0, countWithExternalRef("OA-B-" + key));
  }

  @Test
  void keysBelongToTheirCaller() {
    String key = UUID.randomUUID().toString();
    post(key, "OA-C-" + key, "丙").then().statusCode(201);
    given()
        .auth()
        .oauth2(Tokens.token("other-admin", "另一位管理员", null, "admin"))
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(
            "{\"title\": \"丁\", \"kind\": \"AUDIT\", \"externalRef\": \"OA-D-%s\"}".formatted(key))
        .post("/api/v1/sources")
        .then()
        .statusCode(201);
  }

  @Test
  void aKeyReusedOnAnotherEndpointIsRefused() {
    String key = UUID.randomUUID().toString();
    Response first = post(key, "OA-E-" + key, "端点一");
    first.then().statusCode(201);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .header("Idempotency-Key", key)
        .contentType(ContentType.JSON)
        .body(
            "{\"sourceId\": \"%s\", \"title\": \"原因\", \"description\": \"说明\"}"
                .formatted(first.path("id").toString()))
        .post("/api/v1/causes")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("firstEndpoint", equalTo("POST /api/v1/sources"));
  }

  @Test
  void anOversizedKeyIsRefused() {
    post("k".repeat(256), "OA-long", "长键")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("Idempotency-Key"));
    assertEquals(0, countWithExternalRef("OA-long"));
  }

  @Test
  void fiftyConcurrentPostsWithOneKeyCreateOneItem() throws Exception {
    String key = UUID.randomUUID().toString();
    String title = "并发" + key;
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        answers.add(pool.submit(() -> postUnreferenced(key, title).statusCode()));
      }
      Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
      for (Future<Integer> f : answers) {
        byStatus.merge(f.get(), 1, Integer::sum);
      }
      // Every answer is the replayed 201 or "still running" 409; never a second item.
      assertEquals(
          50, byStatus.getOrDefault(201, 0) + byStatus.getOrDefault(409, 0), byStatus.toString());
    } finally {
      pool.shutdown();
    }
    assertEquals(1, countWithTitle(title));
    postUnreferenced(key, title).then().statusCode(201).header("Idempotent-Replayed", "true");
  }
}
