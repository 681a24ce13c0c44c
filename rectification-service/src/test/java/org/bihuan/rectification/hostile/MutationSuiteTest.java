package org.bihuan.rectification.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.testing.MutationSuite;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every operation of rectification-service's served contract, sent valid and mutated requests with
 * the tokens of every role: no answer is 5xx and every 4xx is problem+json (issue 10, "Done when").
 */
@QuarkusTest
class MutationSuiteTest {

  private static final String UNIT = "党委办公室";

  @TestHTTPResource("/")
  URL root;

  @Test
  void noMutatedRequestGetsA5xxAndEvery4xxIsProblemJson() throws Exception {
    String reporter = Tokens.reporter("王五", UNIT);
    String ticket = HostileFixtures.ticket(UNIT);
    given()
        .auth()
        .oauth2(reporter)
        .contentType(ContentType.JSON)
        .body("{\"note\": \"进展\"}")
        .post("/api/v1/tickets/" + ticket + "/progress")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(reporter)
        .multiPart("file", "纪要.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), "application/pdf")
        .post("/api/v1/tickets/" + ticket + "/evidence")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(reporter)
        .contentType(ContentType.JSON)
        .body(
            "{\"newDeadline\": \""
                + org.bihuan.rectification.rest.TicketFixtures.today().plusYears(5)
                + "\", \"reason\": \"需要更多时间\"}")
        .post("/api/v1/tickets/" + ticket + "/extensions")
        .then()
        .statusCode(201);
    MutationSuite.Result result =
        new MutationSuite(
                "rectification-service",
                root.toURI(),
                List.of(Tokens.admin(), reporter, Tokens.verifier("赵验收"), Tokens.viewer()))
            .run();
    System.out.println(result.line());
    assertEquals(
        List.of(),
        result.failures().subList(0, Math.min(40, result.failures().size())),
        result.line());
  }
}
