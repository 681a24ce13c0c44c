package org.bihuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bihuan.report.service.Breakdown;
import org.bihuan.report.service.ReportFilter;
import org.bihuan.report.service.ReportQueries;
import org.junit.jupiter.api.Test;

/**
 * A problem belongs to a unit's or a leader's group only through a counted (not cancelled) ticket
 * in that group, and a unit filter keeps that unit's group only. The dataset is written into the
 * projection tables in a transaction that is rolled back, so the other tests never see it.
 *
 * <pre>
 * tm-1  甲单位          甲领导  IN_PROGRESS  → pm-1
 * tm-2  甲单位+乙单位    乙领导  CANCELLED    → pm-2   (pm-2 is reached only through it)
 * tm-3  乙单位          乙领导  ASSIGNED     → pm-1
 * </pre>
 */
@QuarkusTest
class GroupMembershipTest {

  static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  static final String SOURCE = "s-membership";

  @Inject ReportQueries queries;
  @Inject AgroalDataSource dataSource;

  @Test
  void problemsReachedOnlyThroughCancelledTicketsAreInNoGroup() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        insert(c);
        ReportFilter source = new ReportFilter(SOURCE, null, null, null);
        Map<String, Long> byUnit = problemsPerGroup(c, Breakdown.UNIT, source);
        assertEquals(Map.of("甲单位", 1L, "乙单位", 1L), byUnit, "problems per unit");
        Map<String, Long> byLeader = problemsPerGroup(c, Breakdown.LEADER, source);
        assertEquals(Map.of("甲领导", 1L, "乙领导", 1L), byLeader, "problems per leader");

        ReportFilter unitA = new ReportFilter(SOURCE, "甲单位", null, null);
        assertEquals(1, queries.summary(c, unitA, TODAY).problemsTotal(), "summary?unit=甲单位");
        assertEquals(1, queries.summary(c, unitA, TODAY).counted(), "tm-1 counted only");
        List<ReportQueries.GroupCounts> filtered =
            queries.breakdown(c, Breakdown.UNIT, unitA, TODAY);
        assertEquals(
            List.of("甲单位"), filtered.stream().map(ReportQueries.GroupCounts::key).toList());
        assertEquals(1, filtered.get(0).counts().problemsTotal());
        assertEquals(1, filtered.get(0).counts().cancelled(), "its cancelled ticket is listed");
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }

  @Test
  void aSourceWithoutProblemsHasAGroupOfZeros() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        exec(c, "insert into report_source (id, title, kind) values ('s-empty', '空的来源', 'OTHER')");
        List<ReportQueries.GroupCounts> groups =
            queries.breakdown(c, Breakdown.SOURCE, ReportFilter.NONE, TODAY);
        ReportQueries.GroupCounts empty =
            groups.stream().filter(g -> g.key().equals("s-empty")).findFirst().orElseThrow();
        assertEquals("空的来源", empty.label());
        assertEquals(0, empty.counts().problemsTotal());
        assertEquals(0, empty.counts().counted());
        List<String> keys = groups.stream().map(ReportQueries.GroupCounts::key).toList();
        assertEquals(keys.stream().sorted().toList(), keys, "ordered by key");
        assertEquals(
            List.of("s-empty"),
            queries
                .breakdown(
                    c, Breakdown.SOURCE, new ReportFilter("s-empty", null, null, null), TODAY)
                .stream()
                .map(ReportQueries.GroupCounts::key)
                .toList());
      } finally {
        c.rollback();
        c.setAutoCommit(true);
      }
    }
  }

  private Map<String, Long> problemsPerGroup(Connection c, Breakdown by, ReportFilter f)
      throws Exception {
    return queries.breakdown(c, by, f, TODAY).stream()
        .collect(Collectors.toMap(ReportQueries.GroupCounts::key, g -> g.counts().problemsTotal()));
  }

  private static void insert(Connection c) throws Exception {
    for (String p : List.of("pm-1", "pm-2")) {
      exec(
          c,
          "insert into report_problem (id, number, source_id, category_path, category, title,"
              + " status, created_at) values (?, ?, ?, '{作风建设方面}', '作风建设方面', '问题',"
              + " 'RECTIFYING', now())",
          p,
          p,
          SOURCE);
    }
    ticket(c, "tm-1", "甲领导", "IN_PROGRESS", "pm-1", "甲单位");
    ticket(c, "tm-2", "乙领导", "CANCELLED", "pm-2", "甲单位", "乙单位");
    ticket(c, "tm-3", "乙领导", "ASSIGNED", "pm-1", "乙单位");
  }

  private static void ticket(
      Connection c, String id, String leader, String status, String problem, String... units)
      throws Exception {
    exec(
        c,
        "insert into report_ticket (id, number, source_ids, measure, leader_in_charge, leader_key,"
            + " timing, deadline, status, created_at) values (?, ?, array[?], '措施', ?, ?,"
            + " 'DEADLINE', date '2024-07-01', ?, timestamptz '2024-06-01T00:00:00Z')",
        id,
        id,
        SOURCE,
        leader,
        org.bihuan.platform.text.PersonNames.groupKey(leader),
        status);
    for (String u : units) {
      exec(
          c,
          "insert into report_ticket_unit (ticket_id, name, unit_key) values (?, ?, ?)",
          id,
          u,
          org.bihuan.report.service.UnitKeys.of(u));
    }
    exec(c, "insert into report_ticket_problem (ticket_id, problem_id) values (?, ?)", id, problem);
  }

  private static void exec(Connection c, String sql, Object... args) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }
}
