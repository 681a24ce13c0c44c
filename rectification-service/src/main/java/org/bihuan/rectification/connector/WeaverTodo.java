package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.platform.webhook.ConnectorHttp;
import org.bihuan.platform.webhook.ConnectorKind;
import org.bihuan.rectification.Todo;
import org.bihuan.rectification.config.TodoSettings;
import org.bihuan.rectification.mapping.TodoView;

/**
 * 泛微 e-cology 统一待办中心: each to-do event is POSTed to {@code /rest/ofs/ReceiveRequestInfoByJson} once
 * per receiver (flowid = the to-do's stable id; isremark 0 待办, 2 已办, 4 办结 for a cancelled ticket;
 * receivets orders the pushes; a receiver it was pushed open to and no longer has gets 已办 first,
 * {@link PushedReceivers}). The answer's {@code operResult} "1" acknowledges it. By default 泛微 lets
 * the calls in by its IP whitelist; with {@code "auth": "token"} they carry e-cology 9's
 * third-party token ({@link WeaverAuth}), and a call refused for its token is made once more with a
 * new one.
 */
@ApplicationScoped
public class WeaverTodo implements ConnectorKind {

  static final String PATH = "/rest/ofs/ReceiveRequestInfoByJson";

  @Inject ObjectMapper mapper;
  @Inject TodoReceivers receivers;
  @Inject OrganisationClock clock;
  @Inject TodoSettings settings;
  @Inject WeaverAuth auth;
  @Inject PushedReceivers pushed;

  @Override
  public String kind() {
    return "weaver-todo";
  }

  @Override
  public List<String> optionNames() {
    return ConnectorOptions.todoCentre("syscode", "auth", "userid", "workflowname", "creator");
  }

  @Override
  public List<String> credentialNames() {
    return List.of();
  }

  /** The token handshake needs the appid 泛微 issued (许可证); the IP whitelist needs nothing. */
  @Override
  public List<String> credentialNames(JsonNode options) {
    return token(options) ? List.of("appid") : List.of();
  }

  private static boolean token(JsonNode options) {
    return "token".equals(options.path("auth").asText());
  }

  @Override
  public List<String> defaultEvents() {
    return ConnectorOptions.TODO_EVENTS;
  }

  @Override
  public List<String> backfill() {
    return ConnectorOptions.OPEN_TODO_EVENTS;
  }

  @Override
  public List<FieldError> check(List<String> events, JsonNode options) {
    List<FieldError> errors = new ArrayList<>(ConnectorOptions.todoEventsOnly(kind(), events));
    ConnectorOptions.requireText(errors, options, "syscode", kind());
    JsonNode authOption = options.get("auth");
    if (authOption != null
        && !authOption.isNull()
        && !"ip-whitelist".equals(authOption.asText())
        && !token(options)) {
      errors.add(new FieldError("options.auth", "is ip-whitelist (default) or token"));
    }
    if (token(options)) {
      ConnectorOptions.requireText(errors, options, "userid", kind() + " with auth token");
    }
    errors.addAll(ConnectorOptions.todoCentreCommon(options));
    return errors;
  }

  @Override
  public Sent send(Connector c, List<String> events, ConnectorHttp http) throws Exception {
    ConnectorEvent e = ConnectorEvent.parse(mapper, events.get(0));
    if (!e.isTodo()) {
      return new Sent(null, null, 1);
    }
    String base = stripSlash(c.baseUrl());
    URI url = URI.create(base + PATH);
    boolean token = token(c.options());
    String[] headers;
    try {
      headers = token ? auth.headers(c, base, http, null) : new String[0];
    } catch (WeaverAuth.Refused r) {
      return new Sent(r.status, r.getMessage(), 1);
    }
    TodoView.Links links = DeepLinks.of(e, c.options(), settings.linkBaseUrl());
    String[][] held = {headers};
    // pushed to the receivers meant now first, then closed (已办) where it is held open for a
    // receiver no longer meant (0344, 0349)
    return pushed.push(
        PushedReceivers.system(kind(), c, "syscode"),
        e,
        receivers.of(e, c.options()),
        (receiver, former) -> {
          ObjectNode body = mapper.createObjectNode();
          body.put("syscode", c.option("syscode", ""));
          body.put("flowid", e.text("id"));
          body.put("requestname", e.text("title"));
          body.put("workflowname", c.option("workflowname", "整改督办"));
          body.put("nodename", Todo.Kind.valueOf(e.text("kind")).label());
          body.put("pcurl", links.pc());
          body.put("appurl", links.h5());
          body.put("isremark", former && e.open() ? "2" : isremark(e));
          body.put("viewtype", "0");
          body.put("creator", c.option("creator", c.option("syscode", "")));
          body.put("createdatetime", e.oaTime("openedAt", clock.zone()));
          body.put("receiver", receiver);
          body.put(
              "receivedatetime",
              former
                  ? ConnectorEvent.OA_TIME.format(e.occurredAt().atZone(clock.zone()))
                  : e.open()
                      ? e.oaTime("openedAt", clock.zone())
                      : e.oaTime("doneAt", clock.zone()));
          body.put("receivets", Long.toString(e.occurredAt().toEpochMilli()));
          String json = mapper.writeValueAsString(body);
          ConnectorHttp.Answer last = http.postJson(url, json, held[0]);
          if (token && auth.tokenRefused(last)) {
            // expired or unknown there (泛微 restarted, or dropped it early): a new token, once
            // (unless another replica has replaced it already)
            try {
              held[0] = auth.headers(c, base, http, WeaverAuth.token(held[0]));
            } catch (WeaverAuth.Refused r) {
              return new Sent(r.status, r.getMessage(), 1);
            }
            last = http.postJson(url, json, held[0]);
          }
          String refused = refusal(last);
          if (refused == null) {
            return new Sent(last.status(), null, 1);
          }
          // a 4xx about this to-do (an unknown receiver) is refused for good (0334); an
          // operResult other than 1 in a 200 may be 系统繁忙 and is a failure
          return last.success()
              ? new Sent(last.status(), refused, 1)
              : Sent.refusal(last.status(), refused);
        });
  }

  /** 0 待办 while open, 2 已办 once done, 4 办结 when the ticket was cancelled. */
  static String isremark(ConnectorEvent e) {
    return e.open() ? "0" : "CANCELLED".equals(e.text("status")) ? "4" : "2";
  }

  private String refusal(ConnectorHttp.Answer a) {
    if (!a.success()) {
      return "泛微 answered " + a.status();
    }
    // only "operResult": "1" acknowledges the to-do; any other 2xx (an SSO gateway's login page,
    // no JSON, JSON without operResult) is a failure, retried (0351)
    // the start of the answer for the delivery log, without control characters (U+0000 is no text)
    String shown = DingTalkTodo.brief(a.body()).replaceAll("\\p{Cntrl}", "?");
    JsonNode body;
    try {
      body = mapper.readTree(a.body());
    } catch (java.io.IOException | RuntimeException notJson) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      return "泛微 answered " + a.status() + " without operResult, not JSON: " + shown;
    }
    JsonNode result = body.get("operResult");
    if (result != null && "1".equals(result.asText())) {
      return null;
    }
    if (result != null) {
      return "泛微 refused the to-do: operResult "
          + result.asText()
          + " "
          + body.path("message").asText();
    }
    // its API gateway's own refusal (the token handshake's): {"status": false, "msg": …}
    JsonNode status = body.get("status");
    if (status != null && "false".equals(status.asText())) {
      return "泛微 refused the call: " + body.path("msg").asText();
    }
    return "泛微 answered " + a.status() + " without operResult: " + shown;
  }

  static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
