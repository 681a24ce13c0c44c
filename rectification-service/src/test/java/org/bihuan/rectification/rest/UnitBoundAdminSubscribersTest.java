package org.bihuan.rectification.rest;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.bihuan.testing.UnitBoundAdmin;
import org.junit.jupiter.api.Test;

/**
 * Webhooks and OA connectors carry every unit's events and to-dos: an admin bound to a unit writes
 * none of them — no registration, no deletion, no ping, no redelivery — and hears 403 naming his
 * unit; he still reads them (docs/decisions/0237).
 */
@QuarkusTest
class UnitBoundAdminSubscribersTest {

  private static final UnitBoundAdmin ADMIN = new UnitBoundAdmin("admin-dwb", "党委办公室");
  private static final String WEBHOOK =
      "{\"url\": \"https://oa.example.cn/hooks/bihuan\", \"events\": [\"ticket.*\"]}";
  private static final String CONNECTOR =
      "{\"kind\": \"dingtalk-robot\", \"name\": \"整改督办群\","
          + " \"baseUrl\": \"https://oapi.dingtalk.com/robot/send\","
          + " \"credentials\": {\"accessToken\": \"6f2c\", \"secret\": \"SEC0a1b\"},"
          + " \"events\": [\"ticket.overdue\"]}";

  @Test
  void anAdminBoundToAUnitWritesNoWebhookAndNoConnector() {
    String connector = ConnectorFixtures.register(CONNECTOR).getString("id");
    try {
      ADMIN.writesNoWebhook(
          WEBHOOK,
          () -> {
            ADMIN.refused(
                ADMIN
                    .request()
                    .contentType(ContentType.JSON)
                    .body(CONNECTOR)
                    .post("/api/v1/connectors")
                    .then());
            ADMIN.refused(ADMIN.request().delete("/api/v1/connectors/" + connector).then());
            ADMIN
                .request()
                .get("/api/v1/connectors/" + connector)
                .then()
                .statusCode(200)
                .body("active", equalTo(true));
          });
    } finally {
      ConnectorFixtures.deactivate(connector);
    }
  }
}
