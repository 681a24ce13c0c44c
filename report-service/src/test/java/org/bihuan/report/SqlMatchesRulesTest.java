package org.bihuan.report;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bihuan.report.mapping.FigureCounts;
import org.bihuan.report.service.Breakdown;
import org.bihuan.report.service.FigureRules;
import org.bihuan.report.service.ReportFilter;
import org.bihuan.report.service.ReportQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SQL aggregation gives exactly the counts of the pure rules ({@link FigureRules}) on the fixed
 * dataset, in total and per unit, on dates before, during and after its deadlines.
 */
@QuarkusTest
@Order(2)
class SqlMatchesRulesTest {

  @Inject ReportQueries queries;
  @Inject AgroalDataSource dataSource;

  private record Ticket(FigureRules.TicketFacts facts, Set<String> units, Set<String> problems) {}

  @BeforeEach
  void projected() {
    Projection.awaitFixedDataset();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-05-01",
        "2024-05-20",
        "2024-06-02",
        "2024-06-15",
        "2024-06-20",
        "2024-08-01"
      })
  void sqlAndRulesAgreeInTotalAndPerUnit(String day) throws Exception {
    LocalDate today = LocalDate.parse(day);
    FigureRules rules = new FigureRules(FixedClock.ZONE, today);
    Map<String, Ticket> tickets = new HashMap<>();
    Map<String, String> problemStatus = new HashMap<>();
    load(tickets, problemStatus);
    assertFalse(tickets.isEmpty());

    FigureCounts sqlTotal =
        queries.inSnapshot(c -> queries.summary(c, ReportFilter.NONE, today)).value();
    FigureCounts pureTotal =
        rules.count(problemStatus.values(), tickets.values().stream().map(Ticket::facts).toList());
    assertSame(pureTotal, sqlTotal, "total on " + day);

    Map<String, List<FigureRules.TicketFacts>> byUnit = new TreeMap<>();
    // unit → problem → the problem's tickets in that unit; the problem is in the unit's group when
    // a counted ticket is among them (DOMAIN.md).
    Map<String, Map<String, List<FigureRules.TicketFacts>>> problemTickets = new TreeMap<>();
    for (Ticket t : tickets.values()) {
      for (String u : t.units()) {
        byUnit.computeIfAbsent(u, k -> new ArrayList<>()).add(t.facts());
        for (String p : t.problems()) {
          problemTickets
              .computeIfAbsent(u, k -> new HashMap<>())
              .computeIfAbsent(p, k -> new ArrayList<>())
              .add(t.facts());
        }
      }
    }
    Map<String, Set<String>> problemsByUnit = new TreeMap<>();
    problemTickets.forEach(
        (u, problems) -> {
          Set<String> in = problemsByUnit.computeIfAbsent(u, k -> new HashSet<>());
          problems.forEach(
              (p, facts) -> {
                if (facts.stream().anyMatch(FigureRules::counted)) {
                  in.add(p);
                }
              });
        });
    List<ReportQueries.GroupCounts> groups =
        queries
            .inSnapshot(c -> queries.breakdown(c, Breakdown.UNIT, ReportFilter.NONE, today))
            .value();
    assertEquals(byUnit.size(), groups.size());
    for (ReportQueries.GroupCounts g : groups) {
      List<String> statuses = problemsByUnit.get(g.key()).stream().map(problemStatus::get).toList();
      assertSame(rules.count(statuses, byUnit.get(g.key())), g.counts(), g.key() + " on " + day);
    }
  }

  private static void assertSame(FigureCounts expected, FigureCounts actual, String what) {
    assertEquals(normalised(expected), normalised(actual), what);
    assertEquals(expected.problems(), actual.problems(), what);
    assertEquals(expected.tickets(), actual.tickets(), what);
  }

  /** BigDecimal equality depends on scale; compare the number of seconds only. */
  private static FigureCounts normalised(FigureCounts c) {
    return new FigureCounts(
        c.problemsTotal(),
        c.problemsClosed(),
        c.problemsWithdrawn(),
        c.counted(),
        c.timeBound(),
        c.longTerm(),
        c.verified(),
        c.verifiedTimeBound(),
        c.onTime(),
        c.extendedAndMet(),
        c.overdue(),
        c.dueSoon(),
        c.assigned(),
        c.inProgress(),
        c.submitted(),
        c.cancelled(),
        c.red(),
        c.yellow(),
        c.green(),
        c.verifiedWithTimes(),
        c.verifySeconds().stripTrailingZeros(),
        c.longTermVerified(),
        c.longTermOpen(),
        c.longTermMaxDaysSinceProgress(),
        c.longTermNeverReported(),
        0);
  }

  private void load(Map<String, Ticket> tickets, Map<String, String> problemStatus)
      throws Exception {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("select * from report_ticket");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tickets.put(
              rs.getString("id"),
              new Ticket(FigureRules.facts(rs), new HashSet<>(), new HashSet<>()));
        }
      }
      try (PreparedStatement ps =
              c.prepareStatement("select ticket_id, name from report_ticket_unit");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tickets.get(rs.getString(1)).units().add(rs.getString(2));
        }
      }
      try (PreparedStatement ps =
              c.prepareStatement("select ticket_id, problem_id from report_ticket_problem");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tickets.get(rs.getString(1)).problems().add(rs.getString(2));
        }
      }
      try (PreparedStatement ps = c.prepareStatement("select id, status from report_problem");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          problemStatus.put(rs.getString(1), rs.getString(2));
        }
      }
    }
  }
}
