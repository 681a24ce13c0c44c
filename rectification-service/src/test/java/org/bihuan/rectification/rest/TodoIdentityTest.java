package org.bihuan.rectification.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whom a to-do is for is decided by the guards' own identity rule (decision 0256): the list hides
 * VERIFY from a verifier whose login is the leader in charge's whatever name his token gives, a
 * connector's role receivers leave out the ticket's parties by login key, former login and folded
 * name, {@code assignee} matches by folded name and login key, and 致远's noneBindingReceiver is the
 * person's login as the directory has it now (and the to-do is done under the login it was pushed
 * to, 0344).
 */
@QuarkusTest
class TodoIdentityTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final String WEAVER = "/rest/ofs/ReceiveRequestInfoByJson";
  private static final String RECEIVE = "/seeyon/rest/thirdpartyPending/receive";
  private static final String UPDATE = "/seeyon/rest/thirdpartyPending/updatePendingState";

  @Inject AgroalDataSource dataSource;

  private WireMockServer oa;
  private final List<String> connectors = new ArrayList<>();

  @BeforeEach
  void receiver() {
    ConnectorFixtures.withoutEarlierSubscribers(dataSource);
    oa = ConnectorFixtures.receiver();
    oa.stubFor(post(urlPathEqualTo(WEAVER)).willReturn(okJson("{\"operResult\": \"1\"}")));
    oa.stubFor(post(urlPathEqualTo("/seeyon/rest/token")).willReturn(okJson("{\"id\": \"tk\"}")));
    oa.stubFor(post(urlPathEqualTo(RECEIVE)).willReturn(okJson("{\"success\": true}")));
    oa.stubFor(post(urlPathEqualTo(UPDATE)).willReturn(okJson("{\"success\": true}")));
  }

  @AfterEach
  void stop() {
    connectors.forEach(ConnectorFixtures::deactivate);
    oa.stop();
  }

  private List<String> ids(String token, String... query) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> t : TodoFixtures.todos(token, (Object[]) query)) {
      out.add(t.get("kind") + " " + t.get("status"));
    }
    return out;
  }

  private List<String> received(String path, String field, String todoId) {
    return ConnectorFixtures.bodies(oa, path, "taskId", todoId).stream()
        .map(b -> b.path(field).asText())
        .toList();
  }

  @Test
  void theListTheConnectorsAndTheGuardsAgreeWhoIsWho() throws InterruptedException {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String unitId = DirectoryFixtures.id("ORG");
    String unit = "督查室" + tag;
    DirectoryFixtures.unit(unitId, unit);
    String zhangId = DirectoryFixtures.id("P");
    String zhang = "张三" + tag;
    String zhangLogin = "zhangsan" + tag;
    DirectoryFixtures.person(zhangId, zhang, unitId, zhangLogin);
    String liId = DirectoryFixtures.id("P");
    String li = "李书记" + tag;
    String liLogin = "lishuji" + tag;
    DirectoryFixtures.person(liId, li, unitId, liLogin);
    String wangwu = "wangwu" + tag;
    connectors.add(
        ConnectorFixtures.register(
                """
                {"kind": "weaver-todo", "name": "泛微统一待办", "baseUrl": "%s",
                 "options": {"backfill": false, "syscode": "ZGDB", "roleReceivers": {"verifier": [
                   "%s", "%s", {"name": "李 書記%s", "login": "lsj%s"}, "%s"]}}}
                """
                    .formatted(oa.baseUrl(), zhangLogin, "ZhangSan" + tag + "2", tag, tag, wangwu))
            .getString("id"));
    connectors.add(
        ConnectorFixtures.register(
                """
                {"kind": "seeyon-todo", "name": "致远待办", "baseUrl": "%s",
                 "credentials": {"restUser": "rest", "restPassword": "pw"},
                 "options": {"backfill": false, "registerCode": "3001", "receiverField": "noneBindingReceiver"}}
                """
                    .formatted(oa.baseUrl()))
            .getString("id"));
    String id =
        create(
                """
                {"problemIds": ["%s"], "measure": "建立谈心谈话制度",
                 "responsibleUnits": [{"externalId": "%s"}], "responsiblePersonExternalId": "%s",
                 "leaderInChargeExternalId": "%s", "timing": "DEADLINE", "deadline": "%s"}
                """
                    .formatted(
                        ProblemServiceStub.problem(UUID.randomUUID()),
                        unitId,
                        zhangId,
                        liId,
                        today().plusDays(30)))
            .getString("id");
    String start = ConnectorFixtures.todo(id, "START").get("id").toString();

    // assignee by login key and by folded name (張 is 张)
    assertEquals(
        List.of("START OPEN"),
        ids(Tokens.admin(), "ticketId", id, "assignee", zhangLogin.toUpperCase(Locale.ROOT)));
    assertEquals(
        List.of("START OPEN"), ids(Tokens.admin(), "ticketId", id, "assignee", "張三" + tag));

    // 致远 gets the login, then, after the directory changed it, the new one
    await(() -> !received(RECEIVE, "noneBindingReceiver", start).isEmpty(), WAIT, "START sent");
    assertEquals(List.of(zhangLogin), received(RECEIVE, "noneBindingReceiver", start));
    String newLogin = "ZhangSan" + tag + "2";
    DirectoryFixtures.renamePerson(zhangId, zhang, unitId, newLogin);
    String reporter = Tokens.reporter(zhang, unit);
    act(reporter, id, "start", null).then().statusCode(200);
    // done under the login it was sent to, and only there: the new login never had it (0344, 0349)
    await(() -> !received(UPDATE, "noneBindingReceiver", start).isEmpty(), WAIT, "START done");
    String submit = ConnectorFixtures.todo(id, "SUBMIT").get("id").toString();
    await(() -> !received(RECEIVE, "noneBindingReceiver", submit).isEmpty(), WAIT, "SUBMIT sent");
    assertEquals(List.of(zhangLogin), received(UPDATE, "noneBindingReceiver", start));
    assertEquals(List.of(newLogin), received(RECEIVE, "noneBindingReceiver", submit));

    progress(reporter, id, today(), "已召开专题会议").then().statusCode(201);
    act(reporter, id, "submit", null).then().statusCode(200);
    String verify = ConnectorFixtures.todo(id, "VERIFY").get("id").toString();

    // 李书记's login with another name in the token: not his to-do, as verify refuses him
    String liToken = Tokens.token(liLogin, "某人", null, "verifier");
    assertEquals(List.of(), ids(liToken, "ticketId", id, "kind", "VERIFY"));
    act(liToken, id, "verify", "验收通过").then().statusCode(403);
    // another verifier, named without the parties' Latin tag: names sharing Latin words are one
    // person to PersonNames (Yanshou Zhao), so 王验收1a661d would be 张三1a661d
    String otherVerifier =
        "王验收"
            + tag.chars()
                .mapToObj(c -> String.valueOf("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳".charAt(Character.digit(c, 16))))
                .collect(java.util.stream.Collectors.joining());
    assertEquals(
        List.of("VERIFY OPEN"),
        ids(Tokens.verifier(otherVerifier), "ticketId", id, "status", "OPEN"));

    // 泛微: of the verifiers listed, only the one who is no party (not zhangsan by his old or new
    // login in any case, not 李书记 written 李 書記 under another login)
    await(
        () -> !ConnectorFixtures.bodies(oa, WEAVER, "flowid", verify).isEmpty(),
        WAIT,
        "VERIFY sent to 泛微");
    Thread.sleep(2000);
    List<String> receivers =
        ConnectorFixtures.bodies(oa, WEAVER, "flowid", verify).stream()
            .map(b -> b.path("receiver").asText())
            .toList();
    assertEquals(List.of(wangwu), receivers);
  }
}
