package org.bihuan.problem.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.bihuan.testing.Tokens;

/**
 * An office's rectification plan and its revision — one problem's measure moved, one unchanged, one
 * dropped, one reworded, one added — as the replacing-import tests send them, in .txt or .docx, and
 * the rectification service's answers they need.
 */
public final class RevisedPlans {

  private RevisedPlans() {}

  public static final String TXT = "text/plain; charset=UTF-8";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  public static final String PLAN =
      """
      XX局落实审计整改工作方案
      一、财务管理方面
      （一）预算执行进度缓慢
      存在问题：2023年预算执行率仅为78%，低于序时进度。
      整改措施：建立预算执行月通报制度。
      责任领导：周平；责任单位：财务科；具体责任人：吴敏；整改时限：2024年5月31日
      （二）固定资产账实不符
      存在问题：部分资产未及时入账。
      整改措施：开展资产清查。
      责任领导：周平；责任单位：办公室；具体责任人：郑洁；整改时限：2024年6月30日
      （三）公务接待超标准
      存在问题：个别接待未执行公函制度。
      整改措施：严格执行接待公函制度。
      责任领导：周平；责任单位：办公室；具体责任人：郑洁；整改时限：2024年6月30日
      二、工程项目管理方面
      （一）工程款超付
      存在问题：某项目超付工程款3.2万元。
      整改措施：追回超付款项。
      责任领导：孙涛；责任单位：工程部；具体责任人：王刚；整改时限：2024年6月30日
      """;

  /**
   * The revision: the first measure's deadline moved to 2024-08-31, 公务接待 dropped, 会计档案 added, the
   * 工程款超付 problem reworded.
   */
  public static final String REVISED =
      PLAN.replace("2024年5月31日", "2024年8月31日")
          .replace(
              """
              （三）公务接待超标准
              存在问题：个别接待未执行公函制度。
              整改措施：严格执行接待公函制度。
              """,
              """
              （三）会计档案管理不规范
              存在问题：会计凭证未按期装订。
              整改措施：按月装订会计凭证。
              """)
          .replace("某项目超付工程款3.2万元。", "某项目超付工程款3.2万元，至今尚未追回。");

  /** {@code text} as a file of {@code mediaType} (.txt or .docx). */
  public static byte[] file(String text, String mediaType) {
    if (mediaType.startsWith("text/")) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    try {
      return FormatFiles.paragraphs(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POST /sources/{source}/import as an admin with the flags given; the answer as it is. */
  public static Response importing(
      String source,
      String text,
      String mediaType,
      boolean replace,
      boolean dryRun,
      boolean createTickets) {
    return importingAs(Tokens.admin(), source, text, mediaType, replace, dryRun, createTickets);
  }

  /** As {@link #importing} with the bearer {@code token}. */
  public static Response importingAs(
      String token,
      String source,
      String text,
      String mediaType,
      boolean replace,
      boolean dryRun,
      boolean createTickets) {
    return RestAssured.given()
        .auth()
        .oauth2(token)
        .contentType(mediaType)
        .body(file(text, mediaType))
        .queryParam("replace", replace)
        .queryParam("dryRun", dryRun)
        .queryParam("createTickets", createTickets)
        .post("/api/v1/sources/" + source + "/import");
  }

  /** The rectification service creates each ticket of a batch of {@code count}, numbered. */
  public static void batchCreates(WireMockServer rectification, int count, int firstNumber) {
    rectification.stubFor(
        post(urlPathEqualTo("/api/v1/tickets/batch"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"tickets\": [" + TicketJson.batchViews(count, firstNumber) + "]}")
                    .withTransformers("response-template")));
  }

  /** The rectification service lists one ticket of {@code status} for problem {@code id}. */
  public static void hasTicket(
      WireMockServer rectification, String id, String number, String status) {
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("problemId", equalTo(id))
            .willReturn(
                okJson(
                    TicketJson.page(
                        List.of(
                            TicketJson.ticket(UUID.randomUUID().toString(), number, id, status)),
                        null))));
  }

  /** GET /problems/{id} as a viewer. */
  public static JsonPath problem(String id) {
    return Api.asViewer().get("/api/v1/problems/" + id).then().statusCode(200).extract().jsonPath();
  }

  /** The ids of the source's problems of {@code status}. */
  public static List<String> problems(String source, String status) {
    return Api.asViewer()
        .queryParam("sourceId", source)
        .queryParam("status", status)
        .queryParam("limit", 500)
        .get("/api/v1/problems")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id");
  }

  /** The warnings of an answer that begin with {@code start}. */
  public static List<String> warningsStarting(JsonPath answer, String start) {
    return answer.getList("warnings", String.class).stream()
        .filter(w -> w.startsWith(start))
        .toList();
  }
}
