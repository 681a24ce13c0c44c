package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asReporter;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.problemJson;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.bihuan.testing.AnotherReplica;
import org.bihuan.testing.StatementCounts;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * A problem's GET is answered from memory while the problem is unchanged (docs/decisions/0174): no
 * statement for a 200 or a 304, a write through the API is seen by the next GET, and a commit of
 * another instance sharing the database within the follower's tick.
 */
@QuarkusTest
class ProblemAnswerCacheTest {

  @Inject EntityManagerFactory emf;

  private final StatementCounts counts =
      new StatementCounts(
          () -> emf.unwrap(SessionFactory.class).getStatistics().getPrepareStatementCount());
  @Inject AgroalDataSource dataSource;

  private static Response get(String id) {
    return asViewer().get("/api/v1/problems/" + id);
  }

  private void awaitHit(String id) throws InterruptedException {
    counts.awaitFromMemory(() -> get(id), 200);
  }

  @Test
  void aHitCostsNothingAndAWriteThroughTheApiIsSeenAtOnce() throws Exception {
    String source = source("缓存问题");
    String id = problem(source, List.of("理论学习方面"), "学习不系统");
    awaitHit(id);
    // the count is the whole service's (its scheduled jobs too): the fewest of five conditional
    // reads is 0 when a hit costs nothing, and never 0 when every hit reads the database
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < 5 && fewest > 0; i++) {
      fewest =
          Math.min(
              fewest,
              counts.of(
                  () -> {
                    Response r =
                        asViewer().header("If-None-Match", "\"0\"").get("/api/v1/problems/" + id);
                    r.then().body(emptyString());
                    return r;
                  },
                  304));
    }
    assertEquals(0, fewest);
    get(id).then().contentType("application/json").body("title", equalTo("学习不系统"));

    asReporter()
        .header("If-Match", "\"0\"")
        .body(problemJson(source, List.of("理论学习方面"), "学习不够系统", null))
        .put("/api/v1/problems/" + id)
        .then()
        .statusCode(200);
    Response after = asViewer().header("If-None-Match", "\"0\"").get("/api/v1/problems/" + id);
    after.then().statusCode(200).body("title", equalTo("学习不够系统")).body("version", equalTo(1));
    assertEquals("\"1\"", after.header("ETag"));
  }

  @Test
  void aCommitOfAnotherInstanceIsSeenWithinTheFollowersTick() throws Exception {
    String id = problem(source("缓存副本"), List.of("作风建设方面"), "调研不深入");
    awaitHit(id);
    long committed = AnotherReplica.commitUpdate(dataSource, "problem", "title", "另一实例改写", id);
    Response seen =
        AnotherReplica.readUntilSeen(
            committed, () -> get(id), r -> r.jsonPath().getLong("version") == 0);
    seen.then().body("title", equalTo("另一实例改写")).body("version", equalTo(1));
  }

  /**
   * A withdrawal's mark is written by another instance without an event: a caller that must see it
   * (rectification-service's question after creating a ticket) asks with Cache-Control: no-cache.
   */
  @Test
  void noCacheReadsWhatNoEventAnnounced() throws Exception {
    String id = problem(source("缓存标记"), List.of("作风建设方面"), "标记不经事件");
    awaitHit(id);
    try (Connection c = dataSource.getConnection();
        PreparedStatement mark =
            c.prepareStatement("update problem set withdrawal_started_at = now() where id = ?")) {
      mark.setObject(1, UUID.fromString(id));
      assertEquals(1, mark.executeUpdate());
    }
    asViewer()
        .header("Cache-Control", "no-cache")
        .get("/api/v1/problems/" + id)
        .then()
        .statusCode(200)
        .body("withdrawalStartedAt", org.hamcrest.Matchers.notNullValue());
  }
}
