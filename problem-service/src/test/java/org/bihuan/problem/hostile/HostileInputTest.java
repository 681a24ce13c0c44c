package org.bihuan.problem.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What the schema-driven fuzzer found in problem-service (issue 10, items 4 and 5): each input that
 * was answered 500 or silently read as something else is now a 400 problem naming the field.
 */
@QuarkusTest
class HostileInputTest {

  private static final String SOURCE =
      """
      {"title": %s, "kind": %s, "organization": "党委办公室", "heldOn": %s}
      """;

  private static ValidatableResponse createSource(String title, String kind, String heldOn) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(SOURCE.formatted(title, kind, heldOn))
        .post("/api/v1/sources")
        .then();
  }

  private static void refused(ValidatableResponse r, String field, String messagePart) {
    r.statusCode(400)
        .contentType("application/problem+json")
        .body("status", equalTo(400))
        .body("errors.field", hasItem(field))
        .body("detail", containsString(messagePart));
  }

  @Test
  void nulCharacterInATextFieldIsRefusedNotStored() {
    refused(createSource("\"民主生活会\\u0000\"", "\"MEETING\"", "\"2024-04-18\""), "title", "U+0000");
  }

  @Test
  void otherControlCharactersAndLoneSurrogatesAreRefused() {
    refused(createSource("\"响铃\\u0007\"", "\"MEETING\"", "\"2024-04-18\""), "title", "U+0007");
    refused(createSource("\"半个\\ud800字\"", "\"MEETING\"", "\"2024-04-18\""), "title", "surrogate");
  }

  @Test
  void tabsAndLineBreaksStayAllowedInText() {
    createSource("\"第一行\\n第二行\\t完\"", "\"MEETING\"", "\"2024-04-18\"")
        .statusCode(201)
        .body("title", equalTo("第一行\n第二行\t完"));
  }

  @Test
  void datesOutsideTheSupportedRangeAreRefused() {
    refused(createSource("\"远古\"", "\"MEETING\"", "\"-999999999-01-01\""), "heldOn", "1900-01-01");
    refused(createSource("\"遥远\"", "\"MEETING\"", "\"+5874898-01-01\""), "heldOn", "9999-12-31");
    refused(createSource("\"公元零年\"", "\"MEETING\"", "\"0000-01-01\""), "heldOn", "YYYY-MM-DD");
    refused(createSource("\"不存在的日子\"", "\"MEETING\"", "\"2024-02-30\""), "heldOn", "YYYY-MM-DD");
  }

  @Test
  void aNumberIsNotADate() {
    refused(createSource("\"数字日期\"", "\"MEETING\"", "20240630"), "heldOn", "YYYY-MM-DD");
    refused(createSource("\"数组日期\"", "\"MEETING\"", "[2024,6,30]"), "heldOn", "YYYY-MM-DD");
  }

  @Test
  void enumOrdinalsAndUnknownNamesAreRefused() {
    refused(createSource("\"序号\"", "0", "\"2024-04-18\""), "kind", "one of");
    refused(createSource("\"序号字符串\"", "\"0\"", "\"2024-04-18\""), "kind", "one of");
    refused(createSource("\"小写\"", "\"meeting\"", "\"2024-04-18\""), "kind", "one of");
  }

  @Test
  void booleansAndNumbersAreNotText() {
    refused(createSource("true", "\"MEETING\"", "\"2024-04-18\""), "title", "a string");
    refused(createSource("12", "\"MEETING\"", "\"2024-04-18\""), "title", "a string");
    refused(createSource("1.5", "\"MEETING\"", "\"2024-04-18\""), "title", "a string");
  }

  @Test
  void nulInAPathOrQueryParameterIsRefused() {
    given()
        .auth()
        .oauth2(Tokens.admin())
        .urlEncodingEnabled(false)
        .get("/api/v1/sources/%00")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("U+0000"));
    given()
        .auth()
        .oauth2(Tokens.admin())
        .urlEncodingEnabled(false)
        .get("/api/v1/problems?unit=%E5%85%9A%00")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("unit"));
  }
}
