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
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.webhook.ConnectorHttp;
import org.bihuan.platform.webhook.ConnectorKind;
import org.bihuan.rectification.config.TodoSettings;

/**
 * 钉钉自定义机器人 (signed): {@code <baseUrl>?access_token=…&timestamp=…&sign=…} where sign is the
 * URL-encoded base64 of HMAC-SHA256(key = secret, timestamp + "\n" + secret), timestamp in ms.
 * Receives digests (markdown by default, or text) that @-mention whom {@link RobotMentions} picks:
 * by mobile ({@code at.atMobiles}) or, with {@code options.mentionBy} externalId or login, by
 * DingTalk userid ({@code at.atUserIds}), each also named in the text ({@code @mobile}, {@code
 * @userid}); {@code errcode} other than 0 is a
 * refusal.
 */
@ApplicationScoped
public class DingTalkRobot implements ConnectorKind {

  static final List<String> ROBOT_EVENTS =
      List.of(
          "ticket.created",
          "ticket.submitted",
          "ticket.rejected",
          "ticket.verified",
          "ticket.due_soon",
          "ticket.due_today",
          "ticket.overdue",
          "ticket.supervised");

  /** DingTalk's markdown text limit is 5000 characters; a digest stays well under it. */
  private static final int MAX_BYTES = 4000;

  @Inject ObjectMapper mapper;
  @Inject TodoSettings settings;
  @Inject RobotMentions mentions;
  @Inject ReceiverOnlyUpdates quiet;

  @Override
  public String kind() {
    return "dingtalk-robot";
  }

  @Override
  public String defaultBaseUrl() {
    return "https://oapi.dingtalk.com/robot/send";
  }

  @Override
  public List<String> optionNames() {
    return ConnectorOptions.ROBOT_OPTIONS;
  }

  @Override
  public List<String> credentialNames() {
    return List.of("accessToken", "secret");
  }

  @Override
  public List<String> defaultEvents() {
    return ROBOT_EVENTS;
  }

  @Override
  public boolean digest() {
    return true;
  }

  @Override
  public List<FieldError> check(List<String> events, JsonNode options) {
    List<FieldError> errors = new ArrayList<>(ConnectorOptions.links(options));
    errors.addAll(ConnectorOptions.mentions(options, List.of("mobile", "externalId", "login")));
    return errors;
  }

  @Override
  public Sent send(Connector c, List<String> events, ConnectorHttp http) throws Exception {
    boolean markdown = !"text".equals(c.option("msgtype", "markdown"));
    boolean byUserId = !"mobile".equals(c.option("mentionBy", "mobile"));
    RobotDigest.Message m =
        RobotDigest.compose(
            mapper,
            events,
            c.options(),
            settings.linkBaseUrl(),
            markdown,
            MAX_BYTES,
            byUserId ? RobotMentions.USER_ID_TAIL_BYTES : RobotMentions.TAIL_BYTES,
            quiet.posted());
    if (m.lines() == 0) {
      // receiver-only updates: nothing to post (0349)
      return new Sent(null, null, m.covered());
    }
    RobotMentions.Mentioned who = mentions.of(c.options(), events.subList(0, m.covered()));
    // DingTalk notifies the mentioned only when the text names them: @mobile, @userid
    List<String> named = new ArrayList<>(who.mobiles());
    named.addAll(who.userIds());
    String text =
        m.text()
            + (named.isEmpty()
                ? ""
                : "\n" + String.join(" ", named.stream().map(x -> "@" + x).toList()));
    ObjectNode body = mapper.createObjectNode();
    if (markdown) {
      body.put("msgtype", "markdown");
      ObjectNode md = body.putObject("markdown");
      md.put("title", "整改督办提醒（" + m.covered() + " 条）");
      md.put("text", text);
    } else {
      body.put("msgtype", "text");
      body.putObject("text").put("content", text);
    }
    ObjectNode at = body.putObject("at");
    who.mobiles().forEach(at.putArray("atMobiles")::add);
    if (!who.userIds().isEmpty()) {
      who.userIds().forEach(at.putArray("atUserIds")::add);
    }
    at.put("isAtAll", false);
    long timestamp = System.currentTimeMillis();
    String url =
        c.baseUrl()
            + (c.baseUrl().contains("?") ? "&" : "?")
            + "access_token="
            + URLEncoder.encode(c.credential("accessToken"), StandardCharsets.UTF_8)
            + "&timestamp="
            + timestamp
            + "&sign="
            + URLEncoder.encode(sign(timestamp, c.credential("secret")), StandardCharsets.UTF_8);
    ConnectorHttp.Answer a = http.postJson(URI.create(url), mapper.writeValueAsString(body));
    return new Sent(a.status(), RobotAnswers.refusal(mapper, "钉钉", a), m.covered());
  }

  /** base64(HMAC-SHA256(key = secret, timestamp + "\n" + secret)), before URL encoding. */
  static String sign(long timestamp, String secret) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder()
        .encodeToString(mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
  }
}
