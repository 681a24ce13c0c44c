package org.bihuan.problem.integration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bihuan.problem.support.Api;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Following a feed from now, and a cursor the feed never handed out (finding 9 of the integrator's
 * issue): the head names the last position; {@code after} beyond it is refused instead of waiting
 * silently forever.
 */
@QuarkusTest
class FeedHeadTest {

  @Test
  void theHeadIsTheLastPositionAndFollowingFromItSeesOnlyNewChanges() {
    Api.source("从现在起-旧的");
    long head = FeedHead.position();
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("after", head)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("events.size()", equalTo(0))
        .body("next", equalTo((int) head));
    String id = Api.source("从现在起-新的");
    JsonPath page =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .queryParam("after", head)
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> events = page.getList("events");
    assertEquals(1, events.size(), "only the change made after the head");
    assertEquals(id, events.get(0).get("resourceId"));
    assertEquals("source.created", events.get(0).get("type"));
    assertTrue(FeedHead.position() > head);
  }

  @Test
  void aPollWaitingAtTheHeadIsAnsweredByTheNextCommitAndOtherwiseAtItsWait() throws Exception {
    long head = FeedHead.position();
    long started = System.nanoTime();
    CompletableFuture<JsonPath> poll =
        CompletableFuture.supplyAsync(
            () ->
                given()
                    .auth()
                    .oauth2(Tokens.viewer())
                    .queryParam("after", head)
                    .queryParam("wait", 20)
                    .get("/api/v1/events")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath());
    Thread.sleep(500);
    String id = Api.source("长轮询-唤醒");
    JsonPath page = poll.get(15, TimeUnit.SECONDS);
    assertEquals(id, page.getString("events[0].resourceId"));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    assertTrue(millis < 10_000, "answered after " + millis + " ms, not at the end of the wait");

    long now = FeedHead.position();
    started = System.nanoTime();
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("after", now)
        .queryParam("wait", 1)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .body("events.size()", equalTo(0))
        .body("next", equalTo((int) now));
    millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    // Not before the wait's end, and not held to a longer one (a busy build machine adds delay).
    assertTrue(millis >= 1_000 && millis < 10_000, "wait=1 answered after " + millis + " ms");
  }

  @Test
  void aCursorBeyondTheHeadIsRefusedWithWhatToDo() {
    long head = FeedHead.position();
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("after", head + 1000)
        .queryParam("wait", 5)
        .get("/api/v1/events")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("feed-position-ahead"))
        .body("head", greaterThan(-1))
        .body("detail", containsString("/api/v1/events/head"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"５", "٥", " 5", "5 ", "+5", " ", "0x5"})
  void aPositionThatIsNotPlainAsciiDigitsIsRefusedNotReadAsAnother(String after) {
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .urlEncodingEnabled(true)
        .queryParam("after", after)
        .get("/api/v1/events")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("after"));
  }

  @Test
  void aParameterTheFeedDoesNotTakeOrOneGivenTwiceIsRefused() {
    // cursor= as on the lists was ignored and the whole feed read again from 0
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/events?cursor=abc")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("cursor"))
        .body("detail", containsString("after=<next>"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/events?after=0&after=5")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("after"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/events?after=0&limit=1&wait=0")
        .then()
        .statusCode(200);
  }
}
