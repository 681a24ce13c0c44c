package org.bihuan.rectification.hostile;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.Tokens;

/** The ticket and the unit's reporter that the hostile tests send their inputs to. */
final class HostileFixtures {

  private HostileFixtures() {}

  /** A new ASSIGNED ticket of {@code unit} with the given measure; its id. */
  static String ticket(String unit, String measure) {
    UUID problem = ProblemServiceStub.problem(UUID.randomUUID());
    return given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(
            """
            {"problemIds": ["%s"], "measure": "%s", "responsibleUnits": [{"name": "%s"}],
             "responsiblePerson": "张三", "timing": "DEADLINE", "deadline": "2099-06-30"}
            """
                .formatted(problem, measure, unit))
        .post("/api/v1/tickets")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
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
