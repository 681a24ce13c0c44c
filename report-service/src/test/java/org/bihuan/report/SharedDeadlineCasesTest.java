package org.bihuan.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.bihuan.platform.feed.follow.ReceivedEvent;
import org.bihuan.report.mapping.FigureCounts;
import org.bihuan.report.mapping.Light;
import org.bihuan.report.service.FigureRules;
import org.bihuan.report.service.ReportFilter;
import org.bihuan.report.service.ReportQueries;
import org.bihuan.report.service.TicketProjection;
import org.bihuan.testing.DeadlineCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared table of deadline rule cases (platform-testing's deadline-cases.json), which
 * rectification-service runs through its ticket view: each case's ticket, as the view publishes it
 * in a feed event, is projected, and both the Java rules and the SQL figures give the case's
 * answers for its day. Each case runs in a transaction that is rolled back.
 */
@QuarkusTest
class SharedDeadlineCasesTest {

  @Inject ReportQueries queries;
  @Inject AgroalDataSource dataSource;
  @Inject TicketProjection projection;
  @Inject ObjectMapper mapper;

  static List<DeadlineCases.Case> cases() {
    return DeadlineCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theFiguresCompareThePublishedDatesAsTheCaseSays(DeadlineCases.Case k) throws Exception {
    String source = "s-deadline-case";
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        projection.apply(
            c,
            new ReceivedEvent(
                1,
                "e-deadline-case",
                "ticket.updated",
                Instant.parse("2024-01-01T00:00:00Z"),
                "ticket",
                "t-deadline-case",
                view(mapper, k, source)));
        FigureRules.TicketFacts facts;
        try (PreparedStatement ps =
                c.prepareStatement("select * from report_ticket where id = 't-deadline-case'");
            ResultSet rs = ps.executeQuery()) {
          assertTrue(rs.next());
          facts = FigureRules.facts(rs);
        }
        FigureRules rules = new FigureRules(DeadlineCases.zone(), k.today());
        FigureCounts sql =
            queries.summary(c, new ReportFilter(source, null, null, null), k.today());
        DeadlineCases.Expected e = k.expected();
        Light light = rules.light(facts);
        assertAll(
            k.name(),
            () -> assertEquals(k.published().submittedOn(), facts.submittedOn(), "submittedOn"),
            () -> assertEquals(k.published().reportDue(), facts.reportDue(), "reportDue"),
            () -> assertEquals(k.published().stagnantFrom(), facts.stagnantFrom(), "stagnantFrom"),
            () -> assertEquals(e.overdue(), rules.overdue(facts), "overdue"),
            () -> assertEquals(e.dueSoon(), rules.dueSoon(facts), "dueSoon"),
            () -> assertEquals(e.stale(), rules.stale(facts), "stale"),
            () -> assertEquals(e.stagnant(), rules.stagnant(facts), "stagnant"),
            () -> assertEquals(e.light(), light == null ? null : light.name(), "light"),
            () -> assertEquals(e.overdue() ? 1 : 0, sql.overdue(), "SQL overdue"),
            () -> assertEquals(e.dueSoon() ? 1 : 0, sql.dueSoon(), "SQL dueSoon"),
            () -> assertEquals(e.stagnant() ? 1 : 0, sql.stagnant(), "SQL stagnant"),
            () -> assertEquals("RED".equals(e.light()) ? 1 : 0, sql.red(), "SQL red"),
            () -> assertEquals("YELLOW".equals(e.light()) ? 1 : 0, sql.yellow(), "SQL yellow"),
            () -> assertEquals("GREEN".equals(e.light()) ? 1 : 0, sql.green(), "SQL green"));
        if (e.daysSinceLastProgress() != null) {
          assertEquals(e.daysSinceLastProgress(), rules.daysSinceLastProgress(facts), k.name());
          assertEquals(
              e.daysSinceLastProgress(), sql.longTermMaxDaysSinceProgress(), "SQL " + k.name());
        }
      } finally {
        c.rollback();
      }
    }
  }

  /**
   * The ticket view rectification-service publishes for the case (its flags left out), as ticket
   * {@code t-deadline-case} of {@code source}.
   */
  static ObjectNode view(ObjectMapper mapper, DeadlineCases.Case k, String source) {
    DeadlineCases.Ticket t = k.ticket();
    ObjectNode v = mapper.createObjectNode();
    v.put("id", "t-deadline-case");
    v.put("number", "T-2024-9001");
    v.putArray("problemIds").add("p-deadline-case");
    v.putArray("sourceIds").add(source);
    v.put("measure", "建立定期汇报制度");
    v.putArray("responsibleUnits").addObject().put("name", "办公室");
    v.put("timing", t.timing());
    v.put("status", t.status());
    put(v, "deadline", t.deadline());
    put(v, "effectiveDeadline", t.effectiveDeadline());
    put(v, "reportEvery", t.reportEvery());
    put(v, "createdAt", t.createdAt());
    put(v, "updatedAt", t.createdAt());
    put(v, "submittedAt", t.submittedAt());
    put(v, "verifiedAt", t.verifiedAt());
    put(v, "cancelledAt", t.cancelledAt());
    put(v, "lastProgressAt", t.lastProgressAt());
    put(v, "lastProgressOn", t.lastProgressOn());
    put(v, "submittedOn", k.published().submittedOn());
    put(v, "reportDue", k.published().reportDue());
    put(v, "stagnantFrom", k.published().stagnantFrom());
    return v;
  }

  private static void put(ObjectNode v, String field, Object value) {
    if (value == null) {
      v.putNull(field);
    } else {
      v.put(field, value.toString());
    }
  }
}
