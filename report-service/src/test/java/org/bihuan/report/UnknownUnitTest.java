package org.bihuan.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A unit none of the listed tickets names (组织 for 组织部) is refused by the reports that list tickets
 * — the closed-loop report of a source and the ledger — with 400 naming it and the units there are,
 * the closest first, in Chinese; the figures answer zero for it (0334).
 */
@QuarkusTest
@Order(2)
class UnknownUnitTest {

  static final String SOURCE = "/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001";

  @BeforeEach
  void projected() {
    FixedClock.install(FixedDataset.TODAY);
    Projection.awaitFixedDataset();
  }

  @Test
  void aSourceReportForAUnitTheSourceDoesNotHaveIsRefusedNamingItsUnits() {
    for (String format : new String[] {"json", "docx", "html"}) {
      given()
          .auth()
          .oauth2(Tokens.viewer())
          .queryParam("unit", "组织")
          .queryParam("format", format)
          .get(SOURCE)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("unit"))
          .body("detail", containsString("「组织」"))
          .body("detail", containsString("组织部"))
          .body("unit", equalTo("组织"))
          .body("units[0]", equalTo("组织部"));
    }
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("unit", "組織部") // the unit however spelled
        .get(SOURCE)
        .then()
        .statusCode(200);
  }

  @Test
  void theLedgerForAUnitNoTicketNamesIsRefusedNamingTheUnits() {
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("unit", "纪委")
        .get("/api/v1/reports/ledger")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("unit"))
        .body("units[0]", equalTo("纪委办公室"))
        .body("units", hasItem("组织部"));
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("unit", "纪委办公室")
        .queryParam("format", "csv")
        .get("/api/v1/reports/ledger")
        .then()
        .statusCode(200);
  }

  @Test
  void theFiguresOfAUnitWithoutTicketsAreZero() {
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("unit", "组织")
        .get("/api/v1/reports/summary")
        .then()
        .statusCode(200)
        .body("tickets.total", equalTo(0));
  }
}
