package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.AuthorizationFixtures.DEADLINE;
import static org.bihuan.rectification.rest.AuthorizationFixtures.PERSON;
import static org.bihuan.rectification.rest.AuthorizationFixtures.fixtureFor;
import static org.bihuan.rectification.rest.AuthorizationFixtures.json;
import static org.bihuan.rectification.rest.AuthorizationFixtures.step;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.rectification.rest.AuthorizationFixtures.Fixture;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Two-step routes are closed too for callers known by login, login claims or as the leader in
 * charge.
 */
@QuarkusTest
class TwoStepRoutesByLoginsTest {

  /**
   * The two-step routes through the directory and the token's login claims (0229): a login written
   * in another case, width, with blanks or an @domain is the same person; a login-type claim is a
   * name; a reporter does not choose who supervises his ticket.
   */
  @Test
  void twoStepRoutesByLoginsLoginClaimsAndTheLeaderInCharge() {
    Map<String, Integer> steps = new LinkedHashMap<>();
    Map<String, Integer> got = new LinkedHashMap<>();
    String org = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(org, "矩阵目录单位");
    String pz = DirectoryFixtures.id("PZ");
    String login = "ZhaoYS-" + pz.substring(3);
    DirectoryFixtures.person(pz, "赵识别", org, login);

    // 7. The responsible person named only by his directory id; his login written otherwise.
    Fixture a = byDirectoryId("submitted", "\"responsiblePersonExternalId\": \"" + pz + "\"");
    for (String sub :
        List.of(
            login.toLowerCase(java.util.Locale.ROOT),
            login.toUpperCase(java.util.Locale.ROOT),
            " " + login,
            login + " ",
            login + "@corp",
            fullWidth(login),
            login)) {
      step(
          got,
          steps,
          "reject as his login '" + sub + "' named 老赵",
          403,
          act(Tokens.token(sub, "老赵", null, "verifier"), a.ticket(), "reject", "退回"));
    }
    // The leader in charge, by id, likewise.
    Fixture b = byDirectoryId("submitted", "\"leaderInChargeExternalId\": \"" + pz + "\"");
    step(
        got,
        steps,
        "verify as the leader in charge's login in lower case",
        403,
        act(
            Tokens.token(login.toLowerCase(java.util.Locale.ROOT), "老赵", null, "verifier"),
            b.ticket(),
            "verify",
            "验收"));
    // After his login changed, the old login in another case.
    Fixture c = byDirectoryId("submitted", "\"responsiblePersonExternalId\": \"" + pz + "\"");
    step(
        got,
        steps,
        "the directory changes his login",
        200,
        DirectoryFixtures.putPerson(
            Tokens.admin(),
            pz,
            "{\"name\": \"赵识别\", \"unitExternalId\": \"%s\", \"login\": \"zys-new-%s\"}"
                .formatted(org, pz)));
    step(
        got,
        steps,
        "verify as the old login in lower case",
        403,
        act(
            Tokens.token(login.toLowerCase(java.util.Locale.ROOT), "老赵", null, "verifier"),
            c.ticket(),
            "verify",
            "验收"));
    step(
        got,
        steps,
        "another verifier verifies",
        200,
        act(Tokens.verifier("李四"), c.ticket(), "verify", "验收"));

    // 8. Login-type claims are names: 赵验收@corp or 赵验收01 is 赵验收.
    for (Map<String, Object> claims :
        List.<Map<String, Object>>of(
            Map.of("name", "老赵", "upn", "赵验收@corp"),
            Map.of("name", "老赵", "preferred_username", "赵验收@corp"),
            Map.of("name", "老赵", "email", "赵验收@corp.example"),
            Map.of("name", "老赵", "unique_name", "赵验收"))) {
      Fixture d = fixtureFor("submitted", "赵验收");
      step(
          got,
          steps,
          "verify with " + claims.keySet().stream().filter(k -> !k.equals("name")).toList(),
          403,
          act(Tokens.withClaims("u-zys", claims, "verifier"), d.ticket(), "verify", "验收"));
    }
    for (String sub : List.of("赵验收@corp", "赵验收01")) {
      Fixture d = fixtureFor("submitted", "赵验收");
      step(
          got,
          steps,
          "verify with sub " + sub,
          403,
          act(Tokens.token(sub, "老赵", null, "verifier"), d.ticket(), "verify", "验收"));
    }

    // 8b. The submitter's login with an @domain, as subject or login claim, is the submitter.
    Map<String, String> submitterAgain =
        Map.of(
            "sub subm-x@corp",
            Tokens.token("subm-x@corp", "老钱", null, "verifier"),
            "sub SUBM-X@corp.example",
            Tokens.token("SUBM-X@corp.example", "老钱", null, "verifier"),
            "upn subm-x@corp",
            Tokens.withClaims(
                "opaque-7f3a", Map.of("name", "老钱", "upn", "subm-x@corp"), "verifier"));
    submitterAgain.forEach(
        (how, verifierToken) -> {
          Fixture d = fixtureFor("in_progress", PERSON);
          String submitter = Tokens.token("subm-x", "钱提交", d.unit(), "reporter");
          step(
              got,
              steps,
              "subm-x submits (" + how + ")",
              200,
              act(submitter, d.ticket(), "submit", null));
          step(
              got,
              steps,
              "then verifies with " + how,
              403,
              act(verifierToken, d.ticket(), "verify", "验收"));
        });

    // 9. A reporter does not choose who supervises his ticket.
    Fixture e = fixtureFor("in_progress", PERSON);
    String reporter = Tokens.reporter("王五", e.unit());
    step(
        got,
        steps,
        "the unit's reporter clears the leader in charge",
        403,
        DutySteps.put(
            reporter, e.ticket(), json(e, PERSON).replace(", \"leaderInCharge\": \"李书记\"", "")));
    step(
        got,
        steps,
        "the unit's reporter changes the leader in charge",
        403,
        DutySteps.put(reporter, e.ticket(), json(e, PERSON).replace("李书记", "王书记")));
    // The same people written otherwise change no one: the stored spelling stays (0234).
    step(
        got,
        steps,
        "the unit's reporter writes the leader in charge with an inner blank",
        200,
        DutySteps.put(reporter, e.ticket(), json(e, "张 三").replace("\"李书记\"", "\" 李　书记 \"")));
    assertEquals("李书记", DutySteps.ticket(e.ticket()).getString("leaderInCharge"));
    assertEquals("张三", DutySteps.ticket(e.ticket()).getString("responsiblePerson"));
    step(
        got,
        steps,
        "the unit's reporter edits the measure, the leader unchanged",
        200,
        DutySteps.put(reporter, e.ticket(), json(e, PERSON).replace("建立学习台账", "每月通报")));
    step(
        got,
        steps,
        "a verifier changes the leader in charge",
        200,
        DutySteps.put(
            Tokens.verifier("李四"),
            e.ticket(),
            json(e, PERSON).replace("建立学习台账", "每月通报").replace("李书记", "王书记")));

    System.out.printf("two-step routes by logins: %d steps%n", steps.size());
    assertEquals(steps, got);
  }

  private static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
    return b.toString();
  }

  /** A ticket whose responsible person or leader in charge is named by his directory id only. */
  private static Fixture byDirectoryId(String state, String idField) {
    String unit = unit("矩阵单位");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String body = ticketJson(problem, unit, PERSON, "DEADLINE", DEADLINE, null, null);
    body =
        idField.startsWith("\"responsible")
            ? body.replace("\"responsiblePerson\": \"" + PERSON + "\"", idField)
            : body.replace("\"leaderInCharge\": \"李书记\"", idField);
    String id = create(body).getString("id");
    String reporter = Tokens.reporter("王五", unit);
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "完成").then().statusCode(201);
    if (state.equals("submitted")) {
      act(reporter, id, "submit", null).then().statusCode(200);
    }
    return new Fixture(unit, problem, id, null, null);
  }
}
