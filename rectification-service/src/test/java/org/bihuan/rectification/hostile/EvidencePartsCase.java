package org.bihuan.rectification.hostile;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;

/** A ticket to send evidence forms to, and the refusal of a form that stores nothing. */
abstract class EvidencePartsCase {

  static final String UNIT = "党委办公室";
  String ticketId;

  @BeforeEach
  void aTicket() {
    ticketId = HostileFixtures.ticket(UNIT);
  }

  static RequestSpecification reporter() {
    return HostileFixtures.multipartReporter(UNIT);
  }

  ValidatableResponse post(RequestSpecification form) {
    return form.post("/api/v1/tickets/" + ticketId + "/evidence").then();
  }

  void refused(ValidatableResponse r, String part, String says) {
    r.statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", contains(part))
        .body("errors[0].message", containsString(says));
    HostileFixtures.noneStored(ticketId, "evidence");
  }
}
