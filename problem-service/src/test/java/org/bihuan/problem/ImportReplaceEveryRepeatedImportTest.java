package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.problem.support.Api.asAdmin;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.bihuan.problem.support.TicketJson.page;
import static org.bihuan.problem.support.TicketJson.ticket;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.problem.support.RectificationStub;
import org.junit.jupiter.api.Test;

/**
 * ?replace=true replaces every current import the document repeats — the same document's and each
 * revision's before it — matching problems apart from punctuation and full- or half-width forms,
 * naming the problems it withdraws without a counterpart, predicting in a dry run a refusal for
 * tickets, and saying when there is nothing to replace (docs/decisions/0297).
 */
@QuarkusTest
class ImportReplaceEveryRepeatedImportTest {

  static final String DOCX = ImportRevisedDocumentTest.DOCX;

  @RectificationStub.Stub WireMockServer rectification;

  /** The plan as a revision writes it again: no final 。, ， as ",", full-width digits. */
  static final String PUNCTUATED_AGAIN =
      ImportRevisedDocumentTest.PLAN
          .replace("存在问题：2023年预算执行率仅为78%，低于序时进度。", "存在问题：２０２３年预算执行率仅为７８％, 低于序时进度")
          .replace("存在问题：部分资产未及时入账。", "存在问题：部分资产未及时入账")
          .replace("存在问题：某项目超付工程款3.2万元。", "存在问题：某项目超付工程款3.2万元");

  /** The plan without its last problem (工程款超付), one deadline moved. */
  static final String WITHOUT_THE_LAST =
      ImportRevisedDocumentTest.PLAN
          .substring(0, ImportRevisedDocumentTest.PLAN.indexOf("二、工程项目管理方面"))
          .replace("2024年5月31日", "2024年8月31日");

  static Response importing(String source, byte[] docx, boolean replace, boolean dryRun) {
    return asAdmin()
        .contentType(DOCX)
        .body(docx)
        .queryParam("replace", replace)
        .queryParam("dryRun", dryRun)
        .post("/api/v1/sources/" + source + "/import");
  }

  static String imported(Response answer) {
    return answer.then().statusCode(201).extract().path("importId");
  }

  @Test
  void replacingWithARevisionImportedTwiceReplacesEveryImportItRepeats() throws IOException {
    String source = source("修订稿导入两次再替换");
    String first = imported(importing(source, ImportRevisedDocumentTest.plan(), false, false));
    List<String> firstProblems = ImportRevisedDocumentTest.problems(source, "OPEN");
    byte[] revised = ImportRevisedDocumentTest.revised();
    String second = imported(importing(source, revised, false, false));
    assertEquals(6, ImportRevisedDocumentTest.problems(source, "OPEN").size());

    importing(source, revised, true, true)
        .then()
        .statusCode(200)
        .body(
            "warnings",
            hasItem(containsString("replaces 3 of the 3 live problems of import " + first)));
    String third =
        importing(source, revised, true, false)
            .then()
            .statusCode(201)
            .body(
                "warnings",
                hasItem(containsString("replaced 3 of the 3 live problems of import " + first)))
            .extract()
            .path("importId");
    List<String> open = ImportRevisedDocumentTest.problems(source, "OPEN");
    assertEquals(3, open.size(), "one copy of each problem is kept");
    // the first import's are kept, the copies the second made are withdrawn (0308)
    assertEquals(
        List.of(),
        open.stream().filter(id -> !firstProblems.contains(id)).toList(),
        "the problems of the first import are the ones kept");
    assertEquals(3, ImportRevisedDocumentTest.problems(source, "WITHDRAWN").size());
    for (String earlier : List.of(first, second)) {
      asAdmin()
          .post("/api/v1/sources/" + source + "/imports/" + earlier + "/tickets")
          .then()
          .statusCode(409)
          .body("type", containsString("import-replaced"));
    }
    asViewer()
        .queryParam("sourceId", source)
        .queryParam("status", "WITHDRAWN")
        .get("/api/v1/problems")
        .then()
        .body("items.withdrawReason", hasItem(containsString(third)));
  }

  @Test
  void aRevisionWithOtherPunctuationRepeatsTheImportAndNamesWhatItWithdrawsWithoutCounterpart()
      throws IOException {
    String source = source("标点不同的修订稿");
    String first = imported(importing(source, ImportRevisedDocumentTest.plan(), false, false));
    importing(source, FormatFiles.paragraphs(PUNCTUATED_AGAIN), false, true)
        .then()
        .statusCode(200)
        .body(
            "warnings",
            hasItem(containsString("repeats 3 of the 3 live problems of import " + first)));

    String last =
        asViewer()
            .queryParam("sourceId", source)
            .queryParam("status", "OPEN")
            .get("/api/v1/problems")
            .then()
            .extract()
            .path("items.find { it.title.contains('工程款超付') }.number");
    String named = "with no counterpart in this document: " + last + " 「工程款超付」";
    importing(source, FormatFiles.paragraphs(WITHOUT_THE_LAST), true, true)
        .then()
        .statusCode(200)
        .body("warnings", hasItem(allOf(containsString("2 of the 3"), containsString(named))));
    importing(source, FormatFiles.paragraphs(WITHOUT_THE_LAST), true, false)
        .then()
        .statusCode(201)
        .body("problems", hasSize(2))
        .body(
            "warnings",
            hasItem(allOf(containsString("replaced 2 of the 3"), containsString(named))));
    assertEquals(2, ImportRevisedDocumentTest.problems(source, "OPEN").size());
  }

  @Test
  void replaceWithNothingToReplaceSaysSo() throws IOException {
    String source = source("无可替换");
    importing(source, ImportRevisedDocumentTest.plan(), true, true)
        .then()
        .statusCode(200)
        .body("warnings", hasItem(containsString("Nothing to replace")));
    importing(source, ImportRevisedDocumentTest.plan(), true, false)
        .then()
        .statusCode(201)
        .body("warnings", hasItem(containsString("Nothing to replace")));
    // without ?replace=true nothing is said about replacing
    importing(source, FormatFiles.paragraphs(ImportRevisedDocumentTest.OTHER_PLAN), false, false)
        .then()
        .statusCode(201)
        .body("warnings", not(hasItem(containsString("Nothing to replace"))));
  }

  @Test
  void aDryRunPredictsTheRefusalForTicketsAndTheRefusalNamesThem() throws IOException {
    String source = source("替换被工单挡住的预告");
    List<String> first =
        importing(source, ImportRevisedDocumentTest.plan(), false, false)
            .then()
            .statusCode(201)
            .extract()
            .path("problems.id");
    StubMapping tickets =
        rectification.stubFor(
            get(urlPathEqualTo("/api/v1/tickets"))
                .withQueryParam("problemId", equalTo(first.get(2)))
                .willReturn(
                    okJson(
                        page(
                            List.of(
                                ticket(
                                    UUID.randomUUID().toString(),
                                    "T-2024-0297",
                                    first.get(2),
                                    "IN_PROGRESS")),
                            null))));
    try {
      // a problem the revision drops has a ticket at work (one it repeats is kept, 0308)
      byte[] revised = FormatFiles.paragraphs(WITHOUT_THE_LAST);
      importing(source, revised, true, true)
          .then()
          .statusCode(200)
          .body(
              "warnings",
              hasItem(
                  allOf(
                      containsString("would be refused (409 replace-blocked-by-tickets)"),
                      containsString("T-2024-0297 (IN_PROGRESS)"),
                      containsString("「工程款超付」"),
                      containsString("Cancel those tickets first"))));
      importing(source, revised, true, false)
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("type", containsString("replace-blocked-by-tickets"))
          .body("detail", containsString("T-2024-0297 (IN_PROGRESS)"))
          .body("detail", containsString("Cancel those tickets first"))
          .body("detail", not(containsString("withdraw or edit those problems instead")))
          .body("problemsWithTickets[0].ticketNumbers", hasItem("T-2024-0297"));
      assertEquals(3, ImportRevisedDocumentTest.problems(source, "OPEN").size());
    } finally {
      rectification.removeStub(tickets);
    }
  }
}
