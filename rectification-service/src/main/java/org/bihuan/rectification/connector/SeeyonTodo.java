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
import org.bihuan.rectification.config.TodoSettings;
import org.bihuan.rectification.mapping.TodoView;

/**
 * 致远 Seeyon third-party pending items: a REST token is asked for first ({@code POST
 * /seeyon/rest/token} with the REST user), then an opened to-do is POSTed to {@code
 * /seeyon/rest/thirdpartyPending/receive} (state 0) and a done one to {@code …/updatePendingState}
 * (state 1), with header {@code token}. A receiver it was pushed pending to and no longer has is
 * sent state 1 first ({@link PushedReceivers}). {@code "success": false} in the answer is a
 * refusal.
 */
@ApplicationScoped
public class SeeyonTodo implements ConnectorKind {

  static final String TOKEN = "/seeyon/rest/token";
  static final String RECEIVE = "/seeyon/rest/thirdpartyPending/receive";
  static final String UPDATE = "/seeyon/rest/thirdpartyPending/updatePendingState";

  @Inject ObjectMapper mapper;
  @Inject TodoReceivers receivers;
  @Inject OrganisationClock clock;
  @Inject TodoSettings settings;
  @Inject PushedReceivers pushed;

  @Override
  public String kind() {
    return "seeyon-todo";
  }

  @Override
  public List<String> optionNames() {
    return ConnectorOptions.todoCentre(
        "registerCode", "receiverField", "senderName", "thirdSenderId");
  }

  @Override
  public List<String> credentialNames() {
    return List.of("restUser", "restPassword");
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
    ConnectorOptions.requireText(errors, options, "registerCode", kind());
    JsonNode field = options.get("receiverField");
    if (field != null
        && !("thirdReceiverId".equals(field.asText())
            || "noneBindingReceiver".equals(field.asText()))) {
      errors.add(
          new FieldError("options.receiverField", "is thirdReceiverId or noneBindingReceiver"));
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
    String base = WeaverTodo.stripSlash(c.baseUrl());
    ObjectNode login = mapper.createObjectNode();
    login.put("userName", c.credential("restUser"));
    login.put("password", c.credential("restPassword"));
    ConnectorHttp.Answer token = http.postJson(URI.create(base + TOKEN), login.toString());
    String id = tokenOf(token);
    if (id == null) {
      return new Sent(token.status(), "致远 gave no REST token (" + token.status() + ")", 1);
    }
    TodoView.Links links = DeepLinks.of(e, c.options(), settings.linkBaseUrl());
    String field = c.option("receiverField", "thirdReceiverId");
    // pushed to the receivers meant now first, then done (state 1) where it is held pending for a
    // receiver no longer meant (0344, 0349)
    return pushed.push(
        PushedReceivers.system(kind(), c, "registerCode"),
        e,
        receivers.of(e, c.options(), "noneBindingReceiver".equals(field)),
        (receiver, former) -> {
          boolean pending = e.open() && !former;
          ObjectNode body = mapper.createObjectNode();
          body.put("registerCode", c.option("registerCode", ""));
          body.put("taskId", e.text("id"));
          body.put(field, receiver);
          if (pending) {
            body.put("title", e.text("title"));
            body.put("thirdSenderId", c.option("thirdSenderId", "bihuan"));
            body.put("senderName", c.option("senderName", "整改督办"));
            body.put("creationDate", e.oaTime("openedAt", clock.zone()));
            body.put("state", "0");
            body.put("url", links.pc());
            body.put("h5url", links.h5());
          } else {
            body.put("state", "1");
          }
          ConnectorHttp.Answer last =
              http.postJson(
                  URI.create(base + (pending ? RECEIVE : UPDATE)),
                  mapper.writeValueAsString(body),
                  "token",
                  id);
          String refused = refusal(last);
          if (refused == null) {
            return new Sent(last.status(), null, 1);
          }
          // a 4xx about this to-do is refused for good (0334); success false in a 200 a failure
          return last.success()
              ? new Sent(last.status(), refused, 1)
              : Sent.refusal(last.status(), refused);
        });
  }

  /** The token's id: Seeyon answers {"id": "…"} (older versions the bare id). */
  private String tokenOf(ConnectorHttp.Answer a) {
    if (!a.success() || a.body().isBlank()) {
      return null;
    }
    try {
      JsonNode body = mapper.readTree(a.body());
      if (body != null && body.isObject()) {
        String id = body.path("id").asText();
        return id.isBlank() || "-1".equals(id) ? null : id;
      }
    } catch (java.io.IOException notJson) {
      // the bare id
    }
    String bare = a.body().strip();
    return bare.matches("[A-Za-z0-9-]{8,100}") ? bare : null;
  }

  private String refusal(ConnectorHttp.Answer a) {
    if (!a.success()) {
      return "致远 answered " + a.status();
    }
    try {
      JsonNode body = mapper.readTree(a.body());
      if (body != null && body.has("success") && !body.get("success").asBoolean()) {
        return "致远 refused the pending item: " + body.path("errorMsgs").toString();
      }
    } catch (java.io.IOException ignored) {
      // not JSON: the 2xx acknowledges it
    }
    return null;
  }
}
