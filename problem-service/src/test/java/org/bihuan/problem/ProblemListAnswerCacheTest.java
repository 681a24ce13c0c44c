package org.bihuan.problem;

import static io.restassured.RestAssured.given;
import static org.bihuan.problem.support.Api.asReporter;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.problem;
import static org.bihuan.problem.support.Api.problemJson;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Supplier;
import org.bihuan.testing.AnotherReplica;
import org.bihuan.testing.StatementCounts;
import org.bihuan.testing.Tokens;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/**
 * Pages of the problem list are answered from memory while no problem changed
 * (docs/decisions/0179): no statement for a 200 or a 304, a write of any problem makes the next
 * read fresh, another instance's commit is seen within the follower's tick, and every caller is
 * shown the one page.
 */
@QuarkusTest
class ProblemListAnswerCacheTest {

  @Inject EntityManagerFactory emf;

  private final StatementCounts counts =
      new StatementCounts(
          () -> emf.unwrap(SessionFactory.class).getStatistics().getPrepareStatementCount());
  @Inject AgroalDataSource dataSource;

  private static Response page(String token, String source, String ifNoneMatch) {
    var r = given().auth().oauth2(token).queryParam("sourceId", source).queryParam("limit", 50);
    if (ifNoneMatch != null) {
      r = r.header("If-None-Match", ifNoneMatch);
    }
    return r.get("/api/v1/problems");
  }

  private static Response page(String source) {
    return page(Tokens.viewer(), source, null);
  }

  /** Reads until a page comes from memory; fails when none does within 5 s. */
  private void awaitHit(Supplier<Response> read) throws InterruptedException {
    counts.awaitFromMemory(read, 200);
  }

  @Test
  void aPageReadAgainCostsNoStatementAndAWriteOfAnyProblemMakesItFresh() throws Exception {
    String source = source("列表缓存问题");
    String id = problem(source, List.of("理论学习方面"), "学习不系统");
    problem(source, List.of("理论学习方面"), "学用结合不紧密");
    String other = source("列表缓存别处");
    String elsewhere = problem(other, List.of("作风建设方面"), "调研不深入");
    Response fromDatabase =
        asViewer()
            .header("Cache-Control", "no-cache")
            .queryParam("sourceId", source)
            .queryParam("limit", 50)
            .get("/api/v1/problems");
    awaitHit(() -> page(source));
    Response fromMemory = page(source);
    counts.awaitFromMemory(() -> page(source), 200); // a page read again
    assertArrayEquals(fromDatabase.asByteArray(), fromMemory.asByteArray());
    assertEquals(fromDatabase.header("ETag"), fromMemory.header("ETag"));
    assertEquals(fromDatabase.header("Content-Type"), fromMemory.header("Content-Type"));
    fromMemory.then().body("items.size()", equalTo(2));
    String tag = fromMemory.header("ETag");
    counts.awaitFromMemory(() -> page(Tokens.viewer(), source, tag), 304); // a 304
    page(Tokens.viewer(), source, tag).then().statusCode(304).body(emptyString());

    // A problem on another page changes: this page is read again, with the same answer.
    asReporter()
        .header("If-Match", "\"0\"")
        .body(problemJson(other, List.of("作风建设方面"), "调研不够深入", null))
        .put("/api/v1/problems/" + elsewhere)
        .then()
        .statusCode(200);
    assertTrue(counts.of(() -> page(source), 200) >= 1, "the first read after a write");
    page(Tokens.viewer(), source, tag).then().statusCode(304);

    awaitHit(() -> page(source));
    asReporter()
        .header("If-Match", "\"0\"")
        .body(problemJson(source, List.of("理论学习方面"), "学习不够系统", null))
        .put("/api/v1/problems/" + id)
        .then()
        .statusCode(200);
    Response after = page(Tokens.viewer(), source, tag);
    after.then().statusCode(200).body("items[0].title", equalTo("学习不够系统"));
    assertNotEquals(tag, after.header("ETag"));
  }

  @Test
  void aCommitOfAnotherInstanceIsSeenWithinTheFollowersTick() throws Exception {
    String source = source("列表缓存副本");
    String id = problem(source, List.of("作风建设方面"), "会议过多");
    awaitHit(() -> page(source));
    long committed = AnotherReplica.commitUpdate(dataSource, "problem", "title", "另一实例改写", id);
    Response seen =
        AnotherReplica.readUntilSeen(
            committed, () -> page(source), r -> r.jsonPath().getInt("items[0].version") == 0);
    seen.then().body("items[0].title", equalTo("另一实例改写"));
  }

  /** A problem's view has nothing per caller: a page kept for one caller is every caller's. */
  @Test
  void callersOfDifferentRolesAndUnitsAreShownThePageEveryCallerIsShown() throws Exception {
    String source = source("列表缓存角色");
    problem(source, List.of("组织建设方面"), "组织生活不规范");
    String unitReporter = Tokens.reporter("王填报", "党委办公室");
    awaitHit(() -> page(unitReporter, source, null));
    byte[] reporters = page(unitReporter, source, null).asByteArray();
    for (String caller : List.of(Tokens.viewer(), Tokens.admin(), Tokens.verifier("李审核"))) {
      assertArrayEquals(reporters, page(caller, source, null).asByteArray());
      counts.awaitFromMemory(() -> page(caller, source, null), 200);
    }
    page(Tokens.token("nobody", "无角色", null), source, null).then().statusCode(403);
  }
}
