package org.bihuan.rectification.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.concurrent.ThreadLocalRandom;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A login is never another person's mobile, nor a mobile another person's login
 * (docs/decisions/0249): one sign-on would otherwise name two people. The directory refuses either
 * way round, by upsert (409 naming the field and the other person) and in a snapshot (400 naming
 * the entry's field), changing nothing; a person's login may be his own mobile.
 */
@QuarkusTest
class LoginsAndMobilesApartTest {

  private static final String PERSON =
      "{\"name\": \"%s\", \"unitExternalId\": \"%s\", \"login\": \"%s\", \"mobile\": \"%s\"}";

  private static String freshMobile() {
    return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
  }

  private static String unit() {
    String unit = DirectoryFixtures.id("ORG");
    DirectoryFixtures.unit(unit, "督查室");
    return unit;
  }

  @Test
  void aLoginThatIsAnotherPersonsMobileIsRefused() {
    String unit = unit();
    String zhao = DirectoryFixtures.id("PM");
    String wang = DirectoryFixtures.id("PM");
    String mobile = freshMobile();
    DirectoryFixtures.putPerson(
            Tokens.admin(), zhao, PERSON.formatted("赵一", unit, "zhao-" + zhao, mobile))
        .then()
        .statusCode(201);
    // written another way, the same number
    String login = "+86-" + mobile.substring(0, 3) + "-" + mobile.substring(3);
    DirectoryFixtures.putPerson(
            Tokens.admin(), wang, PERSON.formatted("王二", unit, login, freshMobile()))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("login-is-a-mobile"))
        .body("field", equalTo("login"))
        .body("heldBy", equalTo(zhao));
    DirectoryFixtures.putPerson(Tokens.admin(), wang, PERSON.formatted("王二", unit, "w", mobile))
        .then()
        .statusCode(201); // nothing was stored by the refusal: he is created now
    // his own mobile as his login is his
    DirectoryFixtures.putPerson(Tokens.admin(), zhao, PERSON.formatted("赵一", unit, mobile, mobile))
        .then()
        .statusCode(409) // but wang shares that mobile now: it would name wang too
        .body("field", equalTo("login"))
        .body("heldBy", equalTo(wang));
  }

  @Test
  void aMobileThatIsAnotherPersonsLoginIsRefused() {
    String unit = unit();
    String zhao = DirectoryFixtures.id("PM");
    String wang = DirectoryFixtures.id("PM");
    String mobile = freshMobile();
    DirectoryFixtures.putPerson(Tokens.admin(), zhao, PERSON.formatted("赵一", unit, mobile, mobile))
        .then()
        .statusCode(201);
    DirectoryFixtures.putPerson(
            Tokens.admin(), wang, PERSON.formatted("王二", unit, "wang-" + wang, "+86" + mobile))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", containsString("mobile-is-a-login"))
        .body("field", equalTo("mobile"))
        .body("heldBy", equalTo(zhao));
    DirectoryFixtures.putPerson(
            DirectoryFixtures.syncJob(), wang, PERSON.formatted("王二", unit, "wang-" + wang, mobile))
        .then()
        .statusCode(409)
        .body("field", equalTo("mobile"));
  }

  @Test
  void aSnapshotWithALoginThatIsAnotherPersonsMobileIsRefusedEitherOrder() {
    String unit = DirectoryFixtures.id("ORG");
    String a = DirectoryFixtures.id("PM");
    String b = DirectoryFixtures.id("PM");
    String mobile = freshMobile();
    String person =
        "{\"externalId\": \"%s\", \"name\": \"%s\", \"unitExternalId\": \"%s\", \"login\": \"%s\","
            + " \"mobile\": \"%s\"}";
    String withMobile = person.formatted(a, "周一", unit, "zhou-" + a, mobile);
    String withLogin = person.formatted(b, "吴二", unit, "86-" + mobile, freshMobile());
    String snapshot =
        "{\"units\": [{\"externalId\": \"%s\", \"name\": \"督查室\"}], \"people\": [%s, %s]}";
    DirectoryFixtures.sync(
            DirectoryFixtures.syncJob(), snapshot.formatted(unit, withMobile, withLogin))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("people[1].login"))
        .body("detail", containsString("people[0]"));
    DirectoryFixtures.sync(
            DirectoryFixtures.syncJob(), snapshot.formatted(unit, withLogin, withMobile))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("people[1].mobile"))
        .body("detail", containsString("people[0]"));
    io.restassured.RestAssured.given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/directory/people/" + a)
        .then()
        .statusCode(404); // nothing of a refused snapshot was stored
    // one person whose login is his own mobile is fine
    DirectoryFixtures.sync(
            DirectoryFixtures.syncJob(),
            snapshot.formatted(
                unit,
                person.formatted(a, "周一", unit, mobile, mobile),
                person.formatted(b, "吴二", unit, "wu-" + b, freshMobile())))
        .then()
        .statusCode(200);
  }
}
