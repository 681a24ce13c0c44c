package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.DutySteps.ZHAO;
import static org.bihuan.rectification.rest.DutySteps.submitted;
import static org.bihuan.rectification.rest.DutySteps.ticket;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.listByUnit;
import static org.bihuan.rectification.rest.TicketFixtures.ticketJson;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A caller's name and unit as the token gives them: unusable names, name parts, wrong types, null
 * or blank units.
 */
@QuarkusTest
class SeparationOfDutiesTokensTest {

  /**
   * A token that names nobody usable — a name that is a list, blank, NUL, a bidirectional override
   * — cannot verify (fail closed); one whose claims name the person in any of them cannot either.
   */
  @Test
  void aTokenWithoutAUsableNameOrWithTheNameInAnotherClaimCannotVerify() {
    String unit = unit("纪委办");
    String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), ZHAO);
    List<java.util.Map<String, Object>> claims =
        List.of(
            java.util.Map.of("name", List.of("赵验收")),
            java.util.Map.of(),
            java.util.Map.of("name", ""),
            java.util.Map.of("name", "\u0000"),
            java.util.Map.of("name", "\u202e收验赵"),
            java.util.Map.of("name", "某人", "family_name", "赵", "given_name", "验收"),
            java.util.Map.of("nickname", "赵验收"));
    for (java.util.Map<String, Object> c : claims) {
      act(Tokens.withClaims("v-odd", c, "verifier"), id, "verify", "奇怪的令牌")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    given()
        .auth()
        .oauth2(Tokens.withClaims("v-odd", java.util.Map.of(), "verifier"))
        .get("/api/v1/tickets/" + id)
        .then()
        .statusCode(200);
    act(Tokens.withClaims("v-ok", java.util.Map.of("name", "钱核查"), "verifier"), id, "verify", "可以")
        .then()
        .statusCode(200);
  }

  /** A provider that sends only family_name and given_name names the same person. */
  @Test
  void aTokenWithOnlyNamePartsIsComparedByTheNameTheyMake() {
    String unit = unit("纪委办");
    String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), ZHAO);
    act(Tokens.withNameParts("u-7731", "赵", "验收", null, "verifier"), id, "verify", "只有姓和名")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    String latin = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), "Yanshou Zhao");
    act(Tokens.withNameParts("u-7732", "Zhao", "Yanshou", null, "verifier"), latin, "verify", "名")
        .then()
        .statusCode(403);
    // and the name parts are what the history records as the actor
    act(Tokens.withNameParts("u-7733", "钱", "核查", null, "verifier"), id, "verify", "另一个人")
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items.actorName", org.hamcrest.Matchers.hasItem("钱核查"));
  }

  /**
   * A name claim of the wrong type makes the token name nobody, even beside usable ones: a
   * family_name sent as a list must not leave the caller named by the given name alone.
   */
  @Test
  void aNamePartOfTheWrongTypeLeavesTheCallerUnnamed() {
    String unit = unit("纪委办");
    String id = submitted(unit, ProblemServiceStub.problem(UUID.randomUUID()), ZHAO);
    Map<String, Object> listFamily = new java.util.HashMap<>();
    listFamily.put("family_name", List.of("赵"));
    listFamily.put("given_name", "验收");
    Map<String, Object> nullFamily = new java.util.HashMap<>();
    nullFamily.put("family_name", null);
    nullFamily.put("given_name", "验收");
    Map<String, Object> numberGiven = new java.util.HashMap<>();
    numberGiven.put("family_name", "赵");
    numberGiven.put("given_name", 7);
    Map<String, Object> nameAndListFamily = new java.util.HashMap<>();
    nameAndListFamily.put("name", "钱核查");
    nameAndListFamily.put("family_name", List.of("赵"));
    for (Map<String, Object> claims :
        List.of(listFamily, nullFamily, numberGiven, nameAndListFamily)) {
      act(Tokens.withClaims("v-parts", claims, "verifier"), id, "verify", "名字部分")
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", containsString("carries no name"));
    }
    assertEquals("SUBMITTED", ticket(id).getString("status"));
    act(Tokens.withNameParts("v-parts-ok", "钱", "核查", null, "verifier"), id, "verify", "可以")
        .then()
        .statusCode(200);
  }

  /**
   * A unit claim that is JSON null, a list or a number is refused like a blank one on every route:
   * only a token without the claim acts for the whole organisation.
   */
  @Test
  void aUnitClaimThatIsNullOrNotATextIsRefusedNotOrganisationWide() {
    String unit = unit("组织部");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id =
        create(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, null)).getString("id");
    List<Object> malformed = new java.util.ArrayList<>();
    malformed.add(null);
    malformed.add(List.of());
    malformed.add(List.of(unit));
    malformed.add(123);
    malformed.add(true);
    malformed.add(Map.of("name", unit));
    for (Object value : malformed) {
      Map<String, Object> claims = new java.util.HashMap<>();
      claims.put("name", "填报甲");
      claims.put("unit", value);
      String token = Tokens.withClaims("rep-x", claims, "reporter");
      act(token, id, "start", null)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", containsString("unit claim"));
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(ticketJson(problem, unit, "李四", "IMMEDIATE", null, null, null))
          .post("/api/v1/tickets")
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("detail", containsString("unit claim"));
    }
    assertEquals("ASSIGNED", ticket(id).getString("status"));
    assertEquals(1, listByUnit(unit).getList("items").size());
  }

  @Test
  void aReporterTokenWithABlankUnitIsRefusedNotOrganisationWide() {
    String unit = unit("组织部");
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String id =
        create(ticketJson(problem, unit, "张三", "IMMEDIATE", null, null, null)).getString("id");
    for (String blank : List.of("", " ", "\u3000", "\u200B")) {
      act(Tokens.reporter("王五", blank), id, "start", null)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    assertEquals("ASSIGNED", ticket(id).getString("status"));
    // Without any unit claim the reporter acts for the whole organisation.
    act(Tokens.reporter("王五", null), id, "start", null).then().statusCode(200);
  }
}
