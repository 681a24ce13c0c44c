package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bihuan.platform.webhook.ConnectorHttp;

/** A group robot acknowledges with 200 and {"errcode": 0}; anything else is a refusal. */
final class RobotAnswers {

  private RobotAnswers() {}

  static String refusal(ObjectMapper mapper, String system, ConnectorHttp.Answer a) {
    if (!a.success()) {
      return system + " answered " + a.status();
    }
    try {
      JsonNode body = mapper.readTree(a.body());
      if (body != null && body.has("errcode") && body.get("errcode").asInt(-1) != 0) {
        return system
            + " refused the message: errcode "
            + body.get("errcode").asText()
            + " "
            + body.path("errmsg").asText();
      }
      return null;
    } catch (java.io.IOException e) {
      return system + " answered something that is not JSON";
    }
  }
}
