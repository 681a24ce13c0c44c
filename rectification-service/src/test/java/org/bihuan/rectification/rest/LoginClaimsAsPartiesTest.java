package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.PartyFixtures.PEOPLE;
import static org.bihuan.rectification.rest.PartyFixtures.assigned;
import static org.bihuan.rectification.rest.PartyFixtures.decide;
import static org.bihuan.rectification.rest.PartyFixtures.directoryUnit;
import static org.bihuan.rectification.rest.PartyFixtures.mayNotDecide;
import static org.bihuan.rectification.rest.PartyFixtures.mayNotVerifyOrReject;
import static org.bihuan.rectification.rest.PartyFixtures.putPerson;
import static org.bihuan.rectification.rest.PartyFixtures.requestExtension;
import static org.bihuan.rectification.rest.PartyFixtures.submit;
import static org.bihuan.rectification.rest.TicketFixtures.act;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Who the caller is for separation of duties (docs/decisions/0238): every login claim of his token
 * is looked up in the directory, a subject may be his externalId, a submitter or an extension's
 * requester is still himself after the directory changed his login, a DOMAIN\ part, mailto:, a
 * %domain and trailing dots are set aside, and the names the directory gave someone before renaming
 * him are still his names.
 */
@QuarkusTest
class LoginClaimsAsPartiesTest {

  /** A verifier's token: subject, {@code name} and the other claims given as pairs. */
  private static String verifier(String subject, String name, String... claims) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    for (int i = 0; i < claims.length; i += 2) {
      c.put(claims[i], claims[i + 1]);
    }
    return Tokens.withClaims(subject, c, "verifier");
  }

  /**
   * 赵验收 (login ZhaoYS1…, later zhaonew…) and 李书记 (login lild…) answer for the ticket by id. A token
   * names them by email, unique_name, a DOMAIN\ login, mailto:, %domain, a trailing dot, or by its
   * subject being the externalId, while its principal (upn, else preferred_username, else sub)
   * names someone else or nobody: none may verify, reject or decide an extension.
   */
  @Test
  void everyLoginClaimAndTheExternalIdNameTheCaller() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String unit = directoryUnit("验收科");
    String zhao = DirectoryFixtures.id("P-ZHAO");
    String li = DirectoryFixtures.id("P-LI");
    String wang = DirectoryFixtures.id("P-WANG");
    DirectoryFixtures.person(zhao, "赵验收", unit, "ZhaoYS1-" + s);
    DirectoryFixtures.person(li, "李书记", unit, "lild-" + s);
    DirectoryFixtures.person(wang, "王填报", unit, "wangtb-" + s);
    String id =
        assigned(
            unit,
            "\"responsiblePersonExternalId\": \"%s\", \"leaderInChargeExternalId\": \"%s\""
                .formatted(zhao, li));
    List<String> before =
        List.of(
            verifier("x4-" + s, "老赵", "email", "zhaoys1-" + s + "@mail.corp"),
            verifier("x4-" + s, "老赵", "unique_name", "zhaoys1-" + s),
            verifier("x4-" + s, "老赵", "unique_name", "ZhaoYS1-" + s + "@corp.example"),
            verifier("CORP\\ZhaoYS1-" + s, "老赵"),
            verifier("x4-" + s, "老赵", "preferred_username", "CORP\\zhaoys1-" + s),
            verifier(zhao, "老赵"),
            verifier("x5-" + s, "老李", "email", "lild-" + s + "@x"),
            verifier("x5-" + s, "老李", "unique_name", "LILD-" + s));
    String reporter = Tokens.reporter("王五", unit);
    String extension = requestExtension(reporter, id);
    before.forEach(token -> mayNotDecide(token, extension));
    decide(Tokens.verifier("钱七"), extension, "refuse").then().statusCode(200);
    submit(reporter, id);
    before.forEach(token -> mayNotVerifyOrReject(token, id));

    // The directory gives 赵验收 another login: every way of writing it still names him.
    putPerson(zhao, "赵验收", unit, "zhaonew-" + s);
    String zhaonew = "zhaonew-" + s;
    for (String token :
        List.of(
            verifier(zhaonew, "老赵", "upn", "other-" + s + "@corp"),
            verifier(zhaonew, "老赵", "preferred_username", "wangtb-" + s),
            verifier(
                "x4-" + s, "老赵", "upn", "zhao.xinming-" + s + "@corp", "email", zhaonew + "@corp"),
            verifier("mailto:" + zhaonew + "@corp", "老赵"),
            verifier(zhaonew + "%corp", "老赵"),
            verifier(zhaonew + ".", "老赵"))) {
      mayNotVerifyOrReject(token, id);
    }
    // His former login, however written, is refused as a former login (0223).
    act(verifier("CORP\\ZhaoYS1-" + s, "老赵"), id, "verify", "验收通过")
        .then()
        .statusCode(403)
        .body("detail", org.hamcrest.Matchers.containsString("sign in again"));
    // The same kind of token naming nobody who answers for the ticket verifies it.
    act(
            verifier(
                "x6-" + s,
                "钱七",
                "email",
                "qianqi-" + s + "@mail.corp",
                "unique_name",
                "qianqi-" + s),
            id,
            "verify",
            "验收通过")
        .then()
        .statusCode(200);
  }

  /**
   * The submitter and an extension's requester, each a person of the directory whose login changed
   * after he acted, may not verify or approve under the new login; nor may a submitter or requester
   * unknown to the directory under his login with a DOMAIN\ part.
   */
  @Test
  void aSubmitterAndARequesterAfterTheirLoginChanged() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String unit = directoryUnit("验收科");
    String sun = DirectoryFixtures.id("P-SUN");
    String zhou = DirectoryFixtures.id("P-ZHOU");
    DirectoryFixtures.person(sun, "孙三", unit, "sun2-" + s);
    DirectoryFixtures.person(zhou, "周三", unit, "zhou2-" + s);
    String id = assigned(unit, PEOPLE);
    String extension = requestExtension(Tokens.token("zhou2-" + s, "小周", unit, "reporter"), id);
    putPerson(zhou, "周三", unit, "zhou3-" + s);
    mayNotDecide(verifier("zhou3-" + s, "周三"), extension);
    decide(Tokens.verifier("钱七"), extension, "refuse").then().statusCode(200);
    // Unknown to the directory, the requester zhoureq under CORP\zhoureq.
    String requester = Tokens.token("zhoureq-" + s, "阿周", unit, "reporter");
    String extension2 = requestExtension(requester, id);
    mayNotDecide(verifier("CORP\\zhoureq-" + s, "周某"), extension2);
    decide(Tokens.verifier("钱七"), extension2, "refuse").then().statusCode(200);

    submit(Tokens.token("sun2-" + s, "小孙", unit, "reporter"), id);
    putPerson(sun, "孙三", unit, "sun3-" + s);
    mayNotVerifyOrReject(verifier("sun3-" + s, "孙三"), id);

    // Unknown to the directory, the submitter Subm-X under CORP\subm-x.
    String other = assigned(unit, PEOPLE);
    submit(Tokens.token("Subm-X-" + s, "小徐", unit, "reporter"), other);
    mayNotVerifyOrReject(verifier("CORP\\subm-x-" + s, "老徐"), other);
    act(Tokens.verifier("钱七"), other, "verify", "验收通过").then().statusCode(200);
  }

  /**
   * The directory renamed 王填报 to 王新填报: a ticket naming 王填报 in free text is still his, and a token
   * that calls 王新填报 by his old name is still a party of a ticket assigned to him by id.
   */
  @Test
  void theNamesTheDirectoryGaveSomeoneBeforeRenamingHimAreHisNames() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String unit = directoryUnit("验收科");
    String wang = DirectoryFixtures.id("P-WANG");
    DirectoryFixtures.person(wang, "王填报", unit, "wangtb-" + s);
    String byName = assigned(unit, "\"responsiblePerson\": \"王填报\"");
    putPerson(wang, "王新填报", unit, "wangtb-" + s);
    String byId = assigned(unit, "\"responsiblePersonExternalId\": \"%s\"".formatted(wang));
    String reporter = Tokens.reporter("王五", unit);
    submit(reporter, byName);
    submit(reporter, byId);
    mayNotVerifyOrReject(verifier("wangtb-" + s, "王新填报"), byName);
    // A token the directory does not know, calling him by the name he had.
    mayNotVerifyOrReject(verifier("x7-" + s, "王填报"), byId);
    act(Tokens.verifier("钱七"), byId, "verify", "验收通过").then().statusCode(200);
  }
}
