package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.problem.ImportTest.SEED;
import static org.bihuan.problem.ImportTest.document;
import static org.bihuan.problem.ImportTest.problemsOf;
import static org.bihuan.problem.ImportTest.reporter;
import static org.bihuan.problem.ImportTest.text;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.problem.support.TicketJson;
import org.junit.jupiter.api.Test;

/**
 * The same document imported again is refused unless the import is replaced, and never when a
 * problem of it has tickets.
 */
@QuarkusTest
class ImportSameDocumentAgainTest {

  @RectificationStub.Stub WireMockServer rectification;

  static RequestSpecification asAdminText(byte[] body) {
    return io.restassured.RestAssured.given()
        .auth()
        .oauth2(org.bihuan.testing.Tokens.admin())
        .contentType("text/plain; charset=UTF-8")
        .body(body);
  }

  @Test
  void theSameDocumentAgainIsRefusedUnlessReplaced() {
    String source = source("重复导入");
    String first =
        text(document(SEED))
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .extract()
            .path("importId");
    List<String> firstProblems = problemsOf(source);
    // saved again with Windows line endings and trailing spaces: still the same document
    byte[] resaved =
        new String(document(SEED), StandardCharsets.UTF_8)
            .lines()
            .map(l -> l + "  ")
            .collect(Collectors.joining("\r\n"))
            .getBytes(StandardCharsets.UTF_8);
    text(resaved)
        .post("/api/v1/sources/" + source + "/import")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("existingImportId", equalTo(first))
        .header("Location", containsString(first));
    assertEquals(firstProblems, problemsOf(source));

    // Replacing withdraws the first import's problems: only an admin withdraws.
    text(resaved)
        .queryParam("replace", "true")
        .post("/api/v1/sources/" + source + "/import")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    assertEquals(firstProblems, problemsOf(source));
    String second =
        asAdminText(resaved)
            .queryParam("replace", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .body("problems", hasSize(11))
            .extract()
            .path("importId");
    // the document repeats every problem: each is kept, none withdrawn, none created (0308)
    assertEquals(firstProblems, problemsOf(source));
    asViewer()
        .queryParam("sourceId", source)
        .queryParam("status", "WITHDRAWN")
        .get("/api/v1/problems")
        .then()
        .body("items", empty());
    asViewer()
        .get("/api/v1/sources/" + source + "/imports/" + second)
        .then()
        .body("problems.id", equalTo(firstProblems));
    asViewer()
        .queryParam("sourceId", source)
        .queryParam("status", "OPEN")
        .get("/api/v1/problems")
        .then()
        .body("items", hasSize(11));
    asViewer()
        .queryParam("sourceId", source)
        .get("/api/v1/causes")
        .then()
        .body("items", hasSize(4));
    reporter()
        .post("/api/v1/sources/" + source + "/imports/" + first + "/tickets")
        .then()
        .statusCode(409);
  }

  @Test
  void replacingKeepsTheProblemsOfTheEarlierImportThatHaveTickets() {
    String source = source("已有整改任务");
    List<String> ids =
        text(document(SEED))
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getList("problems.id");
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", WireMock.equalTo(ids.get(2)))
            .willReturn(
                okJson(
                    TicketJson.page(
                        List.of(
                            TicketJson.ticket(
                                UUID.randomUUID().toString(),
                                "T-2024-0701",
                                ids.get(2),
                                "IN_PROGRESS")),
                        null))));
    asAdminText(document(SEED))
        .queryParam("replace", "true")
        .post("/api/v1/sources/" + source + "/import")
        .then()
        .statusCode(201)
        .body("problems.id", equalTo(ids))
        .body("problems[2].replacement.outcome", equalTo("KEPT"));
    assertEquals(ids, problemsOf(source));
    asViewer()
        .queryParam("sourceId", source)
        .queryParam("status", "WITHDRAWN")
        .get("/api/v1/problems")
        .then()
        .body("items", empty());
  }
}
