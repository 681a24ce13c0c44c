package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.LedgerModels;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.Ledgers.Layout;
import org.bihuan.problem.support.Ledgers.Style;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.problem.support.TicketJson;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/** POST /sources/{id}/import, end to end on the real database. */
@QuarkusTest
class ImportTest {

  static final String SEED = "000_8f0d50df8473947d.txt";
  static final String PLAN = "rectification_plan_flat.txt";
  static final String SIX_ASPECTS = "《中共中央关于在全党深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育的意见》明确的6个方面";
  static final String TWELVE_REQUIREMENTS = "习近平总书记关于以学铸魂、以学增智、以学正风、以学促干的12条具体要求";
  static final String ACHIEVEMENT_VIEW = "树立和践行正确政绩观剖析情况";

  @RectificationStub.Stub WireMockServer rectification;

  static byte[] document(String name) {
    try (InputStream in = ImportTest.class.getResourceAsStream("/documents/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static RequestSpecification reporter() {
    return RestAssured.given().auth().oauth2(Tokens.reporter("导入人", null));
  }

  static RequestSpecification text(byte[] body) {
    return reporter().contentType("text/plain; charset=UTF-8").body(body);
  }

  static RequestSpecification asAdminText(byte[] body) {
    return io.restassured.RestAssured.given()
        .auth()
        .oauth2(org.bihuan.testing.Tokens.admin())
        .contentType("text/plain; charset=UTF-8")
        .body(body);
  }

  static List<String> problemsOf(String source) {
    return asViewer()
        .queryParam("sourceId", source)
        .queryParam("limit", 500)
        .get("/api/v1/problems")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id");
  }

  @Test
  void theSeedImportsElevenProblemsFourCausesAndThreeProposedMeasures() {
    String source = source("2023年主题教育民主生活会");
    var preview =
        text(document(SEED))
            .queryParam("dryRun", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(200)
            .body("dryRun", equalTo(true))
            .body("problems", hasSize(11))
            .body("problems[0].id", org.hamcrest.Matchers.nullValue())
            .extract()
            .jsonPath();
    assertEquals(List.of(), problemsOf(source), "a dry run writes nothing");

    JsonPath answer =
        text(document(SEED))
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .contentType("application/json")
            .header("Location", containsString("/api/v1/sources/" + source + "/imports/"))
            .body("dryRun", equalTo(false))
            .body("problems.id", everyItem(notNullValue()))
            .body("problems.number", everyItem(matchesPattern("P-\\d{4}-\\d{4,}")))
            // only the greeting, preamble and the sections' introductions are named as not imported
            .body("warnings", hasSize(6))
            .body(
                "warnings",
                everyItem(
                    anyOf(
                        containsString("comes before the first section"),
                        containsString("introduces the section"))))
            .body("tickets.created", empty())
            .body("tickets.pending", empty())
            .extract()
            .jsonPath();
    assertEquals(
        List.of(
            "理论学习方面",
            "政治素质方面",
            "能力本领方面",
            "担当作为方面",
            "工作作风方面",
            "廉洁自律方面",
            "以学铸魂方面",
            "以学增智方面",
            "以学正风方面",
            "以学促干方面",
            ACHIEVEMENT_VIEW),
        answer.getList("problems.title"));
    assertEquals(preview.getList("problems.title"), answer.getList("problems.title"));
    List<List<String>> paths = answer.getList("problems.categoryPath");
    for (int i = 0; i < 6; i++) {
      assertEquals(List.of(SIX_ASPECTS), paths.get(i));
    }
    for (int i = 6; i < 10; i++) {
      assertEquals(List.of(TWELVE_REQUIREMENTS), paths.get(i));
    }
    assertEquals(List.of(ACHIEVEMENT_VIEW), paths.get(10));
    assertTrue(answer.getString("problems[0].description").startsWith("我们认识到，理论学习的深度尚未达到预期水平。"));
    assertEquals(
        List.of("理论学习不够深入", "宗旨意识的牢固性还需加强", "履职担当不够到位", "管党治党不够严格"),
        answer.getList("causes.title"));
    assertEquals(
        List.of("永葆对党忠诚本色", "增添干事创业成色", "擦亮清正廉洁底色"), answer.getList("proposedMeasures.title"));
    assertTrue(answer.getList("proposedMeasures.id").stream().allMatch(id -> id != null));

    // what was written is what the API lists
    List<String> ids = problemsOf(source);
    assertEquals(answer.getList("problems.id"), ids);
    asViewer()
        .get("/api/v1/problems/" + ids.get(4))
        .then()
        .body("title", equalTo("工作作风方面"))
        .body("status", equalTo("OPEN"))
        .body("categoryPath", contains(SIX_ASPECTS))
        .body("description", containsString("工作作风效能、服务意识还有所欠缺"));
    asViewer()
        .queryParam("sourceId", source)
        .get("/api/v1/causes")
        .then()
        .body("items.title", contains("理论学习不够深入", "宗旨意识的牢固性还需加强", "履职担当不够到位", "管党治党不够严格"));
    asViewer()
        .queryParam("sourceId", source)
        .get("/api/v1/categories")
        .then()
        .body("categories.name", contains(SIX_ASPECTS, TWELVE_REQUIREMENTS, ACHIEVEMENT_VIEW));
    asViewer()
        .queryParam("sourceId", source)
        .queryParam("q", "党性")
        .get("/api/v1/problems")
        .then()
        .body("items.title", org.hamcrest.Matchers.hasItem("政治素质方面"));
    asViewer()
        .get("/api/v1/sources/" + source + "/imports/" + answer.getString("importId"))
        .then()
        .statusCode(200)
        .body("problems.id", equalTo(ids))
        .body("proposedMeasures.title", contains("永葆对党忠诚本色", "增添干事创业成色", "擦亮清正廉洁底色"));
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

  @Test
  void badDocumentsAreRefusedClearlyAndWriteNothing() throws Exception {
    String source = source("坏文档");
    String url = "/api/v1/sources/" + source + "/import";
    text(document(SEED))
        .post("/api/v1/sources/" + UUID.randomUUID() + "/import")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    text(new byte[0]).post(url).then().statusCode(400).contentType("application/problem+json");
    text("   \n\n ".getBytes(StandardCharsets.UTF_8))
        .post(url)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    byte[] huge = new byte[20 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    text(huge).post(url).then().statusCode(413).contentType("application/problem+json");
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    reporter()
        .contentType("application/octet-stream")
        .body(png)
        .post(url)
        .then()
        .statusCode(415)
        .contentType("application/problem+json");
    byte[] gbk =
        new String(document(SEED), StandardCharsets.UTF_8).getBytes(Charset.forName("GBK"));
    text(gbk)
        .post(url)
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("detail", containsString("UTF-8"));
    text("会议纪要\n今天开了会，大家发了言，没有编号。\n".getBytes(StandardCharsets.UTF_8))
        .post(url)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", containsString("no-outline"))
        .body("detail", containsString("(2 lines of text were read, the first 「会议纪要」)"))
        .body("detail", containsString("from PDFs, ruled or with columns aligned by whitespace"));
    reporter()
        .contentType("text/plain; charset=UTF-8")
        .body(document(SEED))
        .queryParam("dryRun", "maybe")
        .post(url)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("dryRun"));
    // ?dryRun without a value meant a dry run: refused, never read as false (a real import)
    // (sent by the JDK's client: RestAssured drops a query parameter that has no value)
    for (String withoutValue : List.of("?dryRun", "?dryRun=", "?createTickets&dryRun=true")) {
      java.net.http.HttpResponse<String> answer =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(
                          java.net.URI.create(
                              "http://localhost:" + RestAssured.port + url + withoutValue))
                      .header("Authorization", "Bearer " + Tokens.reporter("导入人", null))
                      .header("Content-Type", "text/plain; charset=UTF-8")
                      .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(document(SEED)))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(400, answer.statusCode(), withoutValue + ": " + answer.body());
      assertTrue(
          answer
              .body()
              .contains(withoutValue.contains("createTickets") ? "createTickets" : "dryRun"),
          answer.body());
    }
    RestAssured.given()
        .auth()
        .oauth2(Tokens.viewer())
        .contentType("text/plain; charset=UTF-8")
        .body(document(SEED))
        .post(url)
        .then()
        .statusCode(403);
    assertEquals(List.of(), problemsOf(source));
    asViewer().queryParam("sourceId", source).get("/api/v1/causes").then().body("items", empty());
    // and none of them counts as an earlier import of the document
    text(document(SEED)).post(url).then().statusCode(201);
  }

  private void batchAnswers(int status) {
    rectification.stubFor(
        post(urlPathEqualTo("/api/v1/tickets/batch"))
            .willReturn(aResponse().withStatus(status).withBody("{\"title\": \"down\"}")));
  }

  /** A batch answer built from the request, as the rectification service would: views in order. */
  private void batchCreates(int count) {
    String views = TicketJson.batchViews(count, 900);
    rectification.stubFor(
        post(urlPathEqualTo("/api/v1/tickets/batch"))
            .withHeader("Idempotency-Key", matching("import-.+"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"tickets\": [" + views + "]}")
                    .withTransformers("response-template")));
  }

  /**
   * The first batch after the rectification service starts can take longer than the read timeout:
   * the retry with the same Idempotency-Key then finds the first request still running (409
   * idempotency-key-in-use, Retry-After). It is waited for, and the replayed answer gives the
   * tickets the first request created, instead of reporting every ticket as refused.
   */
  @Test
  void aBatchStillRunningWhenItsRetryArrivesIsWaitedFor() {
    String source = source("审计整改方案（首次建单）");
    int measures =
        text(document(PLAN))
            .queryParam("dryRun", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("problems.measures.flatten()")
            .size();
    String views = "{\"tickets\": [" + TicketJson.batchViews(measures, 950) + "]}";
    var batch = urlPathEqualTo("/api/v1/tickets/batch");
    var slow =
        rectification.stubFor(
            post(batch)
                .atPriority(1)
                .inScenario("first batch after a start")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willSetStateTo("running")
                .willReturn(
                    aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(views)
                        .withTransformers("response-template")
                        .withFixedDelay(6500)));
    var inUse =
        rectification.stubFor(
            post(batch)
                .atPriority(1)
                .inScenario("first batch after a start")
                .whenScenarioStateIs("running")
                .willSetStateTo("done")
                .willReturn(
                    aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/problem+json")
                        .withHeader("Retry-After", "1")
                        .withBody(
                            "{\"type\": \"https://bihuan.example/problems/idempotency-key-in-use\","
                                + " \"status\": 409, \"detail\": \"A request with this"
                                + " Idempotency-Key is still being processed; retry shortly.\"}")));
    var replay =
        rectification.stubFor(
            post(batch)
                .atPriority(1)
                .inScenario("first batch after a start")
                .whenScenarioStateIs("done")
                .willSetStateTo("replayed")
                .willReturn(
                    aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Idempotent-Replayed", "true")
                        .withBody(views)
                        .withTransformers("response-template")));
    try {
      rectification.resetRequests();
      JsonPath answer =
          text(document(PLAN))
              .queryParam("createTickets", "true")
              .post("/api/v1/sources/" + source + "/import")
              .then()
              .statusCode(201)
              .extract()
              .jsonPath();
      assertTrue(
          answer.getList("tickets.pending.reason", String.class).stream()
              .noneMatch(r -> r.contains("rectification service")),
          answer.prettify());
      int created = answer.getList("tickets.created").size();
      assertEquals(measures, created + answer.getList("tickets.pending").size());
      assertTrue(created >= 6, "created " + created);
      List<LoggedRequest> sent = rectification.findAll(postRequestedFor(batch));
      assertEquals(3, sent.size());
      assertEquals(
          1, sent.stream().map(r -> r.getHeader("Idempotency-Key")).distinct().count(), "one key");
    } finally {
      rectification.removeStub(slow);
      rectification.removeStub(inUse);
      rectification.removeStub(replay);
    }
  }

  @Test
  void aPlanImportsWhileRectificationIsDownAndItsTicketsAreCreatedLater() {
    String source = source("审计整改方案");
    batchAnswers(503);
    JsonPath answer =
        text(document(PLAN))
            .queryParam("createTickets", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .body("problems", hasSize(6))
            .body("problems[0].measures[0].responsibleUnits", contains("财务科", "项目办"))
            .body("problems[0].measures[0].leaderInCharge", equalTo("周平"))
            .body("problems[0].measures[0].timing", equalTo("DEADLINE"))
            .body("problems[0].measures[0].deadline", equalTo("2024-05-31"))
            .body("tickets.created", empty())
            .extract()
            .jsonPath();
    String importId = answer.getString("importId");
    int measures = answer.getList("problems.measures.flatten()").size();
    List<String> pending = answer.getList("tickets.pending.externalRef");
    assertEquals(measures, pending.size());
    assertEquals("import:" + importId + ":1", pending.get(0));
    assertTrue(
        answer.getList("tickets.pending.reason", String.class).stream()
            .anyMatch(r -> r.contains("rectification service")));
    assertEquals(6, problemsOf(source).size(), "the problems are imported all the same");
    asViewer()
        .queryParam("sourceId", source)
        .queryParam("status", "OPEN")
        .get("/api/v1/problems")
        .then()
        .body("items", hasSize(6));

    rectification.resetRequests();
    batchCreates(measures);
    JsonPath retried =
        reporter()
            .post("/api/v1/sources/" + source + "/imports/" + importId + "/tickets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> created = retried.getList("tickets.created.externalRef");
    assertEquals(measures, created.size() + retried.getList("tickets.pending").size());
    assertTrue(created.size() >= 6, "created " + created);
    assertTrue(created.contains("import:" + importId + ":1"));
    assertEquals(
        retried.getString("problems[0].id"),
        retried.getString(
            "tickets.created.find { it.externalRef == 'import:" + importId + ":1' }.problemId"));
    List<LoggedRequest> sent =
        rectification.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tickets/batch")));
    assertEquals(1, sent.size());
    assertTrue(sent.get(0).getHeader("Idempotency-Key").startsWith("import-" + importId));
    assertTrue(
        sent.get(0).getBodyAsString().contains("\"externalRef\":\"import:" + importId + ":1\""));
    assertTrue(sent.get(0).getHeader("Authorization").startsWith("Bearer "));
    asViewer()
        .get("/api/v1/problems/" + retried.getString("problems[0].id"))
        .then()
        .body("status", equalTo("RECTIFYING"));

    // nothing left to send: a second retry sends nothing and answers the same tickets
    rectification.resetRequests();
    reporter()
        .post("/api/v1/sources/" + source + "/imports/" + importId + "/tickets")
        .then()
        .statusCode(200)
        .body("tickets.created.externalRef", equalTo(created));
    assertEquals(
        0, rectification.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tickets/batch"))).size());
  }

  @Test
  void aPlanImportedWithCreateTicketsAnswersTheCreatedTickets() {
    String source = source("巡察整改方案");
    JsonPath preview =
        text(document(PLAN))
            .queryParam("dryRun", "true")
            .queryParam("createTickets", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(200)
            .body("tickets.created", empty())
            .extract()
            .jsonPath();
    int measures = preview.getList("problems.measures.flatten()").size();
    assertEquals(measures, preview.getList("tickets.pending").size());
    rectification.resetRequests();
    batchCreates(measures);
    JsonPath answer =
        text(document(PLAN))
            .queryParam("createTickets", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    List<String> created = answer.getList("tickets.created.externalRef");
    List<String> pending = answer.getList("tickets.pending.reason");
    assertEquals(measures, created.size() + pending.size());
    assertTrue(created.size() >= 6, "created " + created);
    pending.forEach(
        reason -> assertTrue(reason.contains("整改时限") || reason.contains("责任单位"), reason));
    assertEquals(
        1, rectification.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tickets/batch"))).size());
    String first = answer.getString("problems[0].id");
    asViewer().get("/api/v1/problems/" + first).then().body("status", equalTo("RECTIFYING"));
    assertEquals(
        List.of("problem.created", "problem.rectifying"),
        org.bihuan.problem.support.Api.feedAbout(first)
            .getList("events.findAll { it.resourceId == '" + first + "' }.type"));
  }

  @Test
  void aLedgersProgressNotesBecomeTheTicketsFirstProgressReportsOnceThoughRetried() {
    String source = source("整改台账进展");
    Style style = Style.of(Layout.MERGED).withCoUnitsAndProgress();
    byte[] xlsx = Ledgers.xlsx(List.of(Ledgers.table("整改台账", LedgerModels.taskList(), style)));
    JsonPath preview =
        reporter()
            .contentType(DocumentText.XLSX)
            .body(xlsx)
            .queryParam("dryRun", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    int measures = preview.getList("problems.measures.flatten()").size();
    List<String> notes =
        preview.getList("problems.measures.flatten().progress", String.class).stream()
            .filter(n -> n != null)
            .toList();
    assertTrue(notes.size() >= 2, "the ledger has progress notes: " + notes);
    rectification.resetRequests();
    batchCreates(measures);
    rectification.stubFor(
        post(urlPathMatching("/api/v1/tickets/[^/]+/progress"))
            .willReturn(aResponse().withStatus(503).withBody("{\"title\": \"down\"}")));

    JsonPath answer =
        reporter()
            .contentType(DocumentText.XLSX)
            .body(xlsx)
            .queryParam("createTickets", "true")
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String importId = answer.getString("importId");
    assertEquals(measures, answer.getList("tickets.created").size());
    assertEquals(
        notes.size(),
        answer.getList("warnings", String.class).stream()
            .filter(w -> w.contains("progress note") && w.contains("/tickets sends it again"))
            .count(),
        answer.prettify());

    // the rectification service answers again: the retry records each note once
    rectification.resetRequests();
    RectificationStub.progressRecorded(rectification, "已制定学习计划");
    JsonPath retried =
        reporter()
            .post("/api/v1/sources/" + source + "/imports/" + importId + "/tickets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(
        retried.getList("warnings", String.class).stream()
            .noneMatch(w -> w.contains("progress note")),
        retried.prettify());
    assertEquals(
        0, rectification.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tickets/batch"))).size());
    List<LoggedRequest> reports =
        rectification.findAll(postRequestedFor(urlPathMatching("/api/v1/tickets/[^/]+/progress")));
    assertEquals(notes.size(), reports.size());
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    List<String> ticketIds = retried.getList("tickets.created.ticketId", String.class);
    for (int i = 0; i < reports.size(); i++) {
      JsonPath body = JsonPath.from(reports.get(i).getBodyAsString());
      assertEquals(notes.get(i), body.getString("note"));
      assertEquals(today, body.getString("date"));
      assertTrue(
          reports
              .get(i)
              .getHeader("Idempotency-Key")
              .matches("import-" + importId + "-\\d+-progress"),
          reports.get(i).getHeader("Idempotency-Key"));
      String ticket = reports.get(i).getUrl().split("/")[4];
      assertTrue(ticketIds.contains(ticket), ticket + " is one of the import's tickets");
    }
    assertEquals(
        notes.size(),
        reports.stream().map(r -> r.getHeader("Idempotency-Key")).distinct().count(),
        "one key per note");

    // recorded: another retry sends nothing
    rectification.resetRequests();
    reporter()
        .post("/api/v1/sources/" + source + "/imports/" + importId + "/tickets")
        .then()
        .statusCode(200);
    assertEquals(
        0,
        rectification
            .findAll(postRequestedFor(urlPathMatching("/api/v1/tickets/[^/]+/progress")))
            .size());
  }
}
