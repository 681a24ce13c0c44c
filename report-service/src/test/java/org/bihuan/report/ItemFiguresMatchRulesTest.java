package org.bihuan.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.bihuan.report.mapping.Light;
import org.bihuan.report.service.FigureRules;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answers given for single tickets — the overdue list (days overdue, light), each source's
 * report (overdue, days overdue, due soon, stale, stagnant, light) and the ledger (overdue, light,
 * stagnant) — are those of the rules ({@link FigureRules}) for every ticket of the fixed dataset,
 * on days before, during and after its deadlines: the same SQL the figures count with.
 */
@QuarkusTest
@Order(2) // before FeedFollowerTest, which extends the feeds
class ItemFiguresMatchRulesTest {

  private static final List<String> SOURCES =
      List.of("5e1a0000-0000-4000-8000-000000000001", "5e1a0000-0000-4000-8000-000000000002");

  @Inject AgroalDataSource dataSource;

  @BeforeEach
  void projected() {
    Projection.awaitFixedDataset();
  }

  /** Every ninth day from before the first deadline until well after the last. */
  static Stream<LocalDate> days() {
    return Stream.iterate(LocalDate.of(2024, 5, 1), d -> d.plusDays(9)).limit(12);
  }

  @ParameterizedTest
  @MethodSource("days")
  void everyListedTicketShowsWhatTheRulesSay(LocalDate today) throws Exception {
    String day = today.toString();
    FixedClock.install(today);
    FigureRules rules = new FigureRules(FixedClock.ZONE, today);
    Map<String, FigureRules.TicketFacts> tickets = tickets();
    assertFalse(tickets.isEmpty());

    List<Map<String, Object>> overdue = read("/api/v1/reports/overdue?limit=100", "items");
    TreeSet<String> expectedOverdue = new TreeSet<>();
    tickets.forEach(
        (id, t) -> {
          if (rules.overdue(t)) {
            expectedOverdue.add(id);
          }
        });
    TreeSet<String> listed = new TreeSet<>();
    for (Map<String, Object> item : overdue) {
      String id = (String) item.get("id");
      listed.add(id);
      FigureRules.TicketFacts t = tickets.get(id);
      assertEquals(rules.daysOverdue(t), ((Number) item.get("daysOverdue")).longValue(), id);
      assertEquals(name(rules.light(t)), item.get("light"), id);
    }
    assertEquals(expectedOverdue, listed, "overdue list on " + day);

    List<Map<String, Object>> lines = new ArrayList<>();
    for (String source : SOURCES) {
      List<List<Map<String, Object>>> perProblem =
          read("/api/v1/reports/sources/" + source, "problems.tickets");
      perProblem.forEach(lines::addAll);
    }
    assertFalse(lines.isEmpty());
    for (Map<String, Object> line : lines) {
      String id = (String) line.get("id");
      FigureRules.TicketFacts t = tickets.get(id);
      String what = id + " in its source's report on " + day;
      assertAll(
          what,
          () -> assertEquals(rules.overdue(t), line.get("overdue"), "overdue"),
          () ->
              assertEquals(
                  rules.daysOverdue(t),
                  ((Number) line.get("daysOverdue")).longValue(),
                  "daysOverdue"),
          () -> assertEquals(rules.dueSoon(t), line.get("dueSoon"), "dueSoon"),
          () -> assertEquals(rules.stale(t), line.get("stale"), "stale"),
          () -> assertEquals(rules.stagnant(t), line.get("stagnant"), "stagnant"),
          () -> assertEquals(name(rules.light(t)), line.get("light"), "light"));
    }

    List<Map<String, Object>> rows = read("/api/v1/reports/ledger?limit=100", "items");
    assertFalse(rows.isEmpty());
    for (Map<String, Object> row : rows) {
      String id = (String) row.get("ticketId");
      FigureRules.TicketFacts t = id == null ? null : tickets.get(id);
      String what = row.get("problemNumber") + " / " + id + " in the ledger on " + day;
      assertAll(
          what,
          () -> assertEquals(t != null && rules.overdue(t), row.get("overdue"), "overdue"),
          () -> assertEquals(t == null ? null : name(rules.light(t)), row.get("light"), "light"),
          () -> assertEquals(t != null && rules.stagnant(t), row.get("stagnant"), "stagnant"));
    }
  }

  /** The member {@code path} of the viewer's answer (200) to {@code uri}. */
  private static <T> T read(String uri, String path) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get(uri)
        .then()
        .statusCode(200)
        .extract()
        .path(path);
  }

  private static String name(Light light) {
    return light == null ? null : light.name();
  }

  private Map<String, FigureRules.TicketFacts> tickets() throws Exception {
    Map<String, FigureRules.TicketFacts> tickets = new TreeMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select * from report_ticket");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        tickets.put(rs.getString("id"), FigureRules.facts(rs));
      }
    }
    return tickets;
  }
}
