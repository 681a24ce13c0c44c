package org.bihuan.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The figures of DOMAIN.md on the fixed dataset, fed through the real followers from the WireMock
 * feeds, at a fixed date. Every expected number below is worked out by hand from the table in
 * {@link FixedDataset}.
 */
@QuarkusTest
@Order(1) // before FeedFollowerTest, which extends the feeds
class ReportFiguresTest {

  @BeforeEach
  void fixedDate() {
    FixedClock.install(FixedDataset.TODAY);
    Projection.awaitFixedDataset();
  }

  private static ValidatableResponse get(String path) {
    return given().auth().oauth2(Tokens.viewer()).get(path).then();
  }

  @Test
  void summaryGivesTheHandComputedFigures() {
    get("/api/v1/reports/summary")
        .statusCode(200)
        .body("asOf", equalTo(FixedDataset.lastOccurredAt().toString()))
        .body("positions.problem", equalTo(14))
        .body("positions.rectification", equalTo(17))
        .body("problems.total", equalTo(6))
        .body("problems.closed", equalTo(2))
        .body("problems.withdrawn", equalTo(1))
        .body("problems.closureRate", equalTo(0.4f))
        .body("tickets.total", equalTo(11))
        .body("tickets.timeBound", equalTo(9))
        .body("tickets.longTerm", equalTo(2))
        .body("tickets.verified", equalTo(4))
        .body("tickets.completionRate", equalTo(0.3333f))
        .body("tickets.onTimeRate", equalTo(0.3333f))
        .body("tickets.extendedAndMet", equalTo(1))
        .body("tickets.overdue", equalTo(2))
        .body("tickets.dueSoon", equalTo(2))
        // t-05: weekly, no report since 05-01 (stagnant from 05-16 as published)
        .body("tickets.stagnant", equalTo(1))
        .body("tickets.byStatus.ASSIGNED", equalTo(2))
        .body("tickets.byStatus.IN_PROGRESS", equalTo(3))
        .body("tickets.byStatus.SUBMITTED", equalTo(2))
        .body("tickets.byStatus.VERIFIED", equalTo(4))
        .body("tickets.byStatus.CANCELLED", equalTo(1))
        .body("tickets.lights.RED", equalTo(2))
        .body("tickets.lights.YELLOW", equalTo(3))
        .body("tickets.lights.GREEN", equalTo(2))
        .body("tickets.meanDaysToVerify", equalTo(36.0f))
        .body("tickets.longTermDetail.total", equalTo(2))
        .body("tickets.longTermDetail.verified", equalTo(1))
        .body("tickets.longTermDetail.maxDaysSinceLastProgress", equalTo(14));
  }

  @Test
  void aTicketWithTwoUnitsCountsUnderEachUnitButOnceInTheTotal() {
    get("/api/v1/reports/breakdown?by=unit")
        .statusCode(200)
        .body("by", equalTo("unit"))
        .body("asOf", equalTo(FixedDataset.lastOccurredAt().toString()))
        .body("groups.key", containsInAnyOrder("党委办公室", "宣传部", "组织部", "纪委办公室"))
        .body("groups.find { it.key == '党委办公室' }.tickets.total", equalTo(2))
        .body("groups.find { it.key == '党委办公室' }.tickets.overdue", equalTo(1))
        .body("groups.find { it.key == '党委办公室' }.tickets.dueSoon", equalTo(1))
        .body("groups.find { it.key == '党委办公室' }.tickets.byStatus.CANCELLED", equalTo(1))
        .body("groups.find { it.key == '党委办公室' }.problems.total", equalTo(1))
        .body("groups.find { it.key == '党委办公室' }.problems.closureRate", equalTo(0.0f))
        .body("groups.find { it.key == '组织部' }.tickets.total", equalTo(5))
        .body("groups.find { it.key == '组织部' }.tickets.timeBound", equalTo(4))
        .body("groups.find { it.key == '组织部' }.tickets.completionRate", equalTo(0.25f))
        .body("groups.find { it.key == '组织部' }.tickets.dueSoon", equalTo(2))
        .body("groups.find { it.key == '组织部' }.tickets.lights.YELLOW", equalTo(2))
        .body("groups.find { it.key == '组织部' }.tickets.lights.GREEN", equalTo(2))
        .body("groups.find { it.key == '组织部' }.problems.total", equalTo(2))
        .body("groups.find { it.key == '宣传部' }.tickets.total", equalTo(4))
        .body("groups.find { it.key == '宣传部' }.tickets.overdue", equalTo(1))
        .body("groups.find { it.key == '宣传部' }.tickets.lights.RED", equalTo(1))
        .body("groups.find { it.key == '宣传部' }.tickets.stagnant", equalTo(1))
        .body("groups.find { it.key == '组织部' }.tickets.stagnant", equalTo(0))
        .body("groups.find { it.key == '宣传部' }.problems.total", equalTo(3))
        .body("groups.find { it.key == '宣传部' }.problems.closureRate", equalTo(0.3333f))
        .body("groups.find { it.key == '纪委办公室' }.tickets.total", equalTo(1))
        .body("groups.find { it.key == '纪委办公室' }.problems.closureRate", equalTo(1.0f));
    get("/api/v1/reports/summary").body("tickets.total", equalTo(11));
  }

  @Test
  void breakdownsBySourceCategoryAndLeaderUseTheSameRules() {
    get("/api/v1/reports/breakdown?by=source")
        .statusCode(200)
        .body(
            "groups.key",
            contains(
                "5e1a0000-0000-4000-8000-000000000001", "5e1a0000-0000-4000-8000-000000000002"))
        .body("groups[0].tickets.total", equalTo(10))
        .body("groups[0].problems.total", equalTo(4))
        .body("groups[0].problems.closureRate", equalTo(0.3333f))
        .body("groups[1].tickets.total", equalTo(1))
        .body("groups[1].problems.closureRate", equalTo(0.5f));
    get("/api/v1/reports/breakdown?by=category")
        .statusCode(200)
        .body("groups.find { it.key == '理论学习方面' }.tickets.total", equalTo(3))
        .body("groups.find { it.key == '理论学习方面' }.problems.total", equalTo(2))
        .body("groups.find { it.key == '作风建设方面' }.tickets.total", equalTo(7))
        .body("groups.find { it.key == '组织生活方面' }.tickets.total", equalTo(0))
        .body("groups.find { it.key == '组织生活方面' }.problems.withdrawn", equalTo(1))
        .body("groups.find { it.key == '组织生活方面' }.problems.closureRate", nullValue());
    get("/api/v1/reports/breakdown?by=leader")
        .statusCode(200)
        .body("groups.key", containsInAnyOrder("李书记", "王副书记"))
        .body("groups.find { it.key == '王副书记' }.tickets.total", equalTo(4));
  }

  @Test
  void filtersRestrictTicketsAndProblems() {
    get("/api/v1/reports/summary?unit=组织部")
        .statusCode(200)
        .body("tickets.total", equalTo(5))
        .body("problems.total", equalTo(2));
    get("/api/v1/reports/summary?sourceId=5e1a0000-0000-4000-8000-000000000002")
        .body("tickets.total", equalTo(1))
        .body("tickets.verified", equalTo(1))
        .body("problems.total", equalTo(2));
    get("/api/v1/reports/summary?from=2024-06-01&to=2024-06-30")
        .body("tickets.total", equalTo(1))
        .body("tickets.dueSoon", equalTo(1))
        .body("problems.total", equalTo(0))
        .body("problems.closureRate", nullValue())
        .body("tickets.onTimeRate", nullValue())
        .body("tickets.meanDaysToVerify", nullValue());
  }

  @Test
  void figuresMoveWithTheClockNotWithTheUpstreamFlags() {
    FixedClock.install(FixedDataset.TODAY.plusDays(5));
    get("/api/v1/reports/summary")
        .body("tickets.overdue", equalTo(4))
        .body("tickets.dueSoon", equalTo(0))
        .body("tickets.lights.RED", equalTo(4));
  }

  @Test
  void overdueListIsPaginatedWithDaysOverdueAndLight() {
    String next =
        get("/api/v1/reports/overdue?limit=1")
            .statusCode(200)
            .body("asOf", notNullValue())
            .body("items", hasSize(1))
            .body("items[0].id", equalTo("t-01"))
            .body("items[0].daysOverdue", equalTo(5))
            .body("items[0].light", equalTo("RED"))
            .body("items[0].responsibleUnits", contains("党委办公室"))
            .extract()
            .path("nextCursor");
    get("/api/v1/reports/overdue?limit=1&cursor=" + next)
        .body("items[0].id", equalTo("t-10"))
        .body("items[0].daysOverdue", equalTo(3))
        .body("nextCursor", nullValue());
  }

  @Test
  void sourceReportListsEveryProblemWithItsTickets() {
    get("/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001")
        .statusCode(200)
        .body("title", equalTo("2024年度专题民主生活会"))
        .body("problems.id", contains("p-1", "p-2", "p-3", "p-4"))
        .body("problems[0].tickets.id", contains("t-01", "t-02", "t-08", "t-10"))
        .body("problems[0].tickets[1].responsibleUnits", contains("党委办公室", "组织部"))
        .body("problems[0].tickets[0].light", equalTo("RED"))
        .body("problems[0].tickets[0].evidenceCount", equalTo(2))
        .body("problems[3].status", equalTo("WITHDRAWN"))
        .body("problemFigures.total", equalTo(4))
        .body("ticketFigures.total", equalTo(10));
    get("/api/v1/reports/sources/nope").statusCode(404).contentType("application/problem+json");
  }

  @Test
  void trendCountsOpenedVerifiedAndOverduePerWeek() {
    get("/api/v1/reports/trend?interval=week&from=2024-05-27&to=2024-06-15")
        .statusCode(200)
        .body("interval", equalTo("week"))
        .body("points.start", contains("2024-05-27", "2024-06-03", "2024-06-10"))
        .body("points.end", contains("2024-06-02", "2024-06-09", "2024-06-15"))
        .body("points.opened", contains(0, 0, 1))
        .body("points.verified", contains(0, 3, 1))
        .body("points.overdue", contains(1, 0, 2));
    get("/api/v1/reports/trend?interval=month")
        .statusCode(200)
        .body("points", hasSize(12))
        .body("points[11].start", equalTo("2024-06-01"));
  }

  @Test
  void invalidFiltersAreRefusedWithTheFields() {
    get("/api/v1/reports/summary?from=2024-13-01&to=yesterday")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("from", "to"));
    get("/api/v1/reports/breakdown?by=weather")
        .statusCode(400)
        .body("errors.field", contains("by"));
    get("/api/v1/reports/breakdown").statusCode(400).body("errors.field", contains("by"));
    get("/api/v1/reports/summary?from=2024-06-10&to=2024-06-01")
        .statusCode(400)
        .body("errors.field", hasItem("to"));
    get("/api/v1/reports/trend?interval=year")
        .statusCode(400)
        .body("errors.field", contains("interval"));
    get("/api/v1/reports/overdue?limit=0").statusCode(400).body("errors.field", contains("limit"));
    get("/api/v1/reports/ledger?format=pdf")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("format"));
  }

  @Test
  void malformedTypedParametersAreRefusedNamingThemNotAnsweredWithZeros() {
    for (String path :
        List.of(
            "/api/v1/reports/summary?sourceId=abc",
            "/api/v1/reports/breakdown?by=unit&sourceId=abc",
            "/api/v1/reports/trend?sourceId=1",
            "/api/v1/reports/overdue?sourceId=" + "5e1a0000-0000-4000-8000-00000000000",
            "/api/v1/reports/ledger?sourceId=abc",
            "/api/v1/reports/ledger?format=csv&sourceId=abc")) {
      get(path)
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", contains("sourceId"));
    }
    for (String path :
        List.of(
            "/api/v1/reports/overdue?limit=abc",
            "/api/v1/reports/overdue?limit=1.0",
            "/api/v1/reports/ledger?limit=2147483648")) {
      get(path)
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", contains("limit"));
    }
    get("/api/v1/reports/summary?sourceId=5e1a0000-0000-4000-8000-000000000002")
        .statusCode(200)
        .body("problems.total", equalTo(2));
  }

  @Test
  void reportsNeedAViewerToken() {
    given().get("/api/v1/reports/summary").then().statusCode(401);
    given()
        .auth()
        .oauth2(Tokens.token("x", "无角色", null, "nobody"))
        .get("/api/v1/reports/summary")
        .then()
        .statusCode(403);
    given().auth().oauth2(Tokens.admin()).get("/api/v1/reports/summary").then().statusCode(200);
  }
}
