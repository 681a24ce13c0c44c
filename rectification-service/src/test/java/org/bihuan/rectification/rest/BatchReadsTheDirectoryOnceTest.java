package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A batch of 300 items naming 120 units and 120 people of the directory — by id, by name, by
 * another spelling of a unit's name, and people the directory does not have — asks the directory
 * for all of them at once, not item by item, and names and links every item as a single ticket
 * would be.
 */
@QuarkusTest
class BatchReadsTheDirectoryOnceTest {

  private static final int ITEMS = 300;
  private static final int ENTRIES = 120;

  @Inject EntityManagerFactory emf;

  /**
   * The executions so far of the reads of directory entries (units and people, by HQL or SQL). The
   * to-dos' question of each assignee's login (one per to-do) is another matter.
   */
  private Map<String, Long> directoryReads() {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    Map<String, Long> out = new HashMap<>();
    for (String q : stats.getQueries()) {
      if (q.contains("DirectoryUnit")
          || q.contains("DirectoryPerson")
          || q.startsWith("select * from directory_")) {
        out.put(q, stats.getQueryStatistics(q).getExecutionCount());
      }
    }
    return out;
  }

  private long statements() {
    return emf.unwrap(SessionFactory.class).getStatistics().getPrepareStatementCount();
  }

  /** The name written in full-width letters and digits: another spelling of the same unit. */
  private static String fullWidth(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
    }
    return out.toString();
  }

  @Test
  void fiveHundredItemsAskTheDirectoryForAllOfThemAtOnce() throws InterruptedException {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<String> unitIds = new ArrayList<>();
    List<String> unitNames = new ArrayList<>();
    List<String> personIds = new ArrayList<>();
    List<String> personNames = new ArrayList<>();
    for (int i = 0; i < ENTRIES; i++) {
      unitIds.add("BU-" + run + "-" + i);
      unitNames.add("批量核对科" + run + "K" + i);
      DirectoryFixtures.unit(unitIds.get(i), unitNames.get(i));
    }
    for (int i = 0; i < ENTRIES; i++) {
      personIds.add("BP-" + run + "-" + i);
      personNames.add("批核员" + run + "号" + i);
      DirectoryFixtures.person(
          personIds.get(i), personNames.get(i), unitIds.get(i), "bp-" + run + "-" + i);
    }
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    List<String> items = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      int u = i % ENTRIES;
      int c = (i + 1) % ENTRIES;
      int p = (i * 7) % ENTRIES;
      int l = (i + 3) % ENTRIES;
      String unit =
          switch (i % 3) {
            case 0 -> "{\"name\": \"" + unitNames.get(u) + "\"}";
            case 1 -> "{\"externalId\": \"" + unitIds.get(u) + "\"}";
            default -> "{\"name\": \"" + fullWidth(unitNames.get(u)) + "\"}";
          };
      String co =
          i % 5 == 0 ? ", \"coResponsibleUnits\": [{\"name\": \"" + unitNames.get(c) + "\"}]" : "";
      String person =
          switch (i % 4) {
            case 0 -> "\"responsiblePerson\": \"" + personNames.get(p) + "\"";
            case 1 -> "\"responsiblePersonExternalId\": \"" + personIds.get(p) + "\"";
            case 2 -> "\"responsiblePerson\": \"目录外" + run + "员" + i + "\"";
            default ->
                "\"responsiblePerson\": \""
                    + personNames.get(p)
                    + "\", \"responsiblePersonExternalId\": \""
                    + personIds.get(p)
                    + "\"";
          };
      items.add(
          """
          {"problemIds": ["%s"], "measure": "批量整改措施%d", "responsibleUnits": [%s]%s, %s,
           "leaderInCharge": "%s", "timing": "DEADLINE", "deadline": "%s", "externalRef": "%s"}
          """
              .formatted(
                  problem,
                  i,
                  unit,
                  co,
                  person,
                  personNames.get(l),
                  today().plusDays(30),
                  "BATCH-" + run + "-" + i));
    }
    // the background links the directory's PUTs started are done
    Thread.sleep(1_500);
    Map<String, Long> readsBefore = directoryReads();
    long statementsBefore = statements();
    long started = System.nanoTime();
    JsonPath answer =
        given()
            // the time 300 items take on a loaded machine, not the 30 s of a single read
            .config(
                io.restassured.RestAssured.config()
                    .httpClient(
                        io.restassured.config.HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 180_000)))
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body("{\"tickets\": [" + String.join(",", items) + "]}")
            .post("/api/v1/tickets/batch")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    long millis = (System.nanoTime() - started) / 1_000_000;
    Map<String, Long> ran = new HashMap<>();
    directoryReads()
        .forEach(
            (q, n) -> {
              if (n > readsBefore.getOrDefault(q, 0L)) {
                ran.put(q, n - readsBefore.getOrDefault(q, 0L));
              }
            });
    long reads = ran.values().stream().mapToLong(Long::longValue).sum();
    long statements = statements() - statementsBefore;
    System.out.printf(
        "batch of %d items: %d ms, %d statements prepared, %d reads of directory entities%n",
        ITEMS, millis, statements, reads);
    System.out.println("directory reads of the batch: " + ran);

    List<Map<String, Object>> tickets = answer.getList("tickets");
    for (int i = 0; i < ITEMS; i++) {
      String at = "tickets[" + i + "]";
      Map<String, Object> t = tickets.get(i);
      int u = i % ENTRIES;
      int p = (i * 7) % ENTRIES;
      assertEquals(
          Map.of("name", unitNames.get(u), "externalId", unitIds.get(u)),
          first(t, "responsibleUnits"),
          at);
      if (i % 5 == 0) {
        int c = (i + 1) % ENTRIES;
        assertEquals(unitIds.get(c), first(t, "coResponsibleUnits").get("externalId"), at);
      }
      Map<String, Object> person = new HashMap<>();
      person.put("name", t.get("responsiblePerson"));
      person.put("id", t.get("responsiblePersonExternalId"));
      Map<String, Object> expected = new HashMap<>();
      if (i % 4 == 2) {
        expected.put("name", "目录外" + run + "员" + i);
        expected.put("id", null);
      } else {
        expected.put("name", personNames.get(p));
        expected.put("id", personIds.get(p));
      }
      assertEquals(expected, person, at);
      assertEquals(personIds.get((i + 3) % ENTRIES), t.get("leaderInChargeExternalId"), at);
    }
    assertTrue(reads <= 4, "the directory is asked for the whole batch at once, not " + reads);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> first(Map<String, Object> ticket, String list) {
    return ((List<Map<String, Object>>) ticket.get(list)).get(0);
  }
}
