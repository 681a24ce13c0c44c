package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The change feed under concurrent writers: a reader that always asks {@code after=<last position
 * it saw>} while many transactions commit at once receives every event exactly once, in order.
 */
@QuarkusTest
class ChangeFeedOrderTest {

  private static final int WRITERS = 8;
  private static final int PER_WRITER = 40;

  @Test
  void aReaderFollowingConcurrentWritersSeesEveryEventOnceInOrder() throws Exception {
    String marker = "并发写入-" + UUID.randomUUID();
    long start = lastPosition();
    Set<String> created = ConcurrentHashMap.newKeySet();
    List<Long> positions = new ArrayList<>();
    List<String> seenIds = new ArrayList<>();
    AtomicBoolean writing = new AtomicBoolean(true);

    ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
    try {
      Future<?> reader =
          pool.submit(
              () -> {
                long after = start;
                boolean drained = false;
                while (!drained) {
                  boolean stillWriting = writing.get();
                  JsonPath page = page(after, 1000 / 4); // small pages: many reads while writing
                  List<Map<String, Object>> events = page.getList("events");
                  for (Map<String, Object> e : events) {
                    positions.add(((Number) e.get("position")).longValue());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> data = (Map<String, Object>) e.get("data");
                    if (String.valueOf(data.get("title")).startsWith(marker)) {
                      seenIds.add((String) e.get("resourceId"));
                    }
                  }
                  after = page.getLong("next");
                  drained = !stillWriting && events.isEmpty();
                }
                return null;
              });
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        writers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < PER_WRITER; i++) {
                    created.add(createSource(marker + "-" + writer + "-" + i));
                  }
                  return null;
                }));
      }
      for (Future<?> f : writers) {
        f.get();
      }
      writing.set(false);
      reader.get();
    } finally {
      pool.shutdownNow();
    }

    assertEquals(WRITERS * PER_WRITER, created.size());
    for (int i = 1; i < positions.size(); i++) {
      assertTrue(
          positions.get(i) > positions.get(i - 1),
          "positions only grow: " + positions.get(i - 1) + " then " + positions.get(i));
    }
    assertEquals(seenIds.size(), new HashSet<>(seenIds).size(), "no event is delivered twice");
    assertEquals(created, new HashSet<>(seenIds), "every committed event is delivered");
  }

  private static String createSource(String title) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(Map.of("title", title, "kind", "SELF_CHECK"))
        .post("/api/v1/sources")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static JsonPath page(long after, int limit) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("after", after)
        .queryParam("limit", limit)
        .get("/api/v1/events")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static long lastPosition() {
    long after = 0;
    while (true) {
      JsonPath page = page(after, 1000);
      if (page.getList("events").isEmpty()) {
        return after;
      }
      after = page.getLong("next");
    }
  }
}
