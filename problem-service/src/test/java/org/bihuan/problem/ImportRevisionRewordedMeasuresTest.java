package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.problem.support.RevisedPlans.importing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.problem.support.RevisedPlans;
import org.bihuan.problem.support.TicketJson;
import org.junit.jupiter.api.Test;

/**
 * A revision imported with {@code ?replace=true} that rewords or drops measures of kept problems
 * whose measures are tickets (docs/decisions/0318): a reworded measure carries its ticket (no
 * second ticket), and a warning says the ticket keeps its wording; a dropped measure — a time stage
 * the revision leaves out — is named with its ticket in a warning and under {@code
 * tickets.ofDroppedMeasures}, in the dry run, the real import and the stored import alike; a moved
 * deadline is compared with the ticket's current deadline, not the earlier document's.
 */
@QuarkusTest
class ImportRevisionRewordedMeasuresTest {

  @RectificationStub.Stub WireMockServer rectification;

  static final String PLAN =
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
      """;

  static final String STAGES =
      """
      XX局落实审计整改工作方案
      一、档案管理方面
      （一）档案管理混乱
      存在问题：档案未按期归档。
      整改措施：第一阶段（2024年7月31日前）：完成全面排查，建立问题台账；
      第二阶段（2024年10月31日前）：完成整改，建立长效机制。
      责任领导：周平；责任单位：办公室；具体责任人：郑洁
      """;

  @Test
  void rewordedMeasuresCarryTheirTickets() {
    String source = Api.source("修订稿改写措施");
    RevisedPlans.batchCreates(rectification, 2, 4100);
    JsonPath first = imported(source, PLAN);
    List<Map<String, Object>> tickets = first.getList("tickets.created");
    assertEquals(2, tickets.size(), first.prettify());
    List<String> numbers = first.getList("problems.number");
    String revised =
        PLAN.replace("建立预算执行月通报制度。", "建立预算执行情况月度通报制度。").replace("开展资产清查。", "全面盘点固定资产，逐项核对账实。");
    List<Map<String, Object>> carried =
        List.of(
            carried(tickets.get(0), "建立预算执行情况月度通报制度。"),
            carried(tickets.get(1), "全面盘点固定资产，逐项核对账实。"));
    List<String> reworded =
        List.of(
            "Problem "
                + numbers.get(0)
                + " 「预算执行进度缓慢」, measure 「建立预算执行情况月度通报制度。」 rewords 「建立预算执行月通报制度。」 of the"
                + " earlier import: its ticket T-2024-4100 is carried over and keeps its own"
                + " wording until it is edited (PUT /api/v1/tickets/"
                + tickets.get(0).get("ticketId")
                + ").",
            "Problem "
                + numbers.get(1)
                + " 「固定资产账实不符」, measure 「全面盘点固定资产，逐项核对账实。」 rewords 「开展资产清查。」 of the earlier"
                + " import: its ticket T-2024-4101 is carried over and keeps its own wording"
                + " until it is edited (PUT /api/v1/tickets/"
                + tickets.get(1).get("ticketId")
                + ").");

    JsonPath dry = replacing(source, revised, true).statusCode(200).extract().jsonPath();
    assertEquals(List.of(), dry.getList("tickets.created"), dry.prettify());
    assertEquals(List.of(), dry.getList("tickets.pending"), dry.prettify());
    assertEquals(carried, dry.getList("tickets.carriedOver"), dry.prettify());
    assertEquals(reworded, warningsWith(dry, " rewords "), dry.prettify());

    JsonPath real = replacing(source, revised, false).statusCode(201).extract().jsonPath();
    assertEquals(List.of(), real.getList("tickets.created"), real.prettify());
    assertEquals(List.of(), real.getList("tickets.pending"), real.prettify());
    assertEquals(carried, real.getList("tickets.carriedOver"), real.prettify());
    assertEquals(reworded, warningsWith(real, " rewords "));
    assertEquals(first.getList("problems.id"), real.getList("problems.id"));
    JsonPath stored = stored(source, real.getString("importId"));
    assertEquals(carried, stored.getList("tickets.carriedOver"));
    assertEquals(reworded, warningsWith(stored, " rewords "));
  }

  @Test
  void aDroppedStageNamesItsTicket() {
    String source = Api.source("修订稿删去阶段");
    RevisedPlans.batchCreates(rectification, 2, 4200);
    JsonPath first = imported(source, STAGES);
    List<Map<String, Object>> tickets = first.getList("tickets.created");
    assertEquals(2, tickets.size(), first.prettify());
    assertEquals("完成整改，建立长效机制。", tickets.get(1).get("measure"), first.prettify());
    String ticketId = (String) tickets.get(1).get("ticketId");
    String problemId = first.getString("problems[0].id");
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("ids", matching(".*" + ticketId + ".*"))
            .willReturn(
                okJson(
                    TicketJson.page(
                        List.of(TicketJson.ticket(ticketId, "T-2024-4201", problemId, "ASSIGNED")),
                        null))));
    String revised = STAGES.replace("第二阶段（2024年10月31日前）：完成整改，建立长效机制。\n", "");
    List<Map<String, Object>> dropped = List.of(carried(tickets.get(1), "完成整改，建立长效机制。"));
    List<String> named =
        List.of(
            "Problem "
                + first.getString("problems[0].number")
                + " 「档案管理混乱」: the document no longer has its measure 「完成整改，建立长效机制。」; its ticket"
                + " T-2024-4201 (ASSIGNED) is not carried over and stays as it is. Cancel it (POST"
                + " /api/v1/tickets/"
                + ticketId
                + "/cancel) if its work is no longer due, or keep the measure in the document.");

    JsonPath dry = replacing(source, revised, true).statusCode(200).extract().jsonPath();
    assertEquals(dropped, dry.getList("tickets.ofDroppedMeasures"), dry.prettify());
    assertEquals(
        List.of(carried(tickets.get(0), (String) tickets.get(0).get("measure"))),
        dry.getList("tickets.carriedOver"),
        dry.prettify());
    assertEquals(named, warningsWith(dry, "no longer has"), dry.prettify());

    JsonPath real = replacing(source, revised, false).statusCode(201).extract().jsonPath();
    assertEquals(dropped, real.getList("tickets.ofDroppedMeasures"), real.prettify());
    assertEquals(named, warningsWith(real, "no longer has"));
    JsonPath stored = stored(source, real.getString("importId"));
    assertEquals(dropped, stored.getList("tickets.ofDroppedMeasures"), stored.prettify());
    assertEquals(named, warningsWith(stored, "no longer has"));
  }

  @Test
  void aMovedDeadlineIsComparedWithTheTicketsCurrentDeadline() {
    String source = Api.source("修订稿期限对照工单");
    RevisedPlans.batchCreates(rectification, 2, 4300);
    JsonPath first = imported(source, PLAN);
    Map<String, Object> ticket = first.<Map<String, Object>>getList("tickets.created").get(0);
    String ticketId = (String) ticket.get("ticketId");
    // extended since the first import: its deadline is 2024-09-30 now
    rectification.stubFor(
        get(urlPathEqualTo("/api/v1/tickets"))
            .withQueryParam("ids", matching(".*" + ticketId + ".*"))
            .willReturn(
                okJson(
                    TicketJson.page(
                        List.of(
                            TicketJson.ticket(
                                    ticketId,
                                    "T-2024-4300",
                                    first.getString("problems[0].id"),
                                    "IN_PROGRESS")
                                .replace(
                                    "\"effectiveDeadline\": \"2024-06-30\"",
                                    "\"effectiveDeadline\": \"2024-09-30\"")),
                        null))));

    JsonPath same =
        replacing(source, PLAN.replace("2024年5月31日", "2024年9月30日"), true)
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(), warningsWith(same, "moves its deadline"), same.prettify());

    JsonPath moved =
        replacing(source, PLAN.replace("2024年5月31日", "2024年8月31日"), true)
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(
        List.of(
            "Problem "
                + first.getString("problems[0].number")
                + " 「预算执行进度缓慢」, measure 「建立预算执行月通报制度。」: the document moves its deadline"
                + " from 2024-09-30 to 2024-08-31; its ticket T-2024-4300 keeps its deadline until"
                + " an extension moves it (POST /api/v1/tickets/"
                + ticketId
                + "/extensions)."),
        warningsWith(moved, "moves its deadline"),
        moved.prettify());
  }

  private static JsonPath imported(String source, String text) {
    return importing(source, text, RevisedPlans.TXT, false, false, true)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static io.restassured.response.ValidatableResponse replacing(
      String source, String text, boolean dryRun) {
    return importing(source, text, RevisedPlans.TXT, true, dryRun, true).then();
  }

  private static JsonPath stored(String source, String importId) {
    return Api.asViewer()
        .get("/api/v1/sources/" + source + "/imports/" + importId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> carried(Map<String, Object> ticket, String measure) {
    return Map.of(
        "externalRef", ticket.get("externalRef"),
        "ticketId", ticket.get("ticketId"),
        "number", ticket.get("number"),
        "problemId", ticket.get("problemId"),
        "measure", measure);
  }

  private static List<String> warningsWith(JsonPath answer, String part) {
    return answer.getList("warnings", String.class).stream().filter(w -> w.contains(part)).toList();
  }
}
