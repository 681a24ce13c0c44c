package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A directory PUT does not link the open tickets naming the entry's name in its request: a job in
 * the background links them, a batch per transaction, within seconds. Namesakes and sealed entries
 * link nothing.
 */
@QuarkusTest
class DirectoryLinksInTheBackgroundTest {

  @Inject AgroalDataSource dataSource;

  private static String name(String prefix) {
    StringBuilder b = new StringBuilder(prefix);
    for (int i = 0; i < 4; i++) {
      b.append((char) (0x4E00 + ThreadLocalRandom.current().nextInt(0, 6000)));
    }
    return b.toString();
  }

  private static String ticket(String unit, UUID problem) {
    return """
        {"problemIds": ["%s"], "measure": "建立谈心谈话制度。",
         "responsibleUnits": [{"name": "%s"}], "timing": "LONG_TERM"}
        """
        .formatted(problem, unit);
  }

  private static void batch(List<String> items) {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"tickets\": [" + String.join(",", items) + "]}")
        .post("/api/v1/tickets/batch")
        .then()
        .statusCode(201);
  }

  /** How many of the tickets naming {@code unit} carry {@code externalId}. */
  private long linked(String unit, String externalId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select count(*) from ticket_unit where name = ? and external_id = ?")) {
      s.setString(1, unit);
      s.setString(2, externalId);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Polls every 100 ms for at most {@code seconds}; whether it came true. */
  private static boolean within(int seconds, BooleanSupplier done) {
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    while (System.nanoTime() < until) {
      if (done.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return done.getAsBoolean();
  }

  private static String unitIdOf(String ticketId) {
    return TicketSteps.get(ticketId).getString("responsibleUnits[0].externalId");
  }

  @Test
  void aPutAnswersAndTheTicketNamingItsUnitIsLinkedWithinTenSeconds() {
    String unit = name("测即时");
    String id = create(ticket(unit, ProblemServiceStub.problem(UUID.randomUUID()))).getString("id");
    String unitId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unitId, unit);
    assertTrue(within(10, () -> unitId.equals(unitIdOf(id))), "not linked within 10 s");
  }

  @Test
  void twelveHundredTicketsNamingOneUnitAreLinkedInSeveralBatchesAfterThePutAnswered() {
    String unit = name("测批量");
    int n = 1_200;
    for (int from = 0; from < n; from += 400) {
      UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
      List<String> items = new ArrayList<>();
      for (int i = from; i < Math.min(n, from + 400); i++) {
        items.add(ticket(unit, problem));
      }
      batch(items);
    }
    String unitId = DirectoryFixtures.id("ORG");
    long started = System.nanoTime();
    DirectoryFixtures.unit(unitId, unit);
    long putMillis = (System.nanoTime() - started) / 1_000_000;
    long atAnswer = linked(unit, unitId);
    assertTrue(atAnswer < n, "the PUT waited for all " + n + " links (" + putMillis + " ms)");
    assertTrue(putMillis < 5_000, "the PUT took " + putMillis + " ms");
    // 100 a transaction, each linked ticket with its history entry and to-dos: some 25 ms a
    // ticket on a loaded two-core machine.
    assertTrue(
        within(120, () -> linked(unit, unitId) == n),
        "linked: " + linked(unit, unitId) + " of " + n);
  }

  @Test
  void twoPeopleOfOneNameLinkNeitherAndASealedUnitLinksNothing() {
    String namesake = name("测");
    String sealed = name("测封存");
    String control = name("测对照");
    // Two people of one name in the directory (each PUT nudges the job): the ticket naming the
    // name is linked neither on creation nor later.
    String home = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(home, name("测所在"));
    for (String login : List.of("a", "b")) {
      DirectoryFixtures.person(
          DirectoryFixtures.id("P"),
          namesake,
          home,
          login + UUID.randomUUID().toString().substring(0, 8));
    }
    String a =
        create(
                """
                {"problemIds": ["%s"], "measure": "建立谈心谈话制度。",
                 "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "%s",
                 "timing": "LONG_TERM"}
                """
                    .formatted(
                        ProblemServiceStub.problem(UUID.randomUUID()), name("测单位"), namesake))
            .getString("id");
    String b =
        create(ticket(sealed, ProblemServiceStub.problem(UUID.randomUUID()))).getString("id");
    String c =
        create(ticket(control, ProblemServiceStub.problem(UUID.randomUUID()))).getString("id");

    DirectoryFixtures.rawPutUnit(
            Tokens.admin(),
            DirectoryFixtures.id("ORG"),
            "{\"name\": \"" + sealed + "\", \"sealed\": true}")
        .then()
        .statusCode(201);
    String controlId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(controlId, control);

    // The job has run after every PUT above once the last one's unit is linked.
    assertTrue(within(10, () -> controlId.equals(unitIdOf(c))), "the control was not linked");
    JsonPath first = TicketSteps.get(a);
    assertNull(first.getString("responsiblePersonExternalId"));
    assertNull(unitIdOf(b));
  }
}
