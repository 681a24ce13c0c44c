package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A PUT naming its person, leader and unit by directory id reads them from the directory once
 * (DirectoryNames.resolve); keeping the stored spelling and telling a change that only follows the
 * directory's renaming (0231) are answered from that read, not by asking the directory again.
 */
@QuarkusTest
class DirectoryReadOnceTest {

  @Inject EntityManagerFactory emf;

  /**
   * How often each read of directory entries ran: the statistics' query strings and counts. The
   * to-dos' question of each assignee's login (one per to-do, by its own id) is another matter.
   */
  private Map<String, Long> directoryQueries() {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    Map<String, Long> out = new HashMap<>();
    for (String q : stats.getQueries()) {
      if (q.contains("FROM `org.bihuan.rectification.Directory")) {
        out.put(q, stats.getQueryStatistics(q).getExecutionCount());
      }
    }
    return out;
  }

  @Test
  void aPutFollowingTheDirectoryAsksItNothingTwice() {
    String unitName = TicketFixtures.unit("党委办公室");
    String unit = DirectoryFixtures.id("UR");
    DirectoryFixtures.unit(unit, unitName);
    String person = DirectoryFixtures.id("PR");
    DirectoryFixtures.person(person, "张三丰", unit, "zsf-" + person);
    String leader = DirectoryFixtures.id("PL");
    DirectoryFixtures.person(leader, "李书记", unit, "lsj-" + leader);
    String body =
        """
        {"problemIds": ["%s"], "measure": "组织专题学习。", "responsibleUnits": [{"externalId": "%s"}],
         "responsiblePersonExternalId": "%s", "leaderInChargeExternalId": "%s",
         "timing": "DEADLINE", "deadline": "%s"}
        """
            .formatted(
                ProblemServiceStub.problem(UUID.randomUUID()),
                unit,
                person,
                leader,
                today().plusDays(30));
    String id = create(body).getString("id");
    DirectoryFixtures.renamePerson(person, "张三峰", unit, "zsf-" + person);
    DirectoryFixtures.renamePerson(leader, "李副书记", unit, "lsj-" + leader);
    DirectoryFixtures.putUnit(Tokens.admin(), unit, "{\"name\": \"" + unitName + "（新）\"}")
        .then()
        .statusCode(200);

    Map<String, Long> before = directoryQueries();
    // the directory's new names beside the ids: the edit follows the renaming (an id alone keeps
    // the stored names, 0351)
    String following =
        body.replace(
                "[{\"externalId\": \"" + unit + "\"}]",
                "[{\"name\": \"" + unitName + "（新）\", \"externalId\": \"" + unit + "\"}]")
            .replace(
                "\"responsiblePersonExternalId\"",
                "\"responsiblePerson\": \"张三峰\", \"leaderInCharge\": \"李副书记\","
                    + " \"responsiblePersonExternalId\"");
    DutySteps.put(Tokens.admin(), id, following)
        .then()
        .statusCode(200)
        .body("responsiblePerson", equalTo("张三峰"))
        .body("leaderInCharge", equalTo("李副书记"))
        .body("responsibleUnits[0].name", equalTo(unitName + "（新）"));
    Map<String, Long> ran = new LinkedHashMap<>();
    directoryQueries()
        .forEach(
            (q, n) -> {
              long delta = n - before.getOrDefault(q, 0L);
              if (delta > 0) {
                ran.put(q, delta);
              }
            });
    System.out.println("directory queries of one PUT: " + ran);
    assertTrue(
        ran.values().stream().allMatch(n -> n == 1), "each directory query once at most: " + ran);
    assertEquals(
        0,
        ran.keySet().stream()
            .filter(q -> q.contains("DirectoryPerson") && q.contains("externalId = ?1"))
            .count(),
        "no person looked up by one id after the lookup of all ids: " + ran);
  }
}
