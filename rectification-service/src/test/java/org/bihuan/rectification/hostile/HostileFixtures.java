package org.bihuan.rectification.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.bihuan.rectification.rest.TicketFixtures;
import org.bihuan.testing.Tokens;

/**
 * The ticket and the unit's reporter that the hostile tests send their inputs to, the evidence they
 * upload and download, and what they find stored after a refusal.
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

  /** A multipart form of one file part {@code file}, named {@code filename}, of {@code type}. */
  static byte[] form(String boundary, String filename, String type, byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: "
                + type
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(file);
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /**
   * POSTs {@code body} ({@code contentType}) as evidence of ticket {@code ticketId}, as the unit's
   * reporter 王五, with an Idempotency-Key when {@code key} is not null; the bytes exactly as given.
   */
  static HttpResponse<String> uploadEvidence(
      String ticketId, String unit, String contentType, byte[] body, String key)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            evidenceUpload(
                ticketId, unit, contentType, HttpRequest.BodyPublishers.ofByteArray(body), key),
            HttpResponse.BodyHandlers.ofString());
  }

  /** The request of {@link #uploadEvidence}, its body published by {@code body}. */
  static HttpRequest evidenceUpload(
      String ticketId,
      String unit,
      String contentType,
      HttpRequest.BodyPublisher body,
      String key) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + RestAssured.port
                        + "/api/v1/tickets/"
                        + ticketId
                        + "/evidence"))
            .header("Authorization", "Bearer " + Tokens.reporter("王五", unit))
            .header("Content-Type", contentType)
            .POST(body);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.build();
  }

  /** The path of the content of ticket {@code ticketId}'s first evidence. */
  static String firstEvidenceContent(String ticketId) {
    String eid =
        given()
            .auth()
            .oauth2(Tokens.viewer())
            .get("/api/v1/tickets/" + ticketId + "/evidence")
            .then()
            .extract()
            .jsonPath()
            .getString("items[0].id");
    return "/api/v1/tickets/" + ticketId + "/evidence/" + eid + "/content";
  }
}
