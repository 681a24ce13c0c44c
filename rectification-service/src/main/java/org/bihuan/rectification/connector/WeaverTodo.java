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
 * receivets orders the pushes). The answer's {@code operResult} "1" acknowledges it. By default 泛微
 * lets the calls in by its IP whitelist; with {@code "auth": "token"} they carry e-cology 9's
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

  @Override
  public String kind() {
    return "weaver-todo";
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
    errors.addAll(ConnectorOptions.common(options));
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
    ConnectorHttp.Answer last = null;
    for (String receiver : receivers.of(e, c.options())) {
      ObjectNode body = mapper.createObjectNode();
      body.put("syscode", c.option("syscode", ""));
      body.put("flowid", e.text("id"));
      body.put("requestname", e.text("title"));
      body.put("workflowname", c.option("workflowname", "整改督办"));
      body.put("nodename", Todo.Kind.valueOf(e.text("kind")).label());
      body.put("pcurl", links.pc());
      body.put("appurl", links.h5());
      body.put("isremark", isremark(e));
      body.put("viewtype", "0");
      body.put("creator", c.option("creator", c.option("syscode", "")));
      body.put("createdatetime", e.oaTime("openedAt", clock.zone()));
      body.put("receiver", receiver);
      body.put(
          "receivedatetime",
          e.open() ? e.oaTime("openedAt", clock.zone()) : e.oaTime("doneAt", clock.zone()));
      body.put("receivets", Long.toString(e.occurredAt().toEpochMilli()));
      String json = mapper.writeValueAsString(body);
      last = http.postJson(url, json, headers);
      if (token && auth.tokenRefused(last)) {
        // expired or unknown there (泛微 restarted, or dropped it early): a new token, once
        // (unless another replica has replaced it already)
        try {
          headers = auth.headers(c, base, http, WeaverAuth.token(headers));
        } catch (WeaverAuth.Refused r) {
          return new Sent(r.status, r.getMessage(), 1);
        }
        last = http.postJson(url, json, headers);
      }
      String refused = refusal(last);
      if (refused != null) {
        return new Sent(last.status(), refused, 1);
      }
    }
    return new Sent(last == null ? null : last.status(), null, 1);
  }

  /** 0 待办 while open, 2 已办 once done, 4 办结 when the ticket was cancelled. */
  static String isremark(ConnectorEvent e) {
    return e.open() ? "0" : "CANCELLED".equals(e.text("status")) ? "4" : "2";
  }

  private String refusal(ConnectorHttp.Answer a) {
    if (!a.success()) {
      return "泛微 answered " + a.status();
    }
    try {
      JsonNode body = mapper.readTree(a.body());
      JsonNode result = body == null ? null : body.get("operResult");
      if (result != null && !"1".equals(result.asText())) {
        return "泛微 refused the to-do: operResult "
            + result.asText()
            + " "
            + body.path("message").asText();
      }
      // its API gateway's own refusal (the token handshake's): {"status": false, "msg": …}
      JsonNode status = body == null ? null : body.get("status");
      if (result == null && status != null && "false".equals(status.asText())) {
        return "泛微 refused the call: " + body.path("msg").asText();
      }
    } catch (java.io.IOException ignored) {
      // an answer that is not JSON: the 2xx acknowledges it
    }
    return null;
  }

  static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
