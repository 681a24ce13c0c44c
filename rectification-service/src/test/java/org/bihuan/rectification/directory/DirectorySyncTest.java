package org.bihuan.rectification.directory;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.directory.DirectoryFixtures.id;
import static org.bihuan.rectification.directory.DirectoryFixtures.sync;
import static org.bihuan.rectification.directory.DirectoryFixtures.syncJob;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * POST /directory:sync: a whole snapshot seals what it leaves out and unseals what returns, the
 * same snapshot twice changes nothing, two syncs at once never mix, 20,000 people fit, and a bad or
 * oversized snapshot changes nothing. Each test's first sync seals every entry of other tests.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectorySyncTest {

  private static String unitJson(String id, String name, boolean sealed) {
    return "{\"externalId\": \"%s\", \"name\": \"%s\"%s}"
        .formatted(id, name, sealed ? ", \"sealed\": true" : "");
  }

  private static String personJson(String id, String name, String unit) {
    return "{\"externalId\": \"%s\", \"name\": \"%s\", \"unitExternalId\": \"%s\", \"login\": \"%s\"}"
        .formatted(id, name, unit, id.toLowerCase());
  }

  private static String snapshot(List<String> units, List<String> people) {
    return "{\"units\": ["
        + String.join(",", units)
        + "], \"people\": ["
        + String.join(",", people)
        + "]}";
  }

  private static JsonPath synced(String body) {
    // A loaded machine takes long over 20,000 inserts; the default read timeout is not the point.
    return given()
        .config(
            io.restassured.RestAssured.config()
                .httpClient(
                    io.restassured.config.HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 600_000)))
        .auth()
        .oauth2(syncJob())
        .contentType(io.restassured.http.ContentType.JSON)
        .body(body)
        .post("/api/v1/directory:sync")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Integer> counts(JsonPath answer, String kind) {
    return answer.getMap(kind);
  }

  private static Map<String, Integer> counts(
      int created, int updated, int sealed, int unsealed, int unchanged) {
    return Map.of(
        "created", created,
        "updated", updated,
        "sealed", sealed,
        "unsealed", unsealed,
        "unchanged", unchanged);
  }

  private static JsonPath get(String kind, String externalId) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/directory/" + kind + "/" + externalId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  @Order(1)
  void whatASnapshotLeavesOutIsSealedAndWhatReturnsIsUnsealed() {
    String u1 = id("ORG");
    String u2 = id("ORG");
    String p1 = id("P");
    String p2 = id("P");
    JsonPath first =
        synced(
            snapshot(
                List.of(unitJson(u1, "党委办公室", false), unitJson(u2, "组织部", false)),
                List.of(personJson(p1, "张三", u1), personJson(p2, "李四", u2))));
    assertEquals(2, first.getInt("units.created"));
    assertEquals(2, first.getInt("people.created"));

    JsonPath second =
        synced(snapshot(List.of(unitJson(u1, "党委办公室", false)), List.of(personJson(p1, "张三", u1))));
    assertEquals(counts(0, 0, 1, 0, 1), counts(second, "units"));
    assertEquals(counts(0, 0, 1, 0, 1), counts(second, "people"));
    assertTrue(get("units", u2).getBoolean("sealed"));
    assertTrue(get("people", p2).getBoolean("sealed"));
    assertEquals("李四", get("people", p2).getString("name"), "sealed, never deleted");

    long head = FeedHead.position();
    JsonPath third =
        synced(
            snapshot(
                List.of(unitJson(u1, "党委办公室", false), unitJson(u2, "组织部（人事处）", false)),
                List.of(personJson(p1, "张三", u1), personJson(p2, "李四", u2))));
    assertEquals(counts(0, 0, 0, 1, 1), counts(third, "units"));
    assertEquals(counts(0, 0, 0, 1, 1), counts(third, "people"));
    assertEquals("组织部（人事处）", get("units", u2).getString("name"));
    assertEquals(
        List.of("unit.unsealed", "person.unsealed"),
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .queryParam("after", head)
            .get("/api/v1/events")
            .then()
            .extract()
            .jsonPath()
            .getList("events.type"));
  }

  @Test
  @Order(2)
  void theSameSnapshotTwiceChangesNothingTheSecondTime() {
    String u = id("ORG");
    List<String> people = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      people.add(personJson(id("P"), "人员" + i, u));
    }
    String body = snapshot(List.of(unitJson(u, "宣传部", false)), people);
    synced(body);
    long head = FeedHead.position();
    JsonPath again = synced(body);
    assertEquals(counts(0, 0, 0, 0, 1), counts(again, "units"));
    assertEquals(counts(0, 0, 0, 0, 30), counts(again, "people"));
    assertEquals(head, FeedHead.position(), "no event for an unchanged entry");
    assertEquals(0, get("units", u).getInt("version"));
  }

  @Test
  @Order(3)
  void twoSyncsAtOnceNeverMix() throws Exception {
    String ua = id("ORG-A");
    String ub = id("ORG-B");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      ids.add(id("P"));
    }
    String a =
        snapshot(
            List.of(unitJson(ua, "甲单位", false)),
            ids.stream().map(p -> personJson(p, "甲", ua)).toList());
    String b =
        snapshot(
            List.of(unitJson(ub, "乙单位", false)),
            ids.stream().map(p -> personJson(p, "乙", ub)).toList());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Callable<Integer>> both =
          List.of(() -> sync(syncJob(), a).statusCode(), () -> sync(syncJob(), b).statusCode());
      for (Future<Integer> f : pool.invokeAll(both)) {
        assertEquals(200, f.get());
      }
    } finally {
      pool.shutdown();
    }
    boolean aSealed = get("units", ua).getBoolean("sealed");
    boolean bSealed = get("units", ub).getBoolean("sealed");
    assertTrue(aSealed != bSealed, "exactly one snapshot's unit is in use: A " + aSealed);
    String winner = aSealed ? "乙" : "甲";
    String unit = aSealed ? ub : ua;
    for (String p : ids) {
      JsonPath person = get("people", p);
      assertEquals(winner, person.getString("name"));
      assertEquals(unit, person.getString("unitExternalId"));
    }
  }

  @Test
  @Order(4)
  void aBadSnapshotIsRefusedNamingTheEntryAndChangesNothing() {
    String u = id("ORG");
    String p = id("P");
    record Case(String body, String field) {}
    List<Case> cases =
        List.of(
            new Case(
                snapshot(
                    List.of(unitJson(u, "办公室", false)),
                    List.of(personJson(p, "张三", u), personJson(p, "张三", u))),
                "people[1].externalId"),
            new Case(
                snapshot(List.of(unitJson(u, "办公室", false)), List.of(personJson(p, "张三", "NOPE"))),
                "people[0].unitExternalId"),
            new Case(
                snapshot(List.of(unitJson(u, "办公室", true)), List.of(personJson(p, "张三", u))),
                "people[0].unitExternalId"),
            new Case(
                snapshot(
                    List.of(unitJson(u, "办公室", false)),
                    List.of(
                        "{\"externalId\": \"" + p + "\", \"name\": \"张三\", \"mobile\": \"110\"}")),
                "people[0].mobile"),
            new Case(
                snapshot(List.of("{\"externalId\": \"bad id\", \"name\": \"办公室\"}"), List.of()),
                "units[0].externalId"),
            new Case(
                snapshot(List.of("{\"externalId\": \"" + u + "\", \"name\": 7}"), List.of()),
                "units[0].name"),
            new Case(
                snapshot(
                    List.of("{\"externalId\": \"" + u + "\", \"name\": \"办公室\", \"x\": 1}"),
                    List.of()),
                "units[0].x"),
            new Case("{\"units\": [" + unitJson(u, "办公室", false) + "]}", "people"),
            new Case("{\"units\": {}, \"people\": []}", "units"),
            new Case("{\"units\": [], \"people\": [], \"groups\": []}", "groups"));
    for (Case c : cases) {
      sync(syncJob(), c.body())
          .then()
          .log()
          .ifValidationFails()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem(c.field()));
    }
    for (String garbage : List.of("", "[]", "null", "{\"units\": [", "{} {}", "不是JSON")) {
      sync(syncJob(), garbage)
          .then()
          .log()
          .ifValidationFails()
          .statusCode(400)
          .contentType("application/problem+json");
    }
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/directory/units/" + u)
        .then()
        .statusCode(404);
  }

  @Test
  @Order(5)
  void aSnapshotOverTheSizeLimitIsRefusedWith413() {
    String u = id("ORG");
    // 17 MiB of blanks before the first unit: past bihuan.directory.max-snapshot-bytes (16 MiB).
    String body =
        "{"
            + " ".repeat(17 * 1024 * 1024)
            + "\"units\": ["
            + unitJson(u, "办公室", false)
            + "], \"people\": []}";
    sync(syncJob(), body)
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("max-snapshot-bytes"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/directory/units/" + u)
        .then()
        .statusCode(404);
  }

  @Test
  @Order(6)
  void twentyThousandPeopleSyncInOneSnapshotAndAgainUnchanged() {
    String u = id("ORG");
    StringBuilder body = new StringBuilder(3_000_000);
    body.append("{\"people\": [");
    for (int i = 0; i < 20_000; i++) {
      if (i > 0) {
        body.append(',');
      }
      String p = "E" + u + "-" + i;
      body.append(
          "{\"externalId\": \"%s\", \"name\": \"员工%d\", \"unitExternalId\": \"%s\", \"login\": \"u%s\", \"mobile\": \"138%08d\"}"
              .formatted(p, i, u, p.toLowerCase(), i));
    }
    // People before units: the order of the two lists does not matter.
    body.append("], \"units\": [").append(unitJson(u, "全体员工", false)).append("]}");
    long started = System.nanoTime();
    JsonPath first = synced(body.toString());
    long firstMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(20_000, first.getInt("people.created"));
    started = System.nanoTime();
    JsonPath again = synced(body.toString());
    long againMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(counts(0, 0, 0, 0, 20_000), counts(again, "people"));
    System.out.printf(
        "directory sync of 20000 people: first %d ms, unchanged %d ms%n", firstMillis, againMillis);
    given()
        .auth()
        .oauth2(syncJob())
        .get("/api/v1/directory/people/E" + u + "-19999")
        .then()
        .statusCode(200)
        .body("mobile", equalTo("13800019999"));
  }
}
