package org.bihuan.testing;

import static io.restassured.RestAssured.given;

/** The position of a service's change feed now (GET /api/v1/events/head), read as a viewer. */
public final class FeedHead {

  private FeedHead() {}

  /** Events a test causes from now on come after this position, however long the feed is. */
  public static long position() {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/events/head")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("position");
  }
}
