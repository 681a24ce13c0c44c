package org.bihuan.report;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.bihuan.testing.Tokens;

/** Waits until the projection has read the feeds up to given positions. */
public final class Projection {

  private Projection() {}

  public static JsonPath awaitPositions(long problem, long rectification) {
    long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    JsonPath last = null;
    while (System.nanoTime() < until) {
      last =
          given()
              .auth()
              .oauth2(Tokens.viewer())
              .get("/api/v1/reports/summary")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      if (last.getLong("positions.problem") == problem
          && last.getLong("positions.rectification") == rectification) {
        return last;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError(
        "projection did not reach "
            + problem
            + "/"
            + rectification
            + "; last answer: "
            + (last == null ? null : last.prettify()));
  }

  public static void awaitFixedDataset() {
    awaitPositions(FixedDataset.lastProblemPosition(), FixedTickets.lastTicketPosition());
  }
}
