package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.ConnectorFixtures.await;
import static org.bihuan.rectification.rest.OaTodoCentre.RECEIVE;
import static org.bihuan.rectification.rest.OaTodoCentre.UPDATE;
import static org.bihuan.rectification.rest.OaTodoCentre.WEAVER;
import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Whom a to-do is for is decided by the guards' own identity rule (decision 0256): the list hides
 * VERIFY from a verifier whose login is the leader in charge's whatever name his token gives, a
 * connector's role receivers leave out the ticket's parties by login key, former login and folded
 * name, {@code assignee} matches by folded name and login key, and 致远's noneBindingReceiver is the
 * person's login as the directory has it now (a login change moves the open to-do there, 0356).
 */
@QuarkusTest
class TodoIdentityTest extends WithOaTodoCentre {

  private List<String> ids(String token, String... query) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> t : TodoFixtures.todos(token, (Object[]) query)) {
      out.add(t.get("kind") + " " + t.get("status"));
    }
    return out;
  }

  private List<String> received(String path, String field, String todoId) {
    return centre.seeyon(path, field, todoId);
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
    centre.weaverConnector(
        centre.oa.baseUrl(),
        """
        "syscode": "ZGDB", "roleReceivers": {"verifier": [
          "%s", "%s", {"name": "李 書記%s", "login": "lsj%s"}, "%s"]}"""
            .formatted(zhangLogin, "ZhangSan" + tag + "2", tag, tag, wangwu));
    centre.seeyonConnector("\"receiverField\": \"noneBindingReceiver\"");
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
    // the login change moved it (pending at the new login, done at the old one, 0356); the done
    // of the start reaches the login that has it now (0344, 0349)
    await(() -> !received(UPDATE, "noneBindingReceiver", start).isEmpty(), WAIT, "START done");
    String submit = ConnectorFixtures.todo(id, "SUBMIT").get("id").toString();
    await(() -> !received(RECEIVE, "noneBindingReceiver", submit).isEmpty(), WAIT, "SUBMIT sent");
    assertEquals(List.of(zhangLogin, newLogin), received(RECEIVE, "noneBindingReceiver", start));
    assertEquals(List.of(zhangLogin, newLogin), received(UPDATE, "noneBindingReceiver", start));
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
        () -> !ConnectorFixtures.bodies(centre.oa, WEAVER, "flowid", verify).isEmpty(),
        WAIT,
        "VERIFY sent to 泛微");
    Thread.sleep(2000);
    List<String> receivers =
        ConnectorFixtures.bodies(centre.oa, WEAVER, "flowid", verify).stream()
            .map(b -> b.path("receiver").asText())
            .toList();
    assertEquals(List.of(wangwu), receivers);
  }
}
