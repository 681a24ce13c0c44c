package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.PartyFixtures.assigned;
import static org.bihuan.rectification.rest.PartyFixtures.decide;
import static org.bihuan.rectification.rest.PartyFixtures.directoryUnit;
import static org.bihuan.rectification.rest.PartyFixtures.mayNotDecide;
import static org.bihuan.rectification.rest.PartyFixtures.mayNotVerifyOrReject;
import static org.bihuan.rectification.rest.PartyFixtures.requestExtension;
import static org.bihuan.rectification.rest.PartyFixtures.submit;
import static org.bihuan.rectification.rest.TicketFixtures.act;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bihuan.rectification.directory.DirectoryFixtures;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A person the directory knows under two sign-ons is one submitter, one requester
 * (docs/decisions/0249): the ticket records every directory person the actor's login claims named
 * when he submitted or asked for an extension, so the token he verifies or decides with — whose
 * subject is another of his logins, his mobile, or his externalId — is compared by person, not by
 * the subject the first token carried.
 */
@QuarkusTest
class TwoSignOnsTest {

  @Inject AgroalDataSource dataSource;

  /** A token of {@code subject} with {@code name}, the unit and the other claims given as pairs. */
  private static String token(
      String subject, String name, String unit, String role, String... claims) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("name", name);
    if (unit != null) {
      c.put("unit", unit);
    }
    for (int i = 0; i < claims.length; i += 2) {
      c.put(claims[i], claims[i + 1]);
    }
    return Tokens.withClaims(subject, c, role);
  }

  private static String freshMobile() {
    return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
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

  /**
   * 赵 submits with a token whose subject the directory does not know (an SSO's opaque id, no upn or
   * preferred_username to stand for it) and whose display name (值班员, a post) is not his directory
   * name, but whose email claim is his login; he then signs on by his login, by his mobile and by
   * his externalId, under yet another display name. Each of those is the submitter. Another
   * verifier verifies.
   */
  @Test
  void aSubmitterIsEveryPersonHisClaimsNamedWhenHeSubmitted() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String unit = directoryUnit("整改科");
    String zhao = DirectoryFixtures.id("P-ZHAO");
    String mobile = freshMobile();
    person(zhao, "赵验收", unit, "zhao" + s, mobile);
    String ticket = assigned(unit, "\"responsiblePerson\": \"李四\"");
    submit(token("sso-" + s, "值班员", unit, "reporter", "email", "zhao" + s + "@corp.cn"), ticket);
    mayNotVerifyOrReject(token("zhao" + s, "Yanshou", null, "verifier"), ticket);
    mayNotVerifyOrReject(token(mobile, "Yanshou", null, "verifier"), ticket);
    mayNotVerifyOrReject(token(zhao, "Yanshou", null, "verifier"), ticket);
    mayNotVerifyOrReject(
        token("sso2-" + s, "Yanshou", null, "verifier", "phone_number", mobile), ticket);
    act(token("qian" + s, "钱七", null, "verifier"), ticket, "verify", "验收通过").then().statusCode(200);
  }

  /**
   * The same with two logins of one person (the directory's login and a former one he still signs
   * on with): submitted by his mobile sign-on, verified with his login.
   */
  @Test
  void aSubmitterByMobileClaimIsHisLoginToo() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String unit = directoryUnit("整改科");
    String zhao = DirectoryFixtures.id("P-ZHAO");
    String mobile = freshMobile();
    person(zhao, "赵验收", unit, "zhao" + s, mobile);
    String ticket = assigned(unit, "\"responsiblePerson\": \"李四\"");
    submit(token("sso-" + s, "值班员", unit, "reporter", "mobile", "+86 " + mobile), ticket);
    mayNotVerifyOrReject(token("ZHAO" + s + "@corp.cn", "Yanshou", null, "verifier"), ticket);
  }

  /**
   * An extension's requester, too, is every person his claims named when he asked: he may not
   * decide it under another sign-on; another verifier may.
   */
  @Test
  void anExtensionsRequesterIsEveryPersonHisClaimsNamed() {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String unit = directoryUnit("整改科");
    String zhao = DirectoryFixtures.id("P-ZHAO");
    String mobile = freshMobile();
    person(zhao, "赵验收", unit, "zhao" + s, mobile);
    String ticket = assigned(unit, "\"responsiblePerson\": \"李四\"");
    String asker = token("sso-" + s, "值班员", unit, "reporter", "email", "zhao" + s + "@corp.cn");
    act(asker, ticket, "start", null).then().statusCode(200);
    String extension = requestExtension(asker, ticket);
    mayNotDecide(token("zhao" + s, "Yanshou", null, "verifier"), extension);
    mayNotDecide(token(mobile, "Yanshou", null, "verifier"), extension);
    mayNotDecide(token(zhao, "Yanshou", null, "verifier"), extension);
    decide(token("qian" + s, "钱七", null, "verifier"), extension, "approve").then().statusCode(200);
  }

  /**
   * A login that is another person's mobile, stored before the directory refused it (0249): a token
   * carrying it names the person whose login it is, not (also) the one whose mobile it is.
   */
  @Test
  void anExactLoginWinsOverAnotherPersonsMobile() throws Exception {
    String s = UUID.randomUUID().toString().substring(0, 8);
    String unit = directoryUnit("整改科");
    String sun = DirectoryFixtures.id("P-SUN");
    String zhao = DirectoryFixtures.id("P-ZHAO");
    String mobile = freshMobile();
    person(sun, "孙一", unit, "sun" + s, freshMobile());
    person(zhao, "赵验收", unit, "zhao" + s, mobile);
    try (Connection c = dataSource.getConnection();
        PreparedStatement st =
            c.prepareStatement(
                "update directory_person set login = ?, login_key = ? where external_id = ?")) {
      st.setString(1, mobile);
      st.setString(2, mobile);
      st.setString(3, sun);
      st.executeUpdate();
    }
    String ticket = assigned(unit, "\"responsiblePersonExternalId\": \"%s\"".formatted(zhao));
    submit(Tokens.reporter("王五", unit), ticket);
    // 孙一 signs on by his login: he is not 赵验收, whose mobile it also is
    act(token(mobile, "钱七", null, "verifier"), ticket, "verify", "验收通过").then().statusCode(200);
  }
}
