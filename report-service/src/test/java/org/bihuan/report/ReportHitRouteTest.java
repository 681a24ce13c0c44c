package org.bihuan.report;

import static org.bihuan.testing.AnswersBeforeRest.assertNormalAndSame;
import static org.bihuan.testing.AnswersBeforeRest.assertSame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.bihuan.platform.http.HitRoute;
import org.bihuan.testing.AnswersBeforeRest;
import org.bihuan.testing.AnswersBeforeRest.Answer;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The summary and the breakdown in memory are answered before Quarkus REST (docs/decisions/0304),
 * byte for byte as the resource method answers them, 200 and 304; a query, a caller or a request
 * the route is not sure of goes the normal way and is answered as before; the answer is today's and
 * a change that arrives through the feed is in the next answer. Runs after FeedFollowerTest: it
 * extends the rectification feed.
 */
@QuarkusTest
@Order(4)
class ReportHitRouteTest {

  private static final String SOURCE = "5e1a0000-0000-4000-8000-000000000001";

  static final List<String> ANSWERED =
      List.of(
          "/api/v1/reports/summary",
          "/api/v1/reports/summary?sourceId=" + SOURCE + "&from=2024-01-01&to=2024-12-31",
          "/api/v1/reports/summary?sourceId=" + SOURCE.toUpperCase(),
          "/api/v1/reports/breakdown?by=unit",
          "/api/v1/reports/breakdown?by=source&from=2024-06-01",
          "/api/v1/reports/breakdown?to=2024-06-30&by=leader&sourceId=" + SOURCE);

  @Inject HitRoute hits;
  @Inject AgroalDataSource dataSource;

  private AnswersBeforeRest answers;

  @BeforeEach
  void fixedDateAndSettledFeeds() throws Exception {
    FixedClock.install(FixedDataset.TODAY);
    answers = new AnswersBeforeRest(hits::answered);
    // Compared answers must be of the same positions: wait until the followers have read the
    // fixed dataset (and what FeedFollowerTest added, when it ran before).
    long deadline = System.currentTimeMillis() + 30_000;
    while (storedPosition("problem") < FixedDataset.lastProblemPosition()
        || storedPosition("rectification") < FixedTickets.lastTicketPosition()) {
      assertTrue(System.currentTimeMillis() < deadline, "the feeds were not read");
      Thread.sleep(100);
    }
  }

  @Test
  void aReportBeforeRestIsTheResourceMethodsAnswerByteForByte() throws Exception {
    String viewer = Tokens.viewer();
    for (String url : ANSWERED) {
      Answer fast = answers.awaitFast(viewer, url);
      assertEquals(200, fast.status(), url);
      // A token not seen before goes the normal way; its answer is from memory too. The route
      // answers only while the positions were read within the refresh, so on a busy machine a
      // request may find them being renewed: the answer before REST is awaited.
      assertSame(answers.get(Tokens.viewer(), url), fast);
      assertSame(
          answers.get(Tokens.viewer(), url), answers.awaitFast(viewer, url, "Accept", "*/*"));
      assertSame(
          answers.get(Tokens.viewer(), url),
          answers.awaitFast(viewer, url, "Accept", "application/json"));

      String tag = fast.response().header("ETag");
      Answer notModified = answers.awaitFast(viewer, url, "If-None-Match", tag);
      assertEquals(304, notModified.status(), url);
      assertSame(answers.get(Tokens.viewer(), url, "If-None-Match", tag), notModified);
      assertSame(
          answers.get(Tokens.viewer(), url, "If-None-Match", "W/" + tag),
          answers.awaitFast(viewer, url, "If-None-Match", "W/" + tag));
      Answer other = answers.awaitFast(viewer, url, "If-None-Match", "\"0-0-2000-01-01-json\"");
      assertEquals(200, other.status());
      assertSame(
          answers.get(Tokens.viewer(), url, "If-None-Match", "\"0-0-2000-01-01-json\""), other);
    }
  }

  @Test
  void whatTheRouteIsNotSureOfGoesTheNormalWayAndIsAnsweredAsBefore() throws Exception {
    String viewer = Tokens.viewer();
    String summary = "/api/v1/reports/summary";
    answers.awaitFast(viewer, summary);
    answers.awaitFast(viewer, "/api/v1/reports/breakdown?by=unit");
    List<String> declined =
        List.of(
            summary + "?cacheBust=1", // not a parameter of the report: ignored the normal way
            summary + "?from=2024-13-40", // 400
            summary + "?from=2024-06-30&to=2024-06-01", // 400
            summary + "?sourceId=abc", // 400
            summary + "?from=2024-06-01&from=2024-06-02", // 400: given twice
            summary + "?unit=", // blank
            summary + "?unit=%E5%85%9A%E5%A7%94%E5%8A%9E%E5%85%AC%E5%AE%A4", // decoded there
            summary + "?from=2024+06+01",
            summary + "?from=2024-06-01;to=2024-06-30",
            summary + "/",
            "/api/v1/reports/breakdown", // 400: by is required
            "/api/v1/reports/breakdown?by=UNIT", // 400
            "/api/v1/reports/breakdown?by=unit&by=source");
    for (String url : declined) {
      assertNormalAndSame(answers.get(Tokens.viewer(), url), answers.get(viewer, url), url);
    }
    String[][] headers = {
      {"Accept", "text/csv"}, // 406
      {"Accept", "application/xml, application/json;q=0.5"},
      {"Accept", "application/json; charset=UTF-8"},
      {"Content-Type", "application/json"},
      {"If-Match", "\"1\""},
    };
    for (String[] header : headers) {
      assertNormalAndSame(
          answers.get(Tokens.viewer(), summary, header),
          answers.get(viewer, summary, header),
          header[0] + ": " + header[1]);
    }
    // Callers the route does not admit: refused the normal way, every time.
    String auditor = Tokens.token("auditor", "审计", null, "auditor");
    String noRole = Tokens.token("nobody", "无角色", null);
    for (String token : List.of(auditor, noRole)) {
      for (int i = 0; i < 3; i++) {
        Answer refused = answers.get(token, summary);
        assertEquals(403, refused.status(), token);
        assertFalse(refused.fast());
      }
    }
    Answer anonymous = answers.get(null, summary);
    assertEquals(401, anonymous.status());
    assertFalse(anonymous.fast());
    Answer forged = answers.get(null, summary, "Authorization", "Bearer " + viewer + "x");
    assertEquals(401, forged.status());
    assertFalse(forged.fast());
  }

  @Test
  void theAnswerIsTodaysAndAChangeArrivingThroughTheFeedIsInTheNextAnswer() throws Exception {
    String viewer = Tokens.viewer();
    String url = "/api/v1/reports/summary";
    Answer before = answers.awaitFast(viewer, url);
    String tag = before.response().header("ETag");

    FixedClock.install(FixedDataset.TODAY.plusDays(1));
    Answer tomorrow = answers.get(viewer, url, "If-None-Match", tag);
    assertEquals(200, tomorrow.status(), "the figures are for another day");
    assertNotEquals(tag, tomorrow.response().header("ETag"));
    FixedClock.install(FixedDataset.TODAY);
    assertEquals(304, answers.awaitFast(viewer, url, "If-None-Match", tag).status());

    long last = storedPosition("rectification");
    long problems = storedPosition("problem");
    int total = before.response().jsonPath().getInt("tickets.total");
    UpstreamFeeds.serve(
        UpstreamFeeds.rectificationService,
        List.of(
            FixedDataset.event(
                last + 1,
                "ticket.created",
                FixedTickets.ticket(
                    "t-21",
                    "p-5",
                    "5e1a0000-0000-4000-8000-000000000002",
                    List.of("组织部"),
                    "DEADLINE",
                    "2024-09-01",
                    null,
                    null))),
        last);
    Projection.awaitPositions(problems, last + 1);
    // Seen on the route as soon as the projection committed it: never the older answer again.
    Answer after = answers.awaitFast(viewer, url, "If-None-Match", tag);
    assertEquals(200, after.status());
    assertEquals(total + 1, after.response().jsonPath().getInt("tickets.total"));
    assertEquals(last + 1, after.response().jsonPath().getLong("positions.rectification"));
    assertTrue(answers.awaitFast(viewer, url).response().asString().contains("\"positions\""));
    assertSame(answers.get(Tokens.viewer(), url), answers.awaitFast(viewer, url));
  }

  private long storedPosition(String feed) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement("select position from feed_position where feed = ?")) {
      ps.setString(1, feed);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }
}
