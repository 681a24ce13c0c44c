package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.platform.problem.FieldError;
import org.bihuan.platform.webhook.ConnectorHttp;
import org.bihuan.platform.webhook.ConnectorKind;
import org.bihuan.rectification.config.TodoSettings;

/**
 * 企业微信群机器人: {@code <baseUrl>?key=…}; digests as markdown (at most 4096 bytes), or as text (2048
 * bytes) with {@code mentioned_mobile_list} when the message mentions people by mobile ({@link
 * RobotMentions}; mentions exist only in text). {@code errcode} other than 0 is a refusal.
 */
@ApplicationScoped
public class WeComRobot implements ConnectorKind {

  @Inject ObjectMapper mapper;
  @Inject TodoSettings settings;
  @Inject RobotMentions mentions;

  @Override
  public String kind() {
    return "wecom-robot";
  }

  @Override
  public String defaultBaseUrl() {
    return "https://qyapi.weixin.qq.com/cgi-bin/webhook/send";
  }

  @Override
  public List<String> credentialNames() {
    return List.of("key");
  }

  @Override
  public List<String> defaultEvents() {
    return DingTalkRobot.ROBOT_EVENTS;
  }

  @Override
  public boolean digest() {
    return true;
  }

  @Override
  public List<FieldError> check(List<String> events, JsonNode options) {
    List<FieldError> errors = new ArrayList<>(ConnectorOptions.common(options));
    errors.addAll(ConnectorOptions.mentions(options));
    return errors;
  }

  @Override
  public Sent send(Connector c, List<String> events, ConnectorHttp http) throws Exception {
    // mentions by mobile exist only in text messages: a message that mentions someone is text,
    // one that mentions nobody markdown, unless the connector chose (options.msgtype)
    String chosen = c.option("msgtype", null);
    boolean markdown = chosen == null || "markdown".equals(chosen);
    RobotDigest.Message m = compose(c, events, markdown);
    List<String> mobiles =
        markdown && chosen != null
            ? List.of()
            : mentions.of(c.options(), events.subList(0, m.covered()));
    if (markdown && !mobiles.isEmpty()) {
      markdown = false;
      m = compose(c, events, false);
      mobiles = mentions.of(c.options(), events.subList(0, m.covered()));
    }
    ObjectNode body = mapper.createObjectNode();
    if (markdown) {
      body.put("msgtype", "markdown");
      body.putObject("markdown").put("content", m.text());
    } else {
      body.put("msgtype", "text");
      ObjectNode text = body.putObject("text");
      text.put("content", m.text());
      mobiles.forEach(text.putArray("mentioned_mobile_list")::add);
    }
    String url =
        c.baseUrl()
            + (c.baseUrl().contains("?") ? "&" : "?")
            + "key="
            + URLEncoder.encode(c.credential("key"), StandardCharsets.UTF_8);
    ConnectorHttp.Answer a = http.postJson(URI.create(url), mapper.writeValueAsString(body));
    return new Sent(a.status(), RobotAnswers.refusal(mapper, "企业微信", a), m.covered());
  }

  /** A digest as markdown (at most 4096 bytes) or text (2048). */
  private RobotDigest.Message compose(Connector c, List<String> events, boolean markdown)
      throws java.io.IOException {
    return RobotDigest.compose(
        mapper, events, c.options(), settings.linkBaseUrl(), markdown, markdown ? 4000 : 2000, 0);
  }
}
