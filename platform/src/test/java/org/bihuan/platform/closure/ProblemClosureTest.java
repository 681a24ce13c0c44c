package org.bihuan.platform.closure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.testing.RealPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The closure rule's Java and its SQL agree on every combination of up to four ticket statuses:
 * each combination is one query on the real PostgreSQL over the statuses as rows, asking whether
 * the problem is closable and how many of its tickets count and stand in the way.
 */
class ProblemClosureTest {

  static final List<String> STATUSES =
      List.of("ASSIGNED", "IN_PROGRESS", "SUBMITTED", "VERIFIED", "CANCELLED");

  static Connection db;

  @BeforeAll
  static void connect() throws Exception {
    db = DriverManager.getConnection(RealPostgres.adminUrl());
  }

  @AfterAll
  static void disconnect() throws Exception {
    db.close();
  }

  /** Every multiset of at most four statuses, the empty one included (126). */
  static List<List<String>> combinations() {
    List<List<String>> all = new ArrayList<>();
    grow(new ArrayList<>(), 0, all);
    assertEquals(126, all.size());
    return all;
  }

  private static void grow(List<String> prefix, int from, List<List<String>> all) {
    all.add(List.copyOf(prefix));
    if (prefix.size() == 4) {
      return;
    }
    for (int i = from; i < STATUSES.size(); i++) {
      prefix.add(STATUSES.get(i));
      grow(prefix, i, all);
      prefix.remove(prefix.size() - 1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("combinations")
  void theSqlSaysWhatTheJavaSays(List<String> statuses) throws Exception {
    try (PreparedStatement q =
        db.prepareStatement(
            "select "
                + ProblemClosure.closableSql("v.s")
                + ", count(*) filter (where "
                + ProblemClosure.countsSql("v.s")
                + "), count(*) filter (where "
                + ProblemClosure.inTheWaySql("v.s")
                + ") from unnest(cast(? as text[])) as v(s)")) {
      q.setArray(1, db.createArrayOf("text", statuses.toArray()));
      try (ResultSet r = q.executeQuery()) {
        r.next();
        assertEquals(
            List.of(
                ProblemClosure.closable(statuses),
                statuses.stream().filter(ProblemClosure::counts).count(),
                statuses.stream().filter(ProblemClosure::inTheWay).count()),
            List.of(r.getBoolean(1), r.getLong(2), r.getLong(3)),
            "closable, counted, in the way");
      }
    }
  }
}
