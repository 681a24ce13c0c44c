package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * One unit is one unit however it is written (docs/decisions/0223): invisible characters in a
 * unit's name are refused, blanks are written as in people's names, and names equal after the
 * folding of people's names are one unit — listed twice, or both responsible and co-responsible, is
 * 400.
 */
@QuarkusTest
class LookAlikeUnitNamesTest {

  private static String body(String units, String coUnits) {
    return """
        {"problemIds": ["%s"], "measure": "组织专题学习，建立学习台账。",
         "responsibleUnits": %s,%s "responsiblePerson": "李四",
         "timing": "DEADLINE", "deadline": "%s"}
        """
        .formatted(
            ProblemServiceStub.problem(UUID.randomUUID()),
            units,
            coUnits == null ? "" : " \"coResponsibleUnits\": " + coUnits + ",",
            today().plusDays(30));
  }

  private static Response post(String body) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/tickets");
  }

  private static String units(String... names) {
    StringBuilder out = new StringBuilder("[");
    for (String n : names) {
      out.append(out.length() > 1 ? ", " : "").append("{\"name\": \"").append(n).append("\"}");
    }
    return out.append("]").toString();
  }

  @Test
  void aUnitListedTwiceUnderLookAlikeNamesIsRefused() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String unit = "党委办公室" + suffix;
    for (String twin :
        List.of("党委 办公室" + suffix, "黨委辦公室" + suffix, "党委办公室　" + suffix.toUpperCase())) {
      post(body(units(unit, twin), null))
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("responsibleUnits[1].name"));
      post(body(units(unit), units(twin)))
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("coResponsibleUnits[0].name"));
    }
    post(body(units(unit), units("财务科" + suffix, "财务 科" + suffix)))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("coResponsibleUnits[1].name"));
  }

  @Test
  void aUnitNameWithAnInvisibleCharacterIsRefusedAndBlanksAreWrittenAsInNames() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    for (String invisible : List.of("\\u200b", "\\ufeff", "\\u2060", "\\u200e", "\\u00ad")) {
      post(body(units("测试科" + suffix + invisible), null))
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("responsibleUnits[0].name"));
    }
    String id = create(body(units("测试科 " + suffix), null)).getString("id");
    // Stored as 测试科<suffix>: listed and written to as that unit.
    assertEquals(
        "测试科" + suffix,
        TicketFixtures.listByUnit("测试科" + suffix).getString("items[0].responsibleUnits[0].name"));
    assertEquals(id, TicketFixtures.listByUnit("测试科 " + suffix).getString("items[0].id"));
    act(Tokens.reporter("王五", "测试科" + suffix), id, "start", null).then().statusCode(200);
  }

  @Test
  void aLookAlikeOfADirectoryUnitIsWrittenAsTheDirectoryWritesIt() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String unit = DirectoryFixtures.id("UU");
    DirectoryFixtures.unit(unit, "党委办公室" + suffix);
    String id = create(body(units("黨委辦公室" + suffix), null)).getString("id");
    assertEquals(
        "党委办公室" + suffix,
        TicketFixtures.listByUnit("党委办公室" + suffix).getString("items[0].responsibleUnits[0].name"));
    assertEquals(id, TicketFixtures.listByUnit("党委办公室" + suffix).getString("items[0].id"));
  }

  /**
   * The folding that groups look-alike names does not grant access: a reporter bound to l号车间 or
   * I号车间 does not write 1号车间's ticket, one bound to 乾部科 not 干部科's; the same unit in traditional
   * characters or full width is still his (docs/decisions/0234).
   */
  @Test
  void aReporterWritesOnlyTheTicketsOfUnitsCertainlyHis() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String workshop = create(body(units("1号车间" + suffix), null)).getString("id");
    for (String other : List.of("l号车间", "I号车间", "１号车间")) {
      Response r = act(Tokens.reporter("王五", other + suffix), workshop, "start", null);
      if (other.startsWith("１")) {
        r.then().statusCode(200);
      } else {
        r.then().statusCode(403).contentType("application/problem+json");
      }
    }
    String cadres = create(body(units("干部科" + suffix), null)).getString("id");
    act(Tokens.reporter("王五", "乾部科" + suffix), cadres, "start", null)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    act(Tokens.reporter("王五", "幹部科" + suffix), cadres, "start", null).then().statusCode(200);
    String office = create(body(units("后勤处" + suffix), null)).getString("id");
    act(Tokens.reporter("王五", "後勤處" + suffix.toUpperCase()), office, "start", null)
        .then()
        .statusCode(200);
  }
}
