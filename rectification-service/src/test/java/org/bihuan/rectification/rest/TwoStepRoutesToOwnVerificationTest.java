package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.AuthorizationFixtures.PERSON;
import static org.bihuan.rectification.rest.AuthorizationFixtures.fixtureFor;
import static org.bihuan.rectification.rest.AuthorizationFixtures.json;
import static org.bihuan.rectification.rest.AuthorizationFixtures.step;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.rest.AuthorizationFixtures.Fixture;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** No two-step route leads a caller to verifying their own ticket. */
@QuarkusTest
class TwoStepRoutesToOwnVerificationTest {

  /** The two-step routes of separation of duties; each step is a cell with its expected status. */
  @Test
  void twoStepRoutesToVerifyingOnesOwnTicketAreClosed() {
    Map<String, Integer> steps = new LinkedHashMap<>();
    Map<String, Integer> got = new LinkedHashMap<>();
    String zhao = Tokens.verifier("赵验收");

    // 1. The responsible person, a verifier, hands a SUBMITTED ticket to someone else, then
    // verifies.
    Fixture a = fixtureFor("submitted", "赵验收");
    step(
        got,
        steps,
        "change responsible person while SUBMITTED",
        409,
        DutySteps.put(zhao, a.ticket(), json(a, "钱七")));
    step(got, steps, "then verify", 403, act(zhao, a.ticket(), "verify", "验收"));

    // 2. The same, earlier in the round (IN_PROGRESS), then submitted by the unit.
    Fixture b = fixtureFor("in_progress", "赵验收");
    step(
        got,
        steps,
        "change responsible person while IN_PROGRESS",
        200,
        DutySteps.put(zhao, b.ticket(), json(b, "钱七")));
    step(
        got,
        steps,
        "the unit submits",
        200,
        act(Tokens.reporter("王五", b.unit()), b.ticket(), "submit", null));
    step(
        got,
        steps,
        "then the former responsible person verifies",
        403,
        act(zhao, b.ticket(), "verify", "验收"));
    step(
        got,
        steps,
        "and under another spelling",
        403,
        act(Tokens.verifier("趙驗收"), b.ticket(), "verify", "验收"));

    // 3. The submitter, holding reporter and verifier roles, verifies.
    Fixture c = fixtureFor("in_progress", PERSON);
    String both = Tokens.token("sun-qi", "孙七", c.unit(), "reporter", "verifier");
    step(got, steps, "submit as reporter+verifier", 200, act(both, c.ticket(), "submit", null));
    step(got, steps, "verify what one submitted", 403, act(both, c.ticket(), "verify", "验收"));

    // 4. An extension requested by 趙驗收 and approved by 赵 验收 / 赵验收+U+200B.
    Fixture d = fixtureFor("assigned", PERSON);
    String requester = Tokens.token("zhao-a", "趙驗收", d.unit(), "reporter", "verifier");
    Response requested =
        given()
            .auth()
            .oauth2(requester)
            .contentType(ContentType.JSON)
            .body("{\"newDeadline\": \"" + today().plusDays(90) + "\", \"reason\": \"协调\"}")
            .post("/api/v1/tickets/" + d.ticket() + "/extensions");
    step(got, steps, "request an extension", 201, requested);
    String ext = requested.path("id");
    step(got, steps, "approve it as the requester", 403, decide(requester, ext));
    step(
        got,
        steps,
        "approve it as 赵 验收",
        403,
        decide(Tokens.token("zhao-b", "赵 验收", null, "verifier"), ext));
    step(
        got,
        steps,
        "approve it as 赵验收+U+200B",
        403,
        decide(Tokens.token("zhao-c", "赵验收\u200B", null, "verifier"), ext));
    step(got, steps, "approve it as another verifier", 200, decide(Tokens.verifier("李四"), ext));

    // 5. Whoever answers for a SUBMITTED ticket cancels it (to create it again, unverified).
    Fixture e = fixtureFor("submitted", "赵验收");
    step(
        got,
        steps,
        "cancel one's own SUBMITTED ticket",
        403,
        act(zhao, e.ticket(), "cancel", "重建"));
    step(
        got,
        steps,
        "and under another spelling",
        403,
        act(Tokens.verifier("趙 驗收"), e.ticket(), "cancel", "重建"));
    Fixture g = fixtureFor("in_progress", PERSON);
    String submitter = Tokens.token("sun-ba", "孙八", g.unit(), "reporter", "verifier");
    step(
        got,
        steps,
        "another reporter+verifier submits",
        200,
        act(submitter, g.ticket(), "submit", null));
    step(got, steps, "cancel what one submitted", 403, act(submitter, g.ticket(), "cancel", "重建"));
    step(
        got,
        steps,
        "a verifier who is no party cancels",
        200,
        act(zhao, g.ticket(), "cancel", "误建"));

    // 6. A reporter moves a live ticket away from its problem (which could then be closed).
    Fixture h = fixtureFor("in_progress", PERSON);
    String moved =
        json(h, PERSON)
            .replace(
                h.problem().toString(), ProblemServiceStub.problem(UUID.randomUUID()).toString());
    step(
        got,
        steps,
        "move an IN_PROGRESS ticket to another problem as its unit's reporter",
        403,
        DutySteps.put(Tokens.reporter("王五", h.unit()), h.ticket(), moved));
    step(
        got,
        steps,
        "and as a verifier",
        403,
        DutySteps.put(Tokens.verifier("李四"), h.ticket(), moved));

    System.out.printf("two-step routes: %d steps%n", steps.size());
    assertEquals(steps, got);
  }

  private static Response decide(String token, String ext) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body("{\"comment\": \"同意\"}")
        .post("/api/v1/extensions/" + ext + "/approve");
  }
}
