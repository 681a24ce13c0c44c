package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.PartyFixtures.assigned;
import static org.bihuan.rectification.rest.PartyFixtures.decide;
import static org.bihuan.rectification.rest.PartyFixtures.directoryUnit;
import static org.bihuan.rectification.rest.PartyFixtures.reassigned;
import static org.bihuan.rectification.rest.PartyFixtures.requestExtension;
import static org.bihuan.rectification.rest.PartyFixtures.submit;
import static org.bihuan.rectification.rest.PartyFixtures.submitStarted;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Separation of duties where the directory knows the verifier (docs/decisions/0216): he is a party
 * when the party is he by directory identity, or by name where the party's id is no person the
 * directory knows; his names are his token's and his directory name. Only two known, different
 * directory people are namesakes who may act for each other.
 */
@QuarkusTest
class DirectoryIdentityTest {

  private static final String ZHAO = "赵验收";

  /** 赵验收 (login returned) in the directory, and a namesake, another person: [login, namesake]. */
  private static String[] zhao() {
    String unit = directoryUnit("验收科");
    String p1 = DirectoryFixtures.id("P");
    String pz = DirectoryFixtures.id("P");
    DirectoryFixtures.person(p1, ZHAO, unit, "zhaoys-" + p1);
    DirectoryFixtures.person(pz, ZHAO, unit, "zhaoys-" + pz);
    return new String[] {"zhaoys-" + p1, pz};
  }

  private static String verifier(String login, String name) {
    return Tokens.token(login, name, null, "verifier");
  }

  /** A ticket of {@code unit} whose people are {@code people} (JSON members), submitted. */
  private static String submitted(String unit, String people) {
    String id = assigned(unit, people);
    submit(Tokens.reporter("王五", unit), id);
    return id;
  }

  @Test
  void aMadeUpIdBesideThePartysNameDoesNotTurnHimIntoSomeoneElse() {
    String[] d = zhao();
    String unit = unit("督查室");
    String me = verifier(d[0], ZHAO);
    String fake = "FAKE-" + UUID.randomUUID().toString().substring(0, 8);
    String responsible =
        submitted(
            unit,
            "\"responsiblePerson\": \"%s\", \"responsiblePersonExternalId\": \"%s\""
                .formatted(ZHAO, fake));
    act(me, responsible, "verify", "验收通过")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    String leader =
        submitted(
            unit,
            "\"responsiblePerson\": \"李四\", \"leaderInCharge\": \"%s\", \"leaderInChargeExternalId\": \"%s\""
                .formatted(ZHAO, fake));
    act(me, leader, "verify", "验收通过").then().statusCode(403);
    act(me, leader, "reject", "退回").then().statusCode(403);
    // Nor may he decide an extension of such a ticket.
    String open =
        assigned(
            unit,
            "\"responsiblePerson\": \"%s\", \"responsiblePersonExternalId\": \"%s\""
                .formatted(ZHAO, fake));
    String ext = requestExtension(Tokens.reporter("王五", unit), open);
    decide(me, ext, "approve").then().statusCode(403);
    // Another verifier does.
    act(Tokens.verifier("钱七"), responsible, "verify", "验收通过").then().statusCode(200);
  }

  @Test
  void anIdAddedByAnEditLeavesTheNameItWasGivenUnderAParty() {
    String[] d = zhao();
    String unit = unit("巡察办");
    String me = verifier(d[0], ZHAO);
    String fake = "FAKE-" + UUID.randomUUID().toString().substring(0, 8);
    for (String newId : List.of(fake, d[1])) {
      String id = assigned(unit, "\"responsiblePerson\": \"%s\"".formatted(ZHAO));
      act(Tokens.reporter("王五", unit), id, "start", null).then().statusCode(200);
      String body =
          reassigned(
              id,
              unit,
              "\"responsiblePerson\": \"%s\", \"responsiblePersonExternalId\": \"%s\""
                  .formatted(ZHAO, newId));
      DutySteps.put(me, id, body)
          .then()
          .statusCode(200)
          .body("responsiblePersonExternalId", equalTo(newId));
      List<Map<String, Object>> changes =
          DutySteps.history(id).getList("items.find { it.action == 'update' }.changes");
      assertEquals(
          List.of(Map.of("field", "responsiblePersonExternalId", "to", newId)),
          changes.stream().map(c -> Map.of("field", c.get("field"), "to", c.get("to"))).toList());
      submitStarted(Tokens.reporter("王五", unit), id);
      act(me, id, "verify", "验收通过").then().statusCode(403);
    }
  }

  @Test
  void aVerifierIsAlsoCalledByHisDirectoryName() {
    String[] d = zhao();
    String unit = unit("保密办");
    String id = submitted(unit, "\"responsiblePerson\": \"%s\"".formatted(ZHAO));
    act(verifier(d[0], "老赵"), id, "verify", "验收通过").then().statusCode(403);
    // His namesake, known to the directory as another person, is refused too: the ticket names
    // 赵验收 by name only, so the name decides.
    act(verifier("zhaoys-" + d[1], ZHAO), id, "verify", "验收通过").then().statusCode(403);
  }

  @Test
  void aNamesakeKnownAsAnotherPersonMayStillVerify() {
    String[] d = zhao();
    String unit = unit("机要室");
    String id = submitted(unit, "\"responsiblePersonExternalId\": \"%s\"".formatted(d[1]));
    act(verifier(d[0], ZHAO), id, "verify", "同名的另一人").then().statusCode(200);
  }
}
