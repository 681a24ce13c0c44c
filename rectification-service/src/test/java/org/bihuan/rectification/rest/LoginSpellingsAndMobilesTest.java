package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.PartyFixtures.assigned;
import static org.bihuan.rectification.rest.PartyFixtures.directoryUnit;
import static org.bihuan.rectification.rest.PartyFixtures.mayNotVerifyOrReject;
import static org.bihuan.rectification.rest.PartyFixtures.submit;
import static org.bihuan.rectification.rest.TicketFixtures.act;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The logins and mobiles by which a verifier's token names a ticket's responsible person
 * (docs/decisions/0246): a mail subaddress, a DOMAIN\ part, a Kerberos instance and realm and any
 * case name the same person; a login or a {@code phone_number}/{@code mobile} claim that is his
 * mobile, however written, names him; a submitter who signed in by mobile is the person whose
 * mobile it is. Different people stay different, and a mobile two people share names neither.
 */
@QuarkusTest
class LoginSpellingsAndMobilesTest {

  /** A verifier's token: subject, {@code name} and the other claims given as pairs. */
  private static String verifier(String subject, String name, String... claims) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    for (int i = 0; i < claims.length; i += 2) {
      c.put(claims[i], claims[i + 1]);
    }
    return Tokens.withClaims(subject, c, "verifier");
  }

  /** A mobile number nobody else in the test database has: 139 and eight random digits. */
  private static String freshMobile() {
    return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  /** {@code 13912345678} written {@code +86 139-1234-5678}. */
  private static String dashed(String mobile) {
    return "+86 "
        + mobile.substring(0, 3)
        + "-"
        + mobile.substring(3, 7)
        + "-"
        + mobile.substring(7);
  }

  private static void person(String id, String name, String unit, String login, String mobile) {
    DirectoryFixtures.putPerson(
            Tokens.admin(),
            id,
            """
            {"name": "%s", "unitExternalId": "%s", "login": "%s", "mobile": "%s"}
            """
                .formatted(name, unit, login, mobile))
        .then()
        .statusCode(201);
  }

  /** A SUBMITTED ticket of {@code unit} whose responsible person is the directory's {@code id}. */
  private static String submittedFor(String unit, String id) {
    String ticket = assigned(unit, "\"responsiblePersonExternalId\": \"%s\"".formatted(id));
    submit(Tokens.reporter("王五", unit), ticket);
    return ticket;
  }

  private static void verifies(String token, String ticket) {
    act(token, ticket, "verify", "验收通过").then().statusCode(200);
  }

  @Test
  void aSubaddressADomainAnInstanceARealmAndTheCaseNameTheResponsiblePerson() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String unit = directoryUnit("验收科");
    String zhao = DirectoryFixtures.id("P-ZHAO");
    person(zhao, "赵验收", unit, "zhao" + s + "@corp.cn", freshMobile());
    String ticket = submittedFor(unit, zhao);
    for (String token :
        List.of(
            verifier("zhao" + s + "+verify@corp.cn", "老赵"),
            verifier("CORP\\zhao" + s, "老赵"),
            verifier("zhao" + s + "/admin@CORP.CN", "老赵"),
            verifier("ZHAO" + s.toUpperCase() + "+Verify@Corp.CN", "老赵"),
            verifier("x1-" + s, "老赵", "upn", "Zhao" + s + "+oa@corp.cn"),
            verifier("x1-" + s, "老赵", "preferred_username", "zhao" + s + "/admin@CORP.CN"),
            verifier("x1-" + s, "老赵", "email", "CORP\\ZHAO" + s + "+x@corp.cn"))) {
      mayNotVerifyOrReject(token, ticket);
    }
    verifies(verifier("x1-" + s, "钱七", "upn", "qian" + s + "+oa@corp.cn"), ticket);
  }

  /** zhao1 is not zhao and zhao.li is not zhaoli, with or without the decorations set aside. */
  @Test
  void loginsOfDifferentPeopleAreNotMerged() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String unit = directoryUnit("验收科");
    String zhao = DirectoryFixtures.id("P-ZHAO");
    String zhao1 = DirectoryFixtures.id("P-ZHAO1");
    String zhaoli = DirectoryFixtures.id("P-ZHAOLI");
    String zhaoDotLi = DirectoryFixtures.id("P-ZHAO.LI");
    person(zhao, "赵验收", unit, "zhao" + s, freshMobile());
    person(zhao1, "钱七", unit, "zhao" + s + "1", freshMobile());
    person(zhaoli, "孙八", unit, "zhaoli" + s, freshMobile());
    person(zhaoDotLi, "周九", unit, "zhao.li" + s, freshMobile());
    verifies(verifier("zhao" + s + "1+verify@corp.cn", "钱七"), submittedFor(unit, zhao));
    verifies(verifier("CORP\\zhao" + s, "赵验收"), submittedFor(unit, zhao1));
    verifies(verifier("zhao.li" + s + "/admin@CORP.CN", "周九"), submittedFor(unit, zhaoli));
    verifies(
        verifier("x2-" + s, "孙八", "upn", "zhaoli" + s + "@corp.cn"), submittedFor(unit, zhaoDotLi));
  }

  /**
   * A verifier who signs in by his mobile, or whose token carries it in {@code phone_number} or
   * {@code mobile}, in any of the ways OA systems write it, is the responsible person whose mobile
   * it is; a submitter who signed in by mobile is the person whose login a verifier later uses.
   */
  @Test
  void aMobileNamesThePersonWhoseMobileItIsBothWays() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String unit = directoryUnit("验收科");
    String zhao = DirectoryFixtures.id("P-ZHAO");
    String wang = DirectoryFixtures.id("P-WANG");
    String zhaoMobile = freshMobile();
    String wangMobile = freshMobile();
    person(zhao, "赵验收", unit, "zhao" + s, zhaoMobile);
    person(wang, "王填报", unit, "wang" + s, "+86" + wangMobile);
    String ticket = submittedFor(unit, zhao);
    for (String token :
        List.of(
            verifier(zhaoMobile, "老赵"),
            verifier(dashed(zhaoMobile), "老赵"),
            verifier("86-" + zhaoMobile, "老赵"),
            verifier("x3-" + s, "老赵", "phone_number", dashed(zhaoMobile)),
            verifier("x3-" + s, "老赵", "mobile", "0086" + zhaoMobile),
            verifier("x3-" + s, "老赵", "preferred_username", "+86" + zhaoMobile))) {
      mayNotVerifyOrReject(token, ticket);
    }
    // Another person's mobile is that other person: he verifies.
    verifies(verifier("x3-" + s, "钱七", "phone_number", dashed(wangMobile)), ticket);

    // The submitter signed in by his mobile (stored +86…, sent 86-…): his login may not verify.
    String other = assigned(unit, "\"responsiblePerson\": \"李四\"");
    submit(Tokens.token("86-" + wangMobile, "小王", unit, "reporter"), other);
    mayNotVerifyOrReject(verifier("wang" + s + "@corp.cn", "老王"), other);
    verifies(verifier("x4-" + s, "钱七", "mobile", freshMobile()), other);
  }

  /**
   * Two people of the directory with one mobile: that mobile names neither, whoever holds the token
   * — he is compared by his other claims and names only.
   */
  @Test
  void aMobileTwoPeopleShareNamesNobody() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String unit = directoryUnit("验收科");
    String zhao = DirectoryFixtures.id("P-ZHAO");
    String sun = DirectoryFixtures.id("P-SUN");
    String shared = freshMobile();
    person(zhao, "赵验收", unit, "zhao" + s, shared);
    person(sun, "孙八", unit, "sun" + s, "+86" + shared);
    String ticket = submittedFor(unit, zhao);
    // By the shared mobile alone he is nobody the directory knows; by his login he is 赵验收.
    mayNotVerifyOrReject(verifier("zhao" + s + "+x@corp.cn", "老赵", "phone_number", shared), ticket);
    verifies(verifier("x5-" + s, "钱七", "phone_number", dashed(shared)), ticket);
    String sunTicket = submittedFor(unit, sun);
    verifies(verifier(shared, "钱七"), sunTicket);
  }
}
