package org.bihuan.rectification.directory;

import static org.bihuan.rectification.directory.DirectoryFixtures.rawPutUnit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Two units in use may not have one name however written (docs/decisions/0234): 党委办公室 under one id
 * and 黨委辦公室 under another would be counted as one unit, and the one's reporters would act for the
 * other. The second is refused — 409 naming the first on a PUT, 400 naming the entry in a snapshot
 * — unless one of them is sealed.
 */
@QuarkusTest
class OneNameOneUnitTest {

  private static String unit(String name, boolean sealed) {
    return "{\"name\": \"" + name + "\"" + (sealed ? ", \"sealed\": true" : "") + "}";
  }

  @Test
  void aPutGivingTheNameOfAnotherUnitInUseIsRefusedNamingIt() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String a = DirectoryFixtures.id("UA");
    String b = DirectoryFixtures.id("UB");
    rawPutUnit(Tokens.admin(), a, unit("党委办公室" + suffix, false)).then().statusCode(201);
    for (String twin :
        new String[] {"黨委辦公室" + suffix, "党委 办公室" + suffix, "党委办公室" + suffix.toUpperCase()}) {
      rawPutUnit(Tokens.admin(), b, unit(twin, false))
          .then()
          .statusCode(409)
          .contentType("application/problem+json")
          .body("heldBy", equalTo(a))
          .body("field", equalTo("name"))
          .body("detail", containsString(a));
    }
    // A sealed twin may exist; a twin sealed by the PUT is no conflict.
    rawPutUnit(Tokens.admin(), b, unit("黨委辦公室" + suffix, true)).then().statusCode(201);
    rawPutUnit(Tokens.admin(), a, unit("党委办公室" + suffix, true)).then().statusCode(200);
    rawPutUnit(Tokens.admin(), b, unit("黨委辦公室" + suffix, false)).then().statusCode(200);
    // Unsealing the first while the second is in use is the same conflict.
    rawPutUnit(Tokens.admin(), a, unit("党委办公室" + suffix, false))
        .then()
        .statusCode(409)
        .body("heldBy", equalTo(b));
    // The unit itself keeps its name when written again.
    rawPutUnit(Tokens.admin(), b, unit("黨委辦公室" + suffix, false)).then().statusCode(200);
  }

  @Test
  void aSnapshotWithTwoUnitsOfOneNameIsRefusedNamingTheSecond() {
    String suffix = UUID.randomUUID().toString().substring(0, 6);
    String a = DirectoryFixtures.id("UA");
    String b = DirectoryFixtures.id("UB");
    String c = DirectoryFixtures.id("UC");
    String units =
        "{\"externalId\": \"%s\", \"name\": \"财务科%s\"}, {\"externalId\": \"%s\", \"name\":"
            + " \"党委办公室%s\"}, {\"externalId\": \"%s\", \"name\": \"黨委辦公室%s\"%s}";
    DirectoryFixtures.sync(
            Tokens.admin(),
            "{\"units\": ["
                + units.formatted(c, suffix, a, suffix, b, suffix, "")
                + "], \"people\": []}")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("units[2].name"))
        .body("errors[0].message", containsString("units[1]"));
    DirectoryFixtures.sync(
            Tokens.admin(),
            "{\"units\": ["
                + units.formatted(c, suffix, a, suffix, b, suffix, ", \"sealed\": true")
                + "], \"people\": []}")
        .then()
        .statusCode(200);
  }
}
