package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * GET /todos of a caller bound to a unit, filtered by an assignee, looks up his unit's names and
 * the assignee's by their keys and the unit's directory ids (0357): what one request prepares, the
 * rows its queries read and the entities it loads do not grow with the units of the directory or
 * the tickets and to-dos of other units.
 */
@QuarkusTest
class UnitCallerTodoListCostTest {

  @Inject EntityManagerFactory emf;

  private record Cost(long statements, long rows, long entities) {}

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static void ticket(String unitName, String unitId) {
    create(
        """
        {"problemIds": ["%s"], "measure": "建立待办台账。",
         "responsibleUnits": [{"name": "%s", "externalId": "%s"}],
         "timing": "DEADLINE", "deadline": "%s"}
        """
            .formatted(
                ProblemServiceStub.problem(UUID.randomUUID()),
                unitName,
                unitId,
                today().plusDays(60)));
  }

  @Test
  void aUnitCallersListReadsNoMoreWhenOtherUnitsAndTicketsAreAdded() {
    String unitName = "待办科-" + tag();
    String unitId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unitId, unitName);
    ticket(unitName, unitId);
    // his unit written another way in his token: full width, as some OA systems send it
    String reporter = Tokens.reporter("王五", unitName.replace("待办科-", "待办科－"));
    Cost before = fewest(reporter, unitName);

    for (int i = 0; i < 15; i++) {
      String other = "他科-" + tag();
      String otherId = DirectoryFixtures.id("ORG");
      DirectoryFixtures.unit(otherId, other);
      ticket(other, otherId);
    }
    Cost after = fewest(reporter, unitName);

    assertTrue(
        after.statements() <= before.statements(), "statements: " + before + " then " + after);
    assertTrue(after.rows() <= before.rows(), "rows read: " + before + " then " + after);
    assertTrue(after.entities() <= before.entities(), "entities: " + before + " then " + after);
  }

  /** One GET /todos?assignee= of the reporter, the fewest of three (background work only adds). */
  private Cost fewest(String reporter, String unitName) {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    Cost fewest = null;
    for (int round = 0; round < 3; round++) {
      long statements = stats.getPrepareStatementCount();
      long rows = rows(stats);
      long entities = stats.getEntityLoadCount();
      List<String> kinds =
          given()
              .auth()
              .oauth2(reporter)
              .queryParam("assignee", unitName)
              .get("/api/v1/todos")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items.kind", String.class);
      assertEquals(List.of("START"), kinds, "his unit's to-do, and only it");
      Cost cost =
          new Cost(
              stats.getPrepareStatementCount() - statements,
              rows(stats) - rows,
              stats.getEntityLoadCount() - entities);
      if (fewest == null
          || cost.statements() + cost.rows() + cost.entities()
              < fewest.statements() + fewest.rows() + fewest.entities()) {
        fewest = cost;
      }
    }
    return fewest;
  }

  private static long rows(Statistics stats) {
    long sum = 0;
    for (String q : stats.getQueries()) {
      sum += stats.getQueryStatistics(q).getExecutionRowCount();
    }
    return sum;
  }
}
