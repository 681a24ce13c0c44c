package org.bihuan.rectification.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A connector's options are checked per kind as strictly as any body: a key the kind does not take
 * (a typo, another kind's option, an unknown role, a placeholder no link is filled with, backfill
 * for a robot) is a 400 naming {@code options.…} with the likely one, and nothing is registered.
 */
@QuarkusTest
class ConnectorOptionsUnknownTest {

  private static final String BASE = "\"baseUrl\": \"http://127.0.0.1:9\"";
  private static final String WEAVER =
      "{\"kind\": \"weaver-todo\", \"name\": \"泛微选项\", " + BASE + ", \"options\": {";
  private static final String SEEYON =
      "{\"kind\": \"seeyon-todo\", \"name\": \"致远选项\", "
          + BASE
          + ", \"credentials\": {\"restUser\": \"u\", \"restPassword\": \"p\"}, \"options\": {";
  private static final String DINGTALK_ROBOT =
      "{\"kind\": \"dingtalk-robot\", \"name\": \"钉钉选项群\", "
          + BASE
          + ", \"credentials\": {\"accessToken\": \"t\", \"secret\": \"s\"}, \"options\": {";
  private static final String WECOM_ROBOT =
      "{\"kind\": \"wecom-robot\", \"name\": \"企微选项群\", "
          + BASE
          + ", \"credentials\": {\"key\": \"k\"}, \"options\": {";

  @Inject AgroalDataSource dataSource;

  private void refused(String body, String field, String says) {
    long before = connectors();
    given()
        .auth()
        .oauth2(Tokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/connectors")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem(field))
        .body("detail", containsString(says));
    assertEquals(before, connectors(), "nothing registered for " + body);
  }

  private long connectors() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from webhook_subscription")) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aMistypedOrForeignOptionIsRefusedWithTheLikelyOne() {
    refused(
        WEAVER + "\"syscode\": \"ZG\", \"backfil\": true}}",
        "options.backfil",
        "did you mean 'backfill'?");
    refused(
        WEAVER + "\"syscode\": \"ZG\", \"workflowName\": \"整改督办\"}}",
        "options.workflowName",
        "did you mean 'workflowname'?");
    refused(
        SEEYON + "\"registerCode\": \"3001\", \"syscode\": \"ZG\"}}",
        "options.syscode",
        "Expected fields: backfill, links, receiverField, registerCode, roleReceivers");
    refused(
        WECOM_ROBOT + "\"mentionby\": \"login\"}}",
        "options.mentionby",
        "did you mean 'mentionBy'?");
  }

  @Test
  void aRoleNoToDoIsAssignedToIsRefused() {
    refused(
        WEAVER + "\"syscode\": \"ZG\", \"roleReceivers\": {\"boss\": [\"laoban\"]}}}",
        "options.roleReceivers.boss",
        "Expected fields: admin, verifier");
    refused(
        WEAVER
            + "\"syscode\": \"ZG\", \"roleReceivers\": {\"verifier\": [{\"name\": \"赵六\","
            + " \"login\": \"zhaoliu\", \"mobil\": \"13800000000\"}]}}}",
        "options.roleReceivers.verifier[0].mobil",
        "Expected fields: login, name");
  }

  @Test
  void aPlaceholderTheLinksAreNotFilledWithIsRefused() {
    refused(
        WEAVER
            + "\"syscode\": \"ZG\", \"links\": {\"pc\": \"https://oa.example.cn/t/{ticketNo}\"}}}",
        "options.links.pc",
        "did you mean {ticketId}?");
    refused(
        DINGTALK_ROBOT + "\"links\": {\"h5\": \"https://oa.example.cn/t/{ticketId\"}}}",
        "options.links.h5",
        "brace");
    refused(
        DINGTALK_ROBOT + "\"links\": {\"mobile\": \"https://oa.example.cn/t/{ticketId}\"}}}",
        "options.links.mobile",
        "Expected fields: h5, pc.");
  }

  @Test
  void aRobotTakesNeitherBackfillNorRoleReceivers() {
    refused(DINGTALK_ROBOT + "\"backfill\": true}}", "options.backfill", "does not backfill");
    refused(WECOM_ROBOT + "\"backfill\": true}}", "options.backfill", "does not backfill");
    // false asks for nothing: a client writing it for every kind is not refused
    ConnectorFixtures.deactivate(
        ConnectorFixtures.register(WECOM_ROBOT + "\"backfill\": false}}").getString("id"));
    ConnectorFixtures.deactivate(
        ConnectorFixtures.register(DINGTALK_ROBOT + "\"backfill\": null}}").getString("id"));
    refused(
        DINGTALK_ROBOT + "\"roleReceivers\": {\"verifier\": [\"wangwu\"]}}}",
        "options.roleReceivers",
        "unknown field");
    refused(
        "{\"kind\": \"standard-webhooks\", \"name\": \"w\", "
            + BASE
            + ", \"options\": {\"backfill\": true}}",
        "options.backfill",
        "does not backfill");
  }

  @Test
  void theSameRegistrationWithTheOptionsOfItsKindIsTaken() {
    String id =
        ConnectorFixtures.register(
                WEAVER
                    + "\"syscode\": \"ZG\", \"backfill\": false, \"workflowname\": \"整改督办\","
                    + " \"roleReceivers\": {\"verifier\": [{\"name\": \"赵六\", \"login\":"
                    + " \"zhaoliu\"}], \"admin\": [\"guanli\"]}, \"links\": {\"pc\":"
                    + " \"https://oa.example.cn/t/{ticketId}?p={problemId}&d={todoId}\"}}}")
            .getString("id");
    ConnectorFixtures.deactivate(id);
    String robot =
        ConnectorFixtures.register(
                DINGTALK_ROBOT
                    + "\"msgtype\": \"text\", \"mentionBy\": \"login\", \"links\": {\"h5\":"
                    + " \"https://oa.example.cn/h5/{ticketId}\"}}}")
            .getString("id");
    given()
        .auth()
        .oauth2(Tokens.admin())
        .get("/api/v1/connectors/" + robot)
        .then()
        .statusCode(200)
        .body("kind", equalTo("dingtalk-robot"));
    ConnectorFixtures.deactivate(robot);
  }
}
