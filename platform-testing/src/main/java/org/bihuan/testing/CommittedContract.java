package org.bihuan.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares the OpenAPI document a running service serves at {@code /q/openapi} with the one
 * committed in {@code src/main/openapi/openapi.yaml}, so that every contract change is a visible
 * diff in review. With {@code -Dbihuan.contract.refresh=true} it writes the served document there
 * instead.
 */
public final class CommittedContract {

  public static final Path FILE = Path.of("src/main/openapi/openapi.yaml");

  private CommittedContract() {}

  public static void assertServedMatchesCommitted(String module) throws IOException {
    String served =
        given()
            .accept("application/yaml")
            .queryParam("format", "yaml")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    if (Boolean.getBoolean("bihuan.contract.refresh")) {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, served, StandardCharsets.UTF_8);
      return;
    }
    String refresh =
        "./mvnw -B -pl "
            + module
            + " -am verify -Dtest=ContractDriftTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Dbihuan.contract.refresh=true";
    if (!Files.exists(FILE)) {
      throw new AssertionError(
          module + " has no committed contract at " + FILE + "; create it with:\n  " + refresh);
    }
    String committed = Files.readString(FILE, StandardCharsets.UTF_8);
    if (!committed.equals(served)) {
      throw new AssertionError(
          "The contract served by "
              + module
              + " differs from the committed "
              + module
              + "/"
              + FILE
              + ":\n"
              + firstDifference(committed, served)
              + "\nIf the change is intended, refresh the committed contract and review the diff:\n  "
              + refresh);
    }
  }

  private static String firstDifference(String committed, String served) {
    List<String> a = committed.lines().toList();
    List<String> b = served.lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String x = i < a.size() ? a.get(i) : "<end>";
      String y = i < b.size() ? b.get(i) : "<end>";
      if (!x.equals(y)) {
        return "  line " + (i + 1) + "\n  committed: " + x + "\n  served:    " + y;
      }
    }
    return "  (line endings differ)";
  }
}
