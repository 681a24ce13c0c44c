package org.bihuan.rectification.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.specification.RequestSpecification;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.bihuan.rectification.rest.TicketFixtures;
import org.bihuan.testing.Tokens;

/**
 * The ticket and the unit's reporter that the hostile tests send their inputs to, and what they
 * find stored after a refusal.
 */
final class HostileFixtures {

  private HostileFixtures() {}

  /** A new ASSIGNED ticket of {@code unit}, due in four years (within the bounds of 0257). */
  static String ticket(String unit) {
    return TicketFixtures.create(
            TicketFixtures.deadlineTicket(unit, TicketFixtures.today().plusYears(4)))
        .getString("id");
  }

  /** Nothing was stored under the ticket's {@code list} ("evidence", "progress"). */
  static void noneStored(String ticketId, String list) {
    given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/tickets/" + ticketId + "/" + list)
        .then()
        .statusCode(200)
        .body("items", empty());
  }

  /** The unit's reporter 王五, sending multipart forms as a browser does, in UTF-8. */
  static RequestSpecification multipartReporter(String unit) {
    return given()
        .config(
            RestAssured.config()
                .httpClient(
                    HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")))
        .auth()
        .oauth2(Tokens.reporter("王五", unit));
  }
}
