package org.bihuan.rectification.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Locale;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A login names one person (docs/decisions/0223): two people in use may not share one, by upsert
 * (409) or in a snapshot (400 naming both entries).
 */
@QuarkusTest
class DirectoryLoginsTest {

  @Test
  void aLoginHeldByAnotherPersonInUseIsRefused() {
    String unit = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unit, "督查室");
    String pf1 = DirectoryFixtures.id("PF");
    String pf2 = DirectoryFixtures.id("PF");
    String login = "lf-" + pf1;
    DirectoryFixtures.person(pf1, "周一", unit, login);
    String body = "{\"name\": \"吴二\", \"unitExternalId\": \"%s\", \"login\": \"%s\"}";
    DirectoryFixtures.putPerson(Tokens.admin(), pf2, body.formatted(unit, login))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("login", equalTo(login))
        .body("heldBy", equalTo(pf1))
        .body("detail", containsString(login));
    DirectoryFixtures.putPerson(Tokens.admin(), pf2, body.formatted(unit, "wu-" + pf2))
        .then()
        .statusCode(201);
    DirectoryFixtures.putPerson(DirectoryFixtures.syncJob(), pf2, body.formatted(unit, login))
        .then()
        .statusCode(409);
    // Once 周一 is sealed, his login may be given to someone else.
    DirectoryFixtures.putPerson(
            Tokens.admin(),
            pf1,
            "{\"name\": \"周一\", \"unitExternalId\": \"%s\", \"login\": \"%s\", \"sealed\": true}"
                .formatted(unit, login))
        .then()
        .statusCode(200);
    DirectoryFixtures.putPerson(Tokens.admin(), pf2, body.formatted(unit, login))
        .then()
        .statusCode(200)
        .body("login", equalTo(login));
  }

  @Test
  void aSnapshotWhosePeopleShareALoginIsRefusedNamingBoth() {
    String unit = DirectoryFixtures.id("ORG");
    String a = DirectoryFixtures.id("PF");
    String b = DirectoryFixtures.id("PF");
    String person =
        "{\"externalId\": \"%s\", \"name\": \"%s\", \"unitExternalId\": \"%s\", \"login\": \"%s\"}";
    DirectoryFixtures.sync(
            DirectoryFixtures.syncJob(),
            "{\"units\": [{\"externalId\": \"%s\", \"name\": \"督查室\"}], \"people\": [%s, %s]}"
                .formatted(
                    unit,
                    person.formatted(a, "周一", unit, "shared-" + a),
                    person.formatted(b, "吴二", unit, "shared-" + a)))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("people[1].login"))
        .body("detail", containsString("people[0]"))
        .body("detail", containsString("people[1]"));
  }

  /**
   * Logins are compared by their key (0229): another case, full-width letters or an @domain part is
   * the same login, by upsert (409) and in a snapshot (400).
   */
  @Test
  void aLoginWrittenInAnotherCaseWidthOrWithADomainIsTheSameLogin() {
    String unit = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unit, "督查室");
    String pf1 = DirectoryFixtures.id("PF");
    String pf2 = DirectoryFixtures.id("PF");
    String login = "ZhaoYS-" + pf1.substring(3);
    DirectoryFixtures.person(pf1, "周一", unit, login);
    String body = "{\"name\": \"吴二\", \"unitExternalId\": \"%s\", \"login\": \"%s\"}";
    StringBuilder wide = new StringBuilder();
    login.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
    for (String other :
        List.of(
            login.toLowerCase(Locale.ROOT),
            login.toUpperCase(Locale.ROOT),
            wide.toString(),
            login + "@corp.example")) {
      DirectoryFixtures.putPerson(Tokens.admin(), pf2, body.formatted(unit, other))
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("heldBy", equalTo(pf1));
    }
    String a = DirectoryFixtures.id("PF");
    String b = DirectoryFixtures.id("PF");
    String person =
        "{\"externalId\": \"%s\", \"name\": \"%s\", \"unitExternalId\": \"%s\", \"login\": \"%s\"}";
    DirectoryFixtures.sync(
            DirectoryFixtures.syncJob(),
            "{\"units\": [{\"externalId\": \"%s\", \"name\": \"督查室\"}], \"people\": [%s, %s]}"
                .formatted(
                    unit,
                    person.formatted(a, "周一", unit, "ZHAOYS-" + a),
                    person.formatted(b, "吴二", unit, "zhaoys-" + a.toLowerCase(Locale.ROOT))))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("people[1].login"));
  }

  /**
   * The key also sets aside a DOMAIN\ part, mailto:, a %domain part and trailing dots (0238): one
   * login per person holds for those too, and a login taken away is free again however written.
   */
  @Test
  void aLoginWithADomainBeforeABackslashMailtoAPercentDomainOrATrailingDotIsTheSameLogin() {
    String unit = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unit, "督查室");
    String pf1 = DirectoryFixtures.id("PF");
    String pf2 = DirectoryFixtures.id("PF");
    String login = "wk-" + pf1.substring(3);
    DirectoryFixtures.person(pf1, "周一", unit, "CORP\\\\" + login);
    String body = "{\"name\": \"吴二\", \"unitExternalId\": \"%s\", \"login\": \"%s\"}";
    for (String other :
        List.of(login, "mailto:" + login + "@corp", login + "%corp", login + ".", "OA\\" + login)) {
      DirectoryFixtures.putPerson(
              Tokens.admin(), pf2, body.formatted(unit, other.replace("\\", "\\\\")))
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("heldBy", equalTo(pf1));
    }
    // 周一's login changes: the old one, written another way, may be given to 吴二.
    DirectoryFixtures.putPerson(Tokens.admin(), pf1, body.formatted(unit, login + "-2"))
        .then()
        .statusCode(200);
    DirectoryFixtures.putPerson(Tokens.admin(), pf2, body.formatted(unit, login + "."))
        .then()
        .statusCode(201);
  }

  /**
   * Names and logins hold no invisible character (0229): a unit or person named with U+200B,
   * U+2060, U+00AD or a bidirectional control, or a login holding one, is refused naming the field.
   */
  @Test
  void namesAndLoginsWithInvisibleCharactersAreRefused() {
    String unit = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unit, "督查室");
    for (String invisible : List.of("\u200B", "\u2060", "\u00AD", "\u202E")) {
      DirectoryFixtures.putUnit(
              Tokens.admin(), DirectoryFixtures.id("ORG"), "{\"name\": \"党委办公室" + invisible + "\"}")
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors.field", hasItem("name"));
      DirectoryFixtures.putPerson(
              Tokens.admin(),
              DirectoryFixtures.id("PF"),
              "{\"name\": \"周" + invisible + "一\", \"unitExternalId\": \"" + unit + "\"}")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("name"));
      DirectoryFixtures.putPerson(
              Tokens.admin(),
              DirectoryFixtures.id("PF"),
              "{\"name\": \"周一\", \"login\": \"zhou" + invisible + "yi\"}")
          .then()
          .statusCode(400)
          .body("errors.field", hasItem("login"));
    }
    DirectoryFixtures.sync(
            DirectoryFixtures.syncJob(),
            "{\"units\": [{\"externalId\": \"%s\", \"name\": \"督查室\u200B\"}], \"people\": []}"
                .formatted(unit))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("units[0].name"));
  }
}
