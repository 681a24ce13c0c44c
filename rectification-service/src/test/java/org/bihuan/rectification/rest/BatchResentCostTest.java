package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A batch sent again by its unit's reporter (a retry of up to 500 items) takes the locks of its
 * externalRefs in one statement and reads the directory's names of its tickets' units once for the
 * own-unit check, whatever its number of items (0357).
 */
@QuarkusTest
class BatchResentCostTest {

  @Inject EntityManagerFactory emf;

  private record Cost(long locks, long directory, String queries) {}

  @Test
  void aResentBatchLocksAndReadsTheDirectoryOnceWhateverItsSize() {
    Cost small = resent(4);
    Cost large = resent(24);
    assertEquals(1, small.locks(), "externalRef lock statements, 4 items: " + small);
    assertEquals(1, large.locks(), "externalRef lock statements, 24 items: " + large);
    assertEquals(
        small.directory(),
        large.directory(),
        "directory reads do not grow with the items: " + small + " / " + large);
  }

  /**
   * Sends a batch of {@code items} as the unit's reporter, then again, and counts what a resend
   * ran.
   */
  private Cost resent(int items) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String unitName = "重发科-" + tag;
    String unitId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unitId, unitName);
    String reporter = Tokens.reporter("王五", unitName);
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    List<String> list = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      list.add(
          """
          {"problemIds": ["%s"], "measure": "重发措施%d",
           "responsibleUnits": [{"name": "%s", "externalId": "%s"}],
           "timing": "LONG_TERM", "externalRef": "OA-COST-%s-%d"}
          """
              .formatted(problem, i, unitName, unitId, tag, i));
    }
    String body = "{\"tickets\": [" + String.join(",", list) + "]}";
    send(reporter, body, 201);
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    Cost fewest = null;
    // the fewest of three resends: the service's background work only ever adds to a count
    for (int round = 0; round < 3; round++) {
      Map<String, Long> before = executions(stats);
      send(reporter, body, 200);
      Map<String, Long> ran = executions(stats);
      ran.replaceAll((q, n) -> n - before.getOrDefault(q, 0L));
      ran.values().removeIf(n -> n == 0);
      Cost cost =
          new Cost(
              count(ran, q -> q.contains("pg_advisory_xact_lock(")),
              count(ran, q -> q.contains("directory")),
              ran.toString());
      if (fewest == null || cost.locks() + cost.directory() < fewest.locks() + fewest.directory()) {
        fewest = cost;
      }
    }
    return fewest;
  }

  private static void send(String token, String body, int status) {
    given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/tickets/batch")
        .then()
        .statusCode(status);
  }

  private static Map<String, Long> executions(Statistics stats) {
    Map<String, Long> out = new HashMap<>();
    for (String q : stats.getQueries()) {
      out.put(q, stats.getQueryStatistics(q).getExecutionCount());
    }
    return out;
  }

  private static long count(Map<String, Long> ran, Predicate<String> which) {
    return ran.entrySet().stream()
        .filter(e -> which.test(e.getKey().toLowerCase(Locale.ROOT)))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
