package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.deadlineTicket;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Many clients transitioning tickets at once (docs/decisions/0218): every write's event is in the
 * feed when the write answers, and the feed stays gap-free — a reader paging from a position, while
 * the writes go on and after, sees every event after it exactly once, in increasing positions, each
 * ticket's events in the order of its versions.
 */
@QuarkusTest
class ConcurrentTransitionsFeedTest {

  private static final int CLIENTS = 8;
  private static final int TICKETS_EACH = 8;
  private static final int TRANSITIONS_EACH = 4;

  @Inject AgroalDataSource dataSource;

  private record Seen(long position, String id, String ticket, long version) {}

  @Test
  void concurrentTransitionsKeepTheFeedGapFreeInOrderAndCurrentWhenTheyAnswer() throws Exception {
    String unit = unit("并发流转");
    List<List<String>> tickets = new ArrayList<>();
    Map<String, String> started = new HashMap<>();
    for (int c = 0; c < CLIENTS; c++) {
      List<String> own = new ArrayList<>();
      for (int t = 0; t < TICKETS_EACH; t++) {
        String id = create(deadlineTicket(unit, today().plusDays(10))).getString("id");
        act(Tokens.admin(), id, "start", null).then().statusCode(200);
        // a ticket is submitted with something to show
        TicketFixtures.progress(Tokens.admin(), id, today(), "已开展整改").then().statusCode(201);
        started.put(
            id, given().auth().oauth2(Tokens.admin()).get("/api/v1/tickets/" + id).header("ETag"));
        own.add(id);
      }
      tickets.add(own);
    }
    long head = FeedHead.position();

    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
    // A reader following the feed while it is written: it must miss nothing it has moved past.
    Future<List<Seen>> following =
        pool.submit(
            () -> {
              List<Seen> seen = new ArrayList<>();
              long after = head;
              boolean last = false;
              while (true) {
                boolean more = writing.get();
                List<Seen> page = page(after, 1);
                seen.addAll(page);
                if (!page.isEmpty()) {
                  after = page.get(page.size() - 1).position();
                } else if (!more) {
                  if (last) {
                    return seen;
                  }
                  last = true; // one more empty read after the writes stopped
                }
              }
            });
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    List<Future<Integer>> clients = new ArrayList<>();
    String verifier = Tokens.verifier("李审核");
    for (List<String> own : tickets) {
      clients.add(
          pool.submit(
              () -> {
                int done = 0;
                Map<String, String> etags = new HashMap<>();
                for (String id : own) {
                  etags.put(id, started.get(id));
                }
                for (int n = 0; n < TRANSITIONS_EACH; n++) {
                  for (String id : own) {
                    Response w =
                        n % 2 == 0
                            ? withIfMatch(Tokens.admin(), id, "submit", null, etags.get(id))
                            : withIfMatch(verifier, id, "reject", "请补充材料" + n, etags.get(id));
                    if (w.statusCode() != 200) {
                      problems.add(id + " " + n + ": " + w.statusCode() + " " + w.asString());
                      continue;
                    }
                    etags.put(id, w.header("ETag"));
                    long version = w.jsonPath().getLong("version");
                    if (!positioned(id, version)) {
                      problems.add(
                          id + " v" + version + " answered before its event was in the feed");
                    }
                    done++;
                  }
                }
                return done;
              }));
    }
    int written = 0;
    for (Future<Integer> c : clients) {
      written += c.get(5, TimeUnit.MINUTES);
    }
    writing.set(false);
    List<Seen> followed = following.get(2, TimeUnit.MINUTES);
    pool.shutdown();
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    assertEquals(CLIENTS * TICKETS_EACH * TRANSITIONS_EACH, written);

    // A reader paging from the head of before the writes, now that they are done.
    List<Seen> afterwards = new ArrayList<>();
    long after = head;
    List<Seen> page;
    while (!(page = page(after, 0)).isEmpty()) {
      afterwards.addAll(page);
      after = page.get(page.size() - 1).position();
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < afterwards.size(); i++) {
      assertTrue(ids.add(afterwards.get(i).id()), "event read twice: " + afterwards.get(i));
      if (i > 0) {
        assertTrue(afterwards.get(i).position() > afterwards.get(i - 1).position());
      }
    }
    assertEquals(positionedBetween(head, after), ids, "every event after the head, once");

    Set<String> mine = new HashSet<>();
    tickets.forEach(mine::addAll);
    List<Seen> ofMine = afterwards.stream().filter(s -> mine.contains(s.ticket())).toList();
    assertEquals(
        ofMine,
        followed.stream().filter(s -> mine.contains(s.ticket())).toList(),
        "the reader following the feed during the writes saw the same events");
    Map<String, Long> lastVersion = new HashMap<>();
    Set<String> versions = new HashSet<>();
    for (Seen s : ofMine) {
      Long before = lastVersion.put(s.ticket(), s.version());
      assertTrue(
          before == null || before <= s.version(),
          s.ticket() + ": version " + s.version() + " after " + before + " in the feed");
      versions.add(s.ticket() + "@" + s.version());
    }
    assertEquals(written, versions.size(), "one version in the feed per transition");
  }

  /**
   * The server waits for the write's round before it answers: while the feed's lock is held (no
   * round can run) the transition is committed but not answered; once the lock is let go, the
   * answer comes with the event positioned. A server that answered without waiting would answer
   * while the lock is held.
   */
  @Test
  void aWriteAnswersOnlyAfterItsRoundHasPositionedItsEvent() throws Exception {
    String id = create(deadlineTicket(unit("等待轮次"), today().plusDays(10))).getString("id");
    String etag = given().auth().oauth2(Tokens.admin()).get("/api/v1/tickets/" + id).header("ETag");
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (Connection lock = dataSource.getConnection()) {
      lock.setAutoCommit(true);
      try (PreparedStatement s =
          lock.prepareStatement("select pg_advisory_lock(x'6368616e676566'::bigint)")) {
        s.execute();
      }
      Future<Response> started;
      try {
        started = pool.submit(() -> withIfMatch(Tokens.admin(), id, "start", null, etag));
        // Committed, but no round has run: the version is in the database, its event unnumbered.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!committed(id, 1) && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertTrue(committed(id, 1), "the transition committed");
        Thread.sleep(1_500);
        assertTrue(!started.isDone(), "answered while its event could not be positioned");
        assertTrue(!positioned(id, 1));
      } finally {
        try (PreparedStatement s =
            lock.prepareStatement("select pg_advisory_unlock(x'6368616e676566'::bigint)")) {
          s.execute();
        }
      }
      Response answer = started.get(30, TimeUnit.SECONDS);
      assertEquals(200, answer.statusCode(), answer.asString());
      assertTrue(positioned(id, 1), "positioned when answered");
    } finally {
      pool.shutdownNow();
    }
  }

  /** Whether the ticket's row holds {@code version}, committed. */
  private boolean committed(String ticket, long version) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select version from ticket where id = ?")) {
      ps.setObject(1, java.util.UUID.fromString(ticket));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getLong(1) >= version;
      }
    }
  }

  private static Response withIfMatch(
      String token, String id, String action, String comment, String etag) {
    return given()
        .auth()
        .oauth2(token)
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(comment == null ? "{}" : "{\"comment\": \"" + comment + "\"}")
        .post("/api/v1/tickets/" + id + "/" + action);
  }

  /** One page of the feed after {@code after} as a client reads it. */
  private static List<Seen> page(long after, int waitSeconds) {
    JsonPath page =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .queryParam("after", after)
            .queryParam("limit", 50)
            .queryParam("wait", waitSeconds)
            .get("/api/v1/events")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Seen> out = new ArrayList<>();
    List<Map<String, Object>> events = page.getList("events");
    for (Map<String, Object> e : events) {
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) e.get("data");
      Object version = data == null ? null : data.get("version");
      out.add(
          new Seen(
              ((Number) e.get("position")).longValue(),
              (String) e.get("id"),
              (String) e.get("resourceId"),
              version instanceof Number n ? n.longValue() : -1));
    }
    return out;
  }

  /** Whether the event of the ticket's version has its feed position (a reader can see it). */
  private boolean positioned(String ticket, long version) throws Exception {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select count(*), count(position) from change_event"
                    + " where resource_type = 'ticket' and resource_id = ?"
                    + " and (data->>'version')::bigint = ?")) {
      ps.setString(1, ticket);
      ps.setLong(2, version);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0 && rs.getLong(1) == rs.getLong(2);
      }
    }
  }

  /** The ids of the events positioned after {@code from} up to {@code to}, straight from SQL. */
  private Set<String> positionedBetween(long from, long to) throws Exception {
    Set<String> ids = new HashSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select id::text from change_event where position > ? and position <= ?")) {
      ps.setLong(1, from);
      ps.setLong(2, to);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }
}
