package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * After the directory changes a person's login, a token still carrying the old login is neither
 * that person nor someone unknown: where separation of duties asks who the caller is, it is refused
 * (docs/decisions/0223).
 */
@QuarkusTest
class FormerLoginTest {

  @Test
  void aTokenWithTheLoginThePersonNoLongerHasCannotVerifyHisTicket() {
    String unitId = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unitId, "督查室");
    String pf1 = DirectoryFixtures.id("PF");
    String oldLogin = "lf-" + pf1;
    DirectoryFixtures.person(pf1, "周一", unitId, oldLogin);
    String unit = TicketFixtures.unit("督查室");
    String body =
        ticketJson(
                ProblemServiceStub.problem(UUID.randomUUID()),
                unit,
                "李四",
                "DEADLINE",
                today().plusDays(30),
                null,
                null)
            .replace(
                "\"responsiblePerson\": \"李四\"",
                "\"responsiblePersonExternalId\": \"" + pf1 + "\"");
    String id = create(body).getString("id");
    String reporter = Tokens.reporter("王五", unit);
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "已完成").then().statusCode(201);
    act(reporter, id, "submit", "申请销号").then().statusCode(200);

    DirectoryFixtures.putPerson(
            Tokens.admin(),
            pf1,
            "{\"name\": \"周一\", \"unitExternalId\": \"%s\", \"login\": \"lf2-%s\"}"
                .formatted(unitId, pf1))
        .then()
        .statusCode(200);
    // His token of yesterday, under another display name.
    act(Tokens.token(oldLogin, "吴二", null, "verifier"), id, "verify", "验收通过")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString(oldLogin));
    // Under his new login he is known, and a party.
    act(Tokens.token("lf2-" + pf1, "吴二", null, "verifier"), id, "verify", "验收通过")
        .then()
        .statusCode(403);
    act(Tokens.verifier("钱七"), id, "verify", "验收通过").then().statusCode(200);
  }
}
