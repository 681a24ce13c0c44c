package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A ticket's reporting interval, once set, is cleared only by a verifier or an admin
 * (docs/decisions/0216): without it the ticket is never stale or stagnant and asks for no report,
 * so a reporter dropping it would silence the flags on his own unit's work.
 */
@QuarkusTest
class ReportEveryEditTest {

  @Test
  void aReporterCannotClearTheReportingIntervalOfHisUnitsTicket() {
    String unit = unit("宣传部");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    LocalDate deadline = today().plusDays(30);
    String id =
        create(ticketJson(problem, unit, "张三", "DEADLINE", deadline, "WEEK", null)).getString("id");
    String reporter = Tokens.reporter("王五", unit);
    DutySteps.put(reporter, id, ticketJson(problem, unit, "张三", "DEADLINE", deadline, null, null))
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("fields", equalTo(List.of("reportEvery")));
    assertEquals("WEEK", DutySteps.ticket(id).getString("reportEvery"));
    // Another interval is his to choose.
    DutySteps.put(
            reporter, id, ticketJson(problem, unit, "张三", "DEADLINE", deadline, "MONTH", null))
        .then()
        .statusCode(200)
        .body("reportEvery", equalTo("MONTH"));
    DutySteps.put(
            Tokens.verifier("李四"),
            id,
            ticketJson(problem, unit, "张三", "DEADLINE", deadline, null, null))
        .then()
        .statusCode(200)
        .body("reportEvery", nullValue());
  }
}
