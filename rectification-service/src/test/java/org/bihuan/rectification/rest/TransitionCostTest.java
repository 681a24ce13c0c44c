package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.uniqueName;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Locale;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * What a submit and a reject ask of the database (docs/decisions/0267): the caller is looked up in
 * the directory with one read of its people and one of its former logins, and a ticket's parties
 * (its whole history and their directory entries) are read once per transition, by the step that
 * needs them — the separation-of-duties guard of a reject, the verify to-do of a submit.
 */
@QuarkusTest
class TransitionCostTest {

  @Inject EntityManagerFactory emf;

  private long executions(Statistics stats, String part) {
    long n = 0;
    for (String q : stats.getQueries()) {
      if (q.toLowerCase(Locale.ROOT).contains(part)) {
        n += stats.getQueryStatistics(q).getExecutionCount();
      }
    }
    return n;
  }

  /** A ticket of {@code unit}, started and reported on by {@code reporter}: ready to submit. */
  static String inProgressWithAReport(String unit, String reporter) {
    // 郦小川: a name no directory entry of any test has (0333 links names)
    return inProgressWithAReport(unit, reporter, "郦小川", "李书记");
  }

  /** The same, with {@code person} responsible and {@code leader} in charge. */
  static String inProgressWithAReport(String unit, String reporter, String person, String leader) {
    String id =
        create(
                ticketJson(
                    ProblemServiceStub.problem(UUID.randomUUID()),
                    unit,
                    person,
                    leader,
                    "DEADLINE",
                    today().plusDays(20),
                    null,
                    null))
            .getString("id");
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "已召开专题学习会").then().statusCode(201);
    return id;
  }

  @Test
  void aSubmitAndARejectReadTheDirectoryAndTheHistoryOnceEach() {
    String unit = unit("党委办公室");
    // named anew each run, as TransitionStatementsTest: the count holds in any order of tests
    String reporter = Tokens.reporter(uniqueName("王"), unit);
    String verifier = Tokens.verifier(uniqueName("李"));
    String id = inProgressWithAReport(unit, reporter, uniqueName("郦"), uniqueName("书记"));
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    long fewestDirectory = Long.MAX_VALUE;
    long fewestHistory = Long.MAX_VALUE;
    // The fewest of three rounds: background work of the service only ever adds to a count.
    for (int round = 0; round < 3; round++) {
      long directory = executions(stats, "directory");
      long history = executions(stats, "changes is not null");
      act(reporter, id, "submit", "已完成整改").then().statusCode(200);
      act(verifier, id, "reject", "佐证材料不足").then().statusCode(200);
      fewestDirectory = Math.min(fewestDirectory, executions(stats, "directory") - directory);
      fewestHistory = Math.min(fewestHistory, executions(stats, "changes is not null") - history);
    }
    // Per transition: the caller (people, former logins) and the parties' submitters (one).
    assertTrue(
        fewestDirectory <= 6, "directory reads for a submit and a reject: " + fewestDirectory);
    assertTrue(fewestHistory <= 2, "history reads for a submit and a reject: " + fewestHistory);
  }
}
