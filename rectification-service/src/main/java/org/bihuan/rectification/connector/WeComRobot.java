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
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.webhook.ConnectorHttp;
import org.bihuan.platform.webhook.ConnectorKind;
import org.bihuan.rectification.config.TodoSettings;

/**
 * 企业微信群机器人: {@code <baseUrl>?key=…}; digests as markdown (at most 4096 bytes), or as text (2048
 * bytes) with {@code mentioned_list} (userids) and {@code mentioned_mobile_list} when the message
 * mentions people ({@link RobotMentions}; {@code options.mentionBy} says whether the directory's
 * mobile, externalId or login is what WeCom knows them by). {@code errcode} other than 0 is a
 * refusal.
 */
@ApplicationScoped
public class WeComRobot implements ConnectorKind {

  @Inject ObjectMapper mapper;
  @Inject TodoSettings settings;
  @Inject RobotMentions mentions;
  @Inject ReceiverOnlyUpdates quiet;

  @Override
  public String kind() {
    return "wecom-robot";
  }

  @Override
  public String defaultBaseUrl() {
    return "https://qyapi.weixin.qq.com/cgi-bin/webhook/send";
  }

  @Override
  public List<String> optionNames() {
    return ConnectorOptions.ROBOT_OPTIONS;
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
    List<FieldError> errors = new ArrayList<>(ConnectorOptions.links(options));
    errors.addAll(
        ConnectorOptions.mentions(
            options, List.copyOf(new java.util.TreeSet<>(RobotMentions.MENTION_BY.keySet()))));
    return errors;
  }

  @Override
  public Sent send(Connector c, List<String> events, ConnectorHttp http) throws Exception {
    // mentioned_list (userids) and mentioned_mobile_list are fields of a text message: a message
    // that mentions someone is text, one that mentions nobody markdown, unless the connector chose
    // (options.msgtype); a markdown message mentions userids by <@userid> in its content, mobiles
    // not at all
    String chosen = c.option("msgtype", null);
    boolean byUserId = !"mobile".equals(c.option("mentionBy", "mobile"));
    ObjectNode body = mapper.createObjectNode();
    RobotDigest.Message m;
    if ("markdown".equals(chosen)) {
      m = compose(c, events, true, byUserId ? USER_ID_TAIL : 0);
      List<String> userIds =
          byUserId ? mentions.of(c.options(), events.subList(0, m.covered())).userIds() : List.of();
      body.put("msgtype", "markdown");
      body.putObject("markdown")
          .put(
              "content",
              m.text()
                  + (userIds.isEmpty()
                      ? ""
                      : "\n"
                          + String.join(" ", userIds.stream().map(u -> "<@" + u + ">").toList())));
    } else {
      boolean markdown = chosen == null;
      m = compose(c, events, markdown, 0);
      RobotMentions.Mentioned who = mentions.of(c.options(), events.subList(0, m.covered()));
      if (markdown && !who.isEmpty()) {
        markdown = false;
        m = compose(c, events, false, 0);
        who = mentions.of(c.options(), events.subList(0, m.covered()));
      }
      if (markdown) {
        body.put("msgtype", "markdown");
        body.putObject("markdown").put("content", m.text());
      } else {
        body.put("msgtype", "text");
        ObjectNode text = body.putObject("text");
        text.put("content", m.text());
        if (!who.userIds().isEmpty()) {
          who.userIds().forEach(text.putArray("mentioned_list")::add);
        }
        if (!who.mobiles().isEmpty()) {
          who.mobiles().forEach(text.putArray("mentioned_mobile_list")::add);
        }
      }
    }
    if (m.lines() == 0) {
      // receiver-only updates: nothing to post (0349)
      return new Sent(null, null, m.covered());
    }
    String url =
        c.baseUrl()
            + (c.baseUrl().contains("?") ? "&" : "?")
            + "key="
            + URLEncoder.encode(c.credential("key"), StandardCharsets.UTF_8);
    ConnectorHttp.Answer a = http.postJson(URI.create(url), mapper.writeValueAsString(body));
    return new Sent(a.status(), RobotAnswers.refusal(mapper, "企业微信", a), m.covered());
  }

  /** The room the userid mentions may take at the end of a markdown message: "<@" id "> " each. */
  private static final int USER_ID_TAIL = RobotMentions.MAX * (64 + 4);

  /** A digest as markdown (at most 4096 bytes) or text (2048), leaving {@code reserve} bytes. */
  private RobotDigest.Message compose(
      Connector c, List<String> events, boolean markdown, int reserve) throws java.io.IOException {
    return RobotDigest.compose(
        mapper,
        events,
        c.options(),
        settings.linkBaseUrl(),
        markdown,
        markdown ? 4000 : 2000,
        reserve,
        quiet.posted());
  }
}
