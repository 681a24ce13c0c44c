package org.bihuan.rectification.directory;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.directory.DirectoryFixtures.id;
import static org.bihuan.rectification.directory.DirectoryFixtures.putPerson;
import static org.bihuan.rectification.directory.DirectoryFixtures.putUnit;
import static org.bihuan.rectification.directory.DirectoryFixtures.syncJob;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * 组织架构: units and people upserted one at a time by their OA ids, read back, listed by cursor,
 * refused with a problem naming the field, written only by admins and the OA sync job.
 */
@QuarkusTest
class DirectoryTest {

  private static List<String> eventsAfter(long position) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("after", position)
        .queryParam("limit", 500)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("events.type");
  }

  @Test
  void anUpsertCreatesThenUpdatesAndAnUnchangedOneKeepsItsVersionAndSendsNoEvent() {
    String u = id("ORG");
    long head = FeedHead.position();
    putUnit(Tokens.admin(), u, "{\"name\": \"党委办公室\"}")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/directory/units/" + u))
        .header("ETag", "\"0\"")
        .body("externalId", equalTo(u))
        .body("name", equalTo("党委办公室"))
        .body("sealed", equalTo(false));
    putUnit(Tokens.admin(), u, "{\"name\": \"党委办公室\"}")
        .then()
        .statusCode(200)
        .body("version", equalTo(0));
    putUnit(Tokens.admin(), u, "{\"name\": \"党委办公室（党建工作部）\"}")
        .then()
        .statusCode(200)
        .body("version", equalTo(1));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/directory/units/" + u)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name", equalTo("党委办公室（党建工作部）"));
    // A stale If-Match changes nothing.
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body("{\"name\": \"别的名字\"}")
        .put("/api/v1/directory/units/" + u)
        .then()
        .statusCode(412);
    putUnit(Tokens.admin(), u, "{\"name\": \"党委办公室（党建工作部）\", \"sealed\": true}")
        .then()
        .statusCode(200)
        .body("sealed", equalTo(true));
    assertEquals(List.of("unit.created", "unit.updated", "unit.sealed"), eventsAfter(head));
  }

  @Test
  void aPersonNamesAUnitInUseAndCarriesHisLoginAndMobile() {
    String u = id("ORG");
    String p = id("P");
    DirectoryFixtures.unit(u, "纪检监察室");
    putPerson(
            syncJob(),
            p,
            """
            {"name": "王五", "unitExternalId": "%s", "login": "wangwu", "mobile": "+8613912345678"}
            """
                .formatted(u))
        .then()
        .statusCode(201)
        .body("unitExternalId", equalTo(u))
        .body("login", equalTo("wangwu"))
        .body("mobile", equalTo("+8613912345678"));
    // Viewers read the directory, not the mobiles.
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/directory/people/" + p)
        .then()
        .statusCode(200)
        .body("name", equalTo("王五"))
        .body("login", equalTo("wangwu"))
        .body("mobile", nullValue());
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/directory/people/" + id("nobody"))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void badInputIsRefusedWithAProblemNamingTheFieldAndChangesNothing() {
    String u = id("ORG");
    String sealedUnit = id("ORG");
    DirectoryFixtures.unit(u, "组织部");
    putUnit(Tokens.admin(), sealedUnit, "{\"name\": \"已撤并科室\", \"sealed\": true}")
        .then()
        .statusCode(201);
    String p = id("P");
    record Case(String externalId, String body, String field) {}
    List<Case> cases =
        List.of(
            new Case(
                p, "{\"name\": \"赵六\", \"unitExternalId\": \"NO-SUCH-UNIT\"}", "unitExternalId"),
            new Case(
                p,
                "{\"name\": \"赵六\", \"unitExternalId\": \"" + sealedUnit + "\"}",
                "unitExternalId"),
            new Case(p, "{\"name\": \"赵六\", \"mobile\": \"1380013800\"}", "mobile"),
            new Case(p, "{\"name\": \"赵六\", \"mobile\": \"12800138000\"}", "mobile"),
            new Case(p, "{\"name\": \"赵六\", \"login\": \"zhao liu\"}", "login"),
            new Case(p, "{\"name\": \"  \"}", "name"),
            new Case(p, "{\"name\": \"赵六\", \"age\": 40}", "age"),
            new Case("a%20b", "{\"name\": \"赵六\"}", "externalId"),
            new Case("x".repeat(65), "{\"name\": \"赵六\"}", "externalId"),
            new Case("-lead", "{\"name\": \"赵六\"}", "externalId"));
    for (Case c : cases) {
      putPerson(Tokens.admin(), c.externalId(), c.body())
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem(c.field()));
    }
    putPerson(Tokens.admin(), p, "not json at all")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/directory/people/" + p)
        .then()
        .statusCode(404);
    // A sealed person may stay in a sealed unit.
    putPerson(
            Tokens.admin(),
            p,
            "{\"name\": \"赵六\", \"unitExternalId\": \"" + sealedUnit + "\", \"sealed\": true}")
        .then()
        .statusCode(201);
  }

  @Test
  void adminsAndTheSyncJobWriteViewersRead() {
    String u = id("ORG");
    for (String token :
        List.of(Tokens.viewer(), Tokens.reporter("张三", "党委办公室"), Tokens.verifier("赵验收"))) {
      putUnit(token, u, "{\"name\": \"宣传部\"}")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
      DirectoryFixtures.sync(token, "{\"units\": [], \"people\": []}")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\": \"宣传部\"}")
        .put("/api/v1/directory/units/" + u)
        .then()
        .statusCode(401);
    putUnit(syncJob(), u, "{\"name\": \"宣传部\"}").then().statusCode(201);
    // The colon as such, and encoded (%3A) as some clients send it.
    given()
        .urlEncodingEnabled(false)
        .auth()
        .oauth2(Tokens.viewer())
        .contentType(ContentType.JSON)
        .body("{\"units\": [], \"people\": []}")
        .post("/api/v1/directory:sync")
        .then()
        .statusCode(403);
    for (String token : List.of(Tokens.viewer(), Tokens.reporter("张三", "党委办公室"), syncJob())) {
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/directory/units/" + u)
          .then()
          .statusCode(200)
          .body("name", equalTo("宣传部"));
    }
  }

  @Test
  void listsWalkEveryEntryOnceByCursor() {
    String u = id("ORG");
    DirectoryFixtures.unit(u, "办公室");
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String p = id("P");
      DirectoryFixtures.person(p, "人员" + i, u, "login-" + p);
      mine.add(p);
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      var req =
          given()
              .auth()
              .oauth2(Tokens.viewer())
              .queryParam("unitExternalId", u)
              .queryParam("limit", 2);
      if (cursor != null) {
        req.queryParam("cursor", cursor);
      }
      JsonPath page =
          req.get("/api/v1/directory/people").then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.externalId"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    assertEquals(mine, seen);
    JsonPath units =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .queryParam("sealed", "false")
            .queryParam("limit", 500)
            .get("/api/v1/directory/units")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(units.getList("items.sealed").stream().noneMatch(Boolean.TRUE::equals));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("sealed", "maybe")
        .get("/api/v1/directory/units")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("sealed"));
  }
}
