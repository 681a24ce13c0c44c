package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The OA system finds a ticket again by its externalRef (?externalRef=): a PUT that leaves it out,
 * or writes it null, keeps it, as a PUT keeps coResponsibleUnits it leaves out; a new value changes
 * it, and another ticket's value is a 409 with that ticket's Location (0357).
 */
@QuarkusTest
class EditKeepsExternalRefTest {

  private static String body(UUID problem, String unit, String measure, String externalRefMember) {
    return """
        {"problemIds": ["%s"], "measure": "%s", "responsibleUnits": [{"name": "%s"}],
         "responsiblePerson": "张三", "timing": "LONG_TERM"%s}
        """
        .formatted(problem, measure, unit, externalRefMember);
  }

  private static String ref(String base) {
    return base + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static List<String> idsFoundBy(String externalRef) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .queryParam("externalRef", externalRef)
        .get("/api/v1/tickets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", String.class);
  }

  @Test
  void anEditThatLeavesTheExternalRefOutKeepsIt() {
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String unit = TicketFixtures.unit("党委办公室");
    String ref = ref("OA-KEEP");
    JsonPath created =
        TicketFixtures.create(body(problem, unit, "建立学习制度。", ", \"externalRef\": \"" + ref + "\""));
    String id = created.getString("id");
    long version = created.getLong("version");

    // the same fields, the externalRef left out: nothing changes, not even the version
    DutySteps.put(Tokens.admin(), id, body(problem, unit, "建立学习制度。", ""))
        .then()
        .statusCode(200)
        .body("externalRef", equalTo(ref))
        .body("version", equalTo((int) version));
    // another measure, the externalRef left out: the measure changes, the externalRef stays
    DutySteps.put(Tokens.admin(), id, body(problem, unit, "建立并落实学习制度。", ""))
        .then()
        .statusCode(200)
        .body("measure", equalTo("建立并落实学习制度。"))
        .body("externalRef", equalTo(ref));
    // written null, as some serializers write a member they have no value for
    DutySteps.put(Tokens.admin(), id, body(problem, unit, "建立并落实学习制度。", ", \"externalRef\": null"))
        .then()
        .statusCode(200)
        .body("externalRef", equalTo(ref));
    assertEquals(List.of(id), idsFoundBy(ref));
    List<Object> fields = new java.util.ArrayList<>();
    for (Map<String, Object> entry : DutySteps.history(id).<Map<String, Object>>getList("items")) {
      if (entry.get("changes") instanceof List<?> changes) {
        changes.forEach(c -> fields.add(((Map<?, ?>) c).get("field")));
      }
    }
    assertEquals(List.of("measure"), fields, "the edits changed only the measure");
  }

  @Test
  void anEditWithAnotherExternalRefChangesItAndAnotherTicketsIsAConflict() {
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    String unit = TicketFixtures.unit("党委办公室");
    String first = ref("OA-FIRST");
    String renamed = ref("OA-RENAMED");
    String taken = ref("OA-TAKEN");
    String id =
        TicketFixtures.create(
                body(problem, unit, "建立学习制度。", ", \"externalRef\": \"" + first + "\""))
            .getString("id");
    String other =
        TicketFixtures.create(body(problem, unit, "另一项措施。", ", \"externalRef\": \"" + taken + "\""))
            .getString("id");

    DutySteps.put(
            Tokens.admin(),
            id,
            body(problem, unit, "建立学习制度。", ", \"externalRef\": \"" + renamed + "\""))
        .then()
        .statusCode(200)
        .body("externalRef", equalTo(renamed));
    assertEquals(List.of(), idsFoundBy(first));
    assertEquals(List.of(id), idsFoundBy(renamed));

    DutySteps.put(
            Tokens.admin(),
            id,
            body(problem, unit, "建立学习制度。", ", \"externalRef\": \"" + taken + "\""))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", endsWith("duplicate-external-ref"))
        .header("Location", endsWith("/api/v1/tickets/" + other));
    assertEquals(List.of(id), idsFoundBy(renamed));
    assertEquals(List.of(other), idsFoundBy(taken));
  }
}
