package org.bihuan.problem.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The outside tester's second round on issue 10 (items 4, 5, 7, 10): padded enums, invalid UTF-8 in
 * bodies and query values, duplicate keys, malformed typed query parameters, C1 and bidi
 * characters, invisible titles and bare JSON syntax errors all get a 400 that says what is wrong.
 */
@QuarkusTest
class HostileInputAgainTest {

  private static ValidatableResponse createSource(String body) {
    return createSource(body.getBytes(StandardCharsets.UTF_8));
  }

  private static ValidatableResponse createSource(byte[] body) {
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType("application/json")
        .body(body)
        .post("/api/v1/sources")
        .then();
  }

  private static String source(String title, String kind) {
    return """
        {"title": %s, "kind": %s, "organization": "党委办公室", "heldOn": "2024-04-18"}
        """
        .formatted(title, kind);
  }

  private static void refused(ValidatableResponse r, String field) {
    r.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
  }

  @Test
  void paddedOrControlPrefixedEnumNamesAreRefused() {
    for (String kind : new String[] {"\"\\u0000MEETING\"", "\" MEETING\"", "\"MEETING\\t\""}) {
      refused(createSource(source("\"填充枚举\"", kind)), "kind");
    }
  }

  @Test
  void c1BidiAndSeparatorCharactersAndInvisibleTitlesAreRefused() {
    for (String title :
        new String[] {
          "\"a\\u0085b\"", "\"a\\u202Eb\"", "\"a\\u2028b\"", "\"a\\uFFFFb\"", "\"\\u200b\""
        }) {
      refused(createSource(source(title, "\"MEETING\"")), "title");
    }
  }

  @Test
  void privateUseCharactersAreTextInEveryField() {
    // a unit's own glyphs (造字, private use) are text like any other, in titles too
    for (String title :
        new String[] {"\"\\uE000\"", "\"会议\\uE000纪要\\uF8FF\"", "\"\\uDB80\\uDC00\""}) {
      String id = createSource(source(title, "\"MEETING\"")).statusCode(201).extract().path("id");
      given()
          .auth()
          .oauth2(Tokens.admin())
          .contentType("application/json")
          .body("{\"sourceId\": \"" + id + "\", \"title\": " + title + "}")
          .post("/api/v1/problems")
          .then()
          .statusCode(201);
    }
  }

  @Test
  void malformedUtf8InTheBodyIsRefused() throws Exception {
    for (byte[] bad :
        new byte[][] {
          {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}
        }) {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.write("{\"title\": \"坏".getBytes(StandardCharsets.UTF_8));
      body.write(bad);
      body.write(
          "\", \"kind\": \"MEETING\", \"organization\": \"党委办公室\", \"heldOn\": \"2024-04-18\"}"
              .getBytes(StandardCharsets.UTF_8));
      createSource(body.toByteArray())
          .statusCode(400)
          .contentType("application/problem+json")
          .body("detail", containsString("UTF-8"));
    }
  }

  @Test
  void duplicateKeysAndSyntaxErrorsSayWhatIsWrong() {
    createSource(
            "{\"title\": \"重复\", \"title\": \"键\", \"kind\": \"MEETING\", \"organization\": \"党委办公室\","
                + " \"heldOn\": \"2024-04-18\"}")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("title"));
    for (String bad :
        new String[] {
          source("\"尾巴\"", "\"MEETING\"") + " garbage",
          "{/* comment */ \"title\": \"注释\"}",
          "{\"title\": NaN}",
          "[".repeat(10_000)
        }) {
      createSource(bad)
          .statusCode(400)
          .contentType("application/problem+json")
          .body("detail", containsString("不是有效的 JSON"))
          .body("detail", not(containsString("HTTP 400")));
    }
  }

  @Test
  void malformedLimitIsA400NamingIt() {
    for (String limit : new String[] {"abc", "1.0", "2147483648", "%201"}) {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .urlEncodingEnabled(false)
          .get("/api/v1/problems?limit=" + limit)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("limit"));
    }
    given().auth().oauth2(Tokens.admin()).get("/api/v1/problems?limit=5").then().statusCode(200);
  }

  @Test
  void undecodableQueryValuesAreRefused() {
    for (String unit : new String[] {"%FF", "%C0%80", "%ED%A0%80"}) {
      given()
          .auth()
          .oauth2(Tokens.admin())
          .urlEncodingEnabled(false)
          .get("/api/v1/problems?unit=" + unit)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("unit"));
    }
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/problems?unit=党委办公室")
        .then()
        .statusCode(200)
        .body("status", not(equalTo(400)));
  }
}
