package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.PartyFixtures.assigned;
import static org.bihuan.rectification.rest.PartyFixtures.body;
import static org.bihuan.rectification.rest.PartyFixtures.decide;
import static org.bihuan.rectification.rest.PartyFixtures.directoryUnit;
import static org.bihuan.rectification.rest.PartyFixtures.mayNotDecide;
import static org.bihuan.rectification.rest.PartyFixtures.mayNotVerifyOrReject;
import static org.bihuan.rectification.rest.PartyFixtures.reassigned;
import static org.bihuan.rectification.rest.PartyFixtures.requestExtension;
import static org.bihuan.rectification.rest.PartyFixtures.submit;
import static org.bihuan.rectification.rest.PartyFixtures.submitStarted;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Separation of duties (docs/decisions/0216, 0217) whatever route made someone a party: a batch
 * create, a reassignment to another unit and person by an edit, an extension the leader asked for
 * himself, a party named only by his directory id (also after the directory re-points his login).
 * The responsible person or leader in charge may never verify, reject or decide an extension.
 */
@QuarkusTest
class PartiesByOtherRoutesTest {

  private static final String ZHAO = "赵验收";

  /** 赵验收 in the directory: [his id, his login]. */
  private static String[] zhao() {
    String unit = directoryUnit("验收科");
    String id = DirectoryFixtures.id("P");
    DirectoryFixtures.person(id, ZHAO, unit, "zhaoys-" + id);
    return new String[] {id, "zhaoys-" + id};
  }

  @Test
  void partiesOfATicketMadeInABatch() {
    String[] d = zhao();
    String unit = unit("办公室");
    String batch =
        "{\"tickets\": ["
            + body(unit, "\"responsiblePerson\": \"%s\"".formatted(ZHAO))
            + ","
            + body(
                unit,
                "\"responsiblePerson\": \"李四\", \"leaderInChargeExternalId\": \"%s\""
                    .formatted(d[0]))
            + "]}";
    List<String> ids =
        given()
            .auth()
            .oauth2(Tokens.admin())
            .contentType(ContentType.JSON)
            .body(batch)
            .post("/api/v1/tickets/batch")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getList("tickets.id");
    String byName = Tokens.verifier(ZHAO);
    String byLogin = Tokens.token(d[1], "老赵", null, "verifier");
    // The extensions first, while the tickets are open.
    for (String id : ids) {
      String ext = requestExtension(Tokens.reporter("王五", unit), id);
      mayNotDecide(byName, ext);
      mayNotDecide(byLogin, ext);
      decide(Tokens.verifier("钱七"), ext, "refuse").then().statusCode(200);
      submit(Tokens.reporter("王五", unit), id);
      mayNotVerifyOrReject(byName, id);
      mayNotVerifyOrReject(byLogin, id);
    }
    act(Tokens.verifier("钱七"), ids.get(1), "verify", "验收通过").then().statusCode(200);
  }

  @Test
  void anEarlierPartyOfATicketReassignedToAnotherUnitAndPerson() {
    String[] d = zhao();
    String unit = unit("办公室");
    String other = unit("宣传部");
    String id =
        assigned(
            unit,
            "\"responsiblePerson\": \"%s\", \"leaderInChargeExternalId\": \"%s\""
                .formatted(ZHAO, d[0]));
    act(Tokens.reporter("王五", unit), id, "start", null).then().statusCode(200);
    // Reassigned: another unit, another person, another leader.
    String edit =
        reassigned(id, other, "\"responsiblePerson\": \"孙八\", \"leaderInCharge\": \"周书记\"");
    DutySteps.put(Tokens.admin(), id, edit).then().statusCode(200);
    String ext = requestExtension(Tokens.reporter("王五", other), id);
    mayNotDecide(Tokens.verifier(ZHAO), ext);
    mayNotDecide(Tokens.token(d[1], "老赵", null, "verifier"), ext);
    decide(Tokens.verifier("钱七"), ext, "refuse").then().statusCode(200);
    submitStarted(Tokens.reporter("王五", other), id);
    mayNotVerifyOrReject(Tokens.verifier(ZHAO), id);
    mayNotVerifyOrReject(Tokens.token(d[1], "老赵", null, "verifier"), id);
    act(Tokens.verifier("钱七"), id, "verify", "验收通过").then().statusCode(200);
  }

  @Test
  void theLeaderWhoAskedForAnExtensionDecidesNoneOfIt() {
    String[] d = zhao();
    String unit = unit("办公室");
    // Named by name, then by directory id only (his name the directory's).
    for (String people :
        List.of(
            "\"responsiblePerson\": \"李四\", \"leaderInCharge\": \"%s\"".formatted(ZHAO),
            "\"responsiblePerson\": \"李四\", \"leaderInChargeExternalId\": \"%s\""
                .formatted(d[0]))) {
      String id = assigned(unit, people);
      // The leader holds both roles and asks himself, under another display name.
      String leader = Tokens.token(d[1], "老赵", unit, "reporter", "verifier");
      String ext = requestExtension(leader, id);
      mayNotDecide(leader, ext);
      mayNotDecide(Tokens.token(d[1], "赵", null, "verifier"), ext);
      mayNotDecide(Tokens.verifier(ZHAO), ext);
      decide(Tokens.verifier("钱七"), ext, "approve").then().statusCode(200);
    }
  }

  @Test
  void aPartyNamedOnlyByHisDirectoryIdAlsoAfterHisLoginIsRepointed() {
    String[] d = zhao();
    String unit = unit("办公室");
    String id = assigned(unit, "\"responsiblePersonExternalId\": \"%s\"".formatted(d[0]));
    String ext = requestExtension(Tokens.reporter("王五", unit), id);
    mayNotDecide(Tokens.token(d[1], "老赵", null, "verifier"), ext);
    mayNotDecide(Tokens.verifier(ZHAO), ext);
    // The OA directory gives him another login and another name afterwards.
    String dirUnit = directoryUnit("验收二科");
    DirectoryFixtures.putPerson(
            DirectoryFixtures.syncJob(),
            d[0],
            "{\"name\": \"赵新\", \"unitExternalId\": \"%s\", \"login\": \"zhao-new-%s\"}"
                .formatted(dirUnit, d[0]))
        .then()
        .statusCode(200);
    String renamed = Tokens.token("zhao-new-" + d[0], "赵新", null, "verifier");
    mayNotDecide(renamed, ext);
    decide(Tokens.verifier("钱七"), ext, "refuse").then().statusCode(200);
    submit(Tokens.reporter("王五", unit), id);
    mayNotVerifyOrReject(renamed, id);
    mayNotVerifyOrReject(Tokens.verifier(ZHAO), id);
    // Nor by the name the directory gives him now, from a token the directory does not know.
    mayNotVerifyOrReject(Tokens.verifier("赵新"), id);
    act(Tokens.verifier("钱七"), id, "verify", "验收通过").then().statusCode(200);
  }
}
