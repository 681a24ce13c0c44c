package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The conventions of CONTRACT.md on reads and writes (roles, ETags, 304, duplicates, pages, the
 * feed), exercised through the sources resource.
 */
@QuarkusTest
class ConventionsOfReadsAndWritesTest {

  private static String source(String title, String externalRef) {
    return """
        {"title": "%s", "kind": "MEETING", "organization": "党委", "heldOn": "2024-01-15"%s}
        """
        .formatted(title, externalRef == null ? "" : ", \"externalRef\": \"" + externalRef + "\"");
  }

  @Test
  void viewerMayReadButNotWrite() {
    given().auth().oauth2(Tokens.viewer()).get("/api/v1/sources").then().statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .contentType(ContentType.JSON)
        .body(source("查看人不能建", null))
        .post("/api/v1/sources")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void chineseTextRoundTripsWithEtagAndConditionalRequests() {
    String id =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body(source("2023年主题教育民主生活会", null))
            .post("/api/v1/sources")
            .then()
            .statusCode(201)
            .header("Location", containsString("/api/v1/sources/"))
            .body("title", equalTo("2023年主题教育民主生活会"))
            .extract()
            .path("id");
    String etag =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/sources/" + id)
            .then()
            .statusCode(200)
            .header("ETag", notNullValue())
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .header("If-None-Match", etag)
        .get("/api/v1/sources/" + id)
        .then()
        .statusCode(304);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(source("改过的标题", null))
        .put("/api/v1/sources/" + id)
        .then()
        .statusCode(200)
        .body("version", equalTo(1));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(source("过时的修改", null))
        .put("/api/v1/sources/" + id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/sources/" + id)
        .then()
        .body("title", equalTo("改过的标题"));
  }

  @Test
  void listsAnswer304WhileTheyAreUnchanged() {
    String etag =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .queryParam("externalRef", "OA-LIST-304")
            .get("/api/v1/sources")
            .then()
            .statusCode(200)
            .header("ETag", notNullValue())
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("externalRef", "OA-LIST-304")
        .header("If-None-Match", etag)
        .get("/api/v1/sources")
        .then()
        .statusCode(304);
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(source("列表变化", "OA-LIST-304"))
        .post("/api/v1/sources")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("externalRef", "OA-LIST-304")
        .header("If-None-Match", etag)
        .get("/api/v1/sources")
        .then()
        .statusCode(200)
        .body("items", hasSize(1));
  }

  @Test
  void duplicateExternalRefPointsAtTheExistingItem() {
    String id =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body(source("巡察反馈", "OA-SRC-77"))
            .post("/api/v1/sources")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(source("巡察反馈again", "OA-SRC-77"))
        .post("/api/v1/sources")
        .then()
        .statusCode(409)
        .header("Location", containsString(id));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("externalRef", "OA-SRC-77")
        .get("/api/v1/sources")
        .then()
        .body("items", hasSize(1))
        .body("items[0].id", equalTo(id));
  }

  @Test
  void pagesSeeEveryItemOnce() {
    for (int i = 0; i < 7; i++) {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType(ContentType.JSON)
          .body(source("分页" + i, null))
          .post("/api/v1/sources")
          .then()
          .statusCode(201);
    }
    Set<String> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      var page =
          given()
              .auth()
              .oauth2(Tokens.viewer())
              .queryParam("limit", 3)
              .queryParam("cursor", cursor == null ? "" : cursor)
              .get("/api/v1/sources")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      List<String> ids = page.getList("items.id");
      for (String id : ids) {
        if (!seen.add(id)) {
          throw new AssertionError("seen twice: " + id);
        }
      }
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null);
    if (seen.size() < 7 || pages < 3) {
      throw new AssertionError("walked " + seen.size() + " items in " + pages + " pages");
    }
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("limit", 501)
        .get("/api/v1/sources")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("limit"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("cursor", "garbage!")
        .get("/api/v1/sources")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("cursor"));
  }

  @Test
  void changesAppearInTheFeed() {
    String id =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body(source("进入变更流", null))
            .post("/api/v1/sources")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    io.restassured.path.json.JsonPath feed = org.bihuan.problem.support.Api.feedAbout(id);
    org.hamcrest.MatcherAssert.assertThat(
        feed.getList("events.findAll { it.resourceId == '" + id + "' }.type"),
        hasItem("source.created"));
    org.hamcrest.MatcherAssert.assertThat(
        feed.getString("events.find { it.resourceId == '" + id + "' }.data.title"),
        equalTo("进入变更流"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("after", "-1")
        .get("/api/v1/events")
        .then()
        .statusCode(400);
  }
}
