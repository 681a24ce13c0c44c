package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.PartyFixtures.assigned;
import static org.bihuan.rectification.rest.PartyFixtures.directoryUnit;
import static org.bihuan.rectification.rest.PartyFixtures.putPerson;
import static org.bihuan.rectification.rest.PartyFixtures.submit;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
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
    String unitId = directoryUnit("督查室");
    String pf1 = DirectoryFixtures.id("PF");
    String oldLogin = "lf-" + pf1;
    DirectoryFixtures.person(pf1, "周一", unitId, oldLogin);
    String unit = TicketFixtures.unit("督查室");
    String id =
        assigned(
            unit,
            "\"responsiblePersonExternalId\": \"%s\", \"leaderInCharge\": \"李书记\"".formatted(pf1));
    submit(Tokens.reporter("王五", unit), id);

    putPerson(pf1, "周一", unitId, "lf2-" + pf1);
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
