package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Long polls of the change feed hold no worker thread: thousands wait while the service answers
 * everything else at once, a commit (of this instance or of another one sharing the database) wakes
 * them, and a wait with no change ends with an empty page at its end.
 *
 * <p>The bounds here tell the behaviours apart (woken by a change versus answered at the wait's
 * end; a thread per poll versus none) with room for a busy build machine; the latency figures
 * themselves (10,000 polls) are measured by bench/api-bench.sh. The two thousand polls run last, so
 * that the single-poll cases do not share the service with their aftermath.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LongPollTest {

  private static final Pattern WAITING =
      Pattern.compile("(?m)^bihuan_feed_waiting_polls(?:\\{[^}]*})? ([0-9.E+]+)");

  @TestHTTPResource("/")
  URI base;

  @Inject AgroalDataSource dataSource;

  @Test
  @Order(1)
  void aWaitingPollIsAnsweredByTheNextCommit() throws Exception {
    long head = FeedHead.position();
    long started = System.nanoTime();
    CompletableFuture<HttpResponse<String>> poll = poll(client(), head, 20);
    awaitWaiting(1);
    String id = create(deadlineTicket(unit("长轮询"), today().plusDays(30))).getString("id");
    JsonPath page = new JsonPath(poll.get(60, TimeUnit.SECONDS).body());
    long millis = elapsedMillis(started);
    assertEquals(id, page.getString("events[0].resourceId"));
    assertEquals("ticket.created", page.getString("events[0].type"));
    // The wait was 20 s: an answer well before it was woken by the commit.
    assertTrue(millis < 15_000, "answered " + millis + " ms after the start, at the wait's end");
  }

  @Test
  @Order(2)
  void aCommitOfAnotherInstanceWakesThePoll() throws Exception {
    long head = FeedHead.position();
    CompletableFuture<HttpResponse<String>> poll = poll(client(), head, 20);
    awaitWaiting(1);
    String resource = UUID.randomUUID().toString();
    long committed;
    // Written straight into the shared table and positioned by a round, as another replica's
    // commit is: this instance is not told, it has to see the feed's head move.
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into change_event"
                    + " (id, type, occurred_at, resource_type, resource_id, data)"
                    + " values (?, 'ticket.updated', now(), 'ticket', ?, '{}'::jsonb)");
        PreparedStatement round = c.prepareStatement("select change_feed_round()")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setString(2, resource);
      insert.executeUpdate();
      committed = System.nanoTime();
      round.execute();
    }
    JsonPath page = new JsonPath(poll.get(60, TimeUnit.SECONDS).body());
    long millis = elapsedMillis(committed);
    // Not told by this instance: only reading the feed's head can have answered with the event,
    // and well before the 20 s wait ended.
    assertEquals(resource, page.getString("events[0].resourceId"));
    assertTrue(millis < 15_000, "seen " + millis + " ms after the other instance's commit");
  }

  @Test
  @Order(3)
  void aPollWithNoChangeEndsWithAnEmptyPageAtTheEndOfItsWait() throws Exception {
    long head = FeedHead.position();
    long started = System.nanoTime();
    HttpResponse<String> answer = poll(client(), head, 2).get(60, TimeUnit.SECONDS);
    long millis = elapsedMillis(started);
    assertEquals(200, answer.statusCode());
    JsonPath page = new JsonPath(answer.body());
    assertEquals(0, page.getList("events").size());
    assertEquals(head, page.getLong("next"));
    // Not before the wait's end, and not held to a later one (the longest wait is 30 s).
    assertTrue(millis >= 2_000 && millis < 15_000, "answered after " + millis + " ms for wait=2");
  }

  @Test
  @Order(4)
  void twoThousandWaitingPollsLeaveReadinessAndReadsFastAndOneCommitAnswersThemAll()
      throws Exception {
    String ticket = create(deadlineTicket(unit("长轮询-读"), today().plusDays(30))).getString("id");
    long head = FeedHead.position();
    int polls = 2_000;
    HttpClient client = client();
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>(polls);
    for (int i = 0; i < polls; i++) {
      answers.add(poll(client, head, 30));
    }
    awaitWaiting(polls);

    long ready = System.nanoTime();
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    long readyMillis = elapsedMillis(ready);
    long read = System.nanoTime();
    given().auth().oauth2(Tokens.viewer()).get("/api/v1/tickets/" + ticket).then().statusCode(200);
    long readMillis = elapsedMillis(read);
    // A parked thread per poll would leave these queued behind the waits (up to 30 s).
    assertTrue(readyMillis < 10_000, "readiness took " + readyMillis + " ms under the polls");
    assertTrue(readMillis < 10_000, "a ticket read took " + readMillis + " ms under the polls");

    String id = create(deadlineTicket(unit("长轮询-唤醒"), today().plusDays(30))).getString("id");
    // One commit wakes every poll at once (they then share one read of the feed).
    // Well before their 30 s waits end.
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    int left;
    while ((left = waiting()) > 0) {
      assertTrue(System.nanoTime() < until, left + " polls still wait 10 s after the commit");
      Thread.sleep(50);
    }
    for (CompletableFuture<HttpResponse<String>> a : answers) {
      HttpResponse<String> answer = a.get(120, TimeUnit.SECONDS);
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(id, new JsonPath(answer.body()).getString("events[0].resourceId"));
    }
  }

  private CompletableFuture<HttpResponse<String>> poll(HttpClient client, long after, int wait) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/api/v1/events?after=" + after + "&wait=" + wait))
            .header("Authorization", "Bearer " + Tokens.viewer())
            .timeout(Duration.ofSeconds(wait + 30L))
            .build();
    return client.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpClient client() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(30))
        .build();
  }

  /** The gauge in /q/metrics: how many polls wait now. */
  private static int waiting() {
    Matcher m =
        WAITING.matcher(given().get("/q/metrics").then().statusCode(200).extract().asString());
    assertTrue(m.find(), "bihuan_feed_waiting_polls is published");
    return (int) Double.parseDouble(m.group(1));
  }

  private static void awaitWaiting(int n) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(25);
    int now;
    while ((now = waiting()) < n) {
      assertTrue(System.nanoTime() < until, "only " + now + " of " + n + " polls came to wait");
      Thread.sleep(50);
    }
  }

  private static long elapsedMillis(long sinceNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sinceNanos);
  }
}
