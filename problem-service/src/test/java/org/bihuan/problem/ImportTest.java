package org.bihuan.problem;

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

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * POST /sources/{id}/import, end to end on the real database: the seed document and bad documents.
 */
@QuarkusTest
class ImportTest {

  static final String SEED = "000_8f0d50df8473947d.txt";
  static final String PLAN = "rectification_plan_flat.txt";
  static final String SIX_ASPECTS = "《中共中央关于在全党深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育的意见》明确的6个方面";
  static final String TWELVE_REQUIREMENTS = "习近平总书记关于以学铸魂、以学增智、以学正风、以学促干的12条具体要求";
  static final String ACHIEVEMENT_VIEW = "树立和践行正确政绩观剖析情况";

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
}
