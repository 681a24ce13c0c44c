package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.platform.webhook.ConnectorHttp;
import org.bihuan.platform.webhook.ConnectorKind;
import org.bihuan.rectification.config.TodoSettings;
import org.bihuan.rectification.mapping.TodoView;

/**
 * 钉钉待办: an access token is taken with the app's key and secret ({@code POST
 * /v1.0/oauth2/accessToken}, kept until shortly before it expires); an opened to-do is created
 * ({@code POST /v1.0/todo/users/{operator}/tasks}, sourceId = the to-do's stable id, so DingTalk
 * refuses a duplicate) and the task id DingTalk answers is kept in {@code connector_task}; a done
 * to-do is updated by that id with {@code done: true}.
 */
@ApplicationScoped
public class DingTalkTodo implements ConnectorKind {

  private record Token(String value, Instant until) {}

  @Inject ObjectMapper mapper;
  @Inject TodoReceivers receivers;
  @Inject OrganisationClock clock;
  @Inject TodoSettings settings;
  @Inject AgroalDataSource dataSource;

  private final Map<UUID, Token> tokens = new ConcurrentHashMap<>();

  @Override
  public String kind() {
    return "dingtalk-todo";
  }

  @Override
  public String defaultBaseUrl() {
    return "https://api.dingtalk.com";
  }

  @Override
  public List<String> optionNames() {
    return ConnectorOptions.todoCentre("operatorUnionId");
  }

  @Override
  public List<String> credentialNames() {
    return List.of("appKey", "appSecret");
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
    ConnectorOptions.requireText(errors, options, "operatorUnionId", kind());
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
    String operator = c.option("operatorUnionId", "");
    String todoId = e.text("id");
    String known = taskId(c.id(), todoId);
    if (!e.open() && known == null) {
      // never created through this connector: nothing to mark done
      return new Sent(null, null, 1);
    }
    List<String> executors = known == null ? receivers.of(e, c.options()) : List.of();
    if (known == null && executors.isEmpty()) {
      // a role's to-do for which the connector lists nobody (0328): no one to give it to
      return new Sent(null, null, 1);
    }
    String token = token(c, base, http);
    if (token == null) {
      return new Sent(null, "钉钉 gave no access token: check appKey and appSecret", 1);
    }
    String user = URLEncoder.encode(operator, StandardCharsets.UTF_8);
    ConnectorHttp.Answer a;
    if (e.open()) {
      if (known != null) {
        // opened again (the same round called for anew) or updated (a new due date or title,
        // decision 0210): not done, with the subject and due time it shows now
        ObjectNode change = mapper.createObjectNode();
        change.put("done", false);
        change.put("subject", e.text("title"));
        LocalDate due = e.dueDate();
        if (due != null) {
          change.put("dueTime", endOfDay(due));
        }
        // and given to whom it is for now: the directory may have linked its person since (0344)
        List<String> now = receivers.of(e, c.options());
        if (!now.isEmpty()) {
          now.forEach(change.putArray("executorIds")::add);
        }
        a = update(http, base, user, known, change.toString(), token);
      } else {
        TodoView.Links links = DeepLinks.of(e, c.options(), settings.linkBaseUrl());
        ObjectNode body = mapper.createObjectNode();
        body.put("sourceId", todoId);
        body.put("subject", e.text("title"));
        body.put("creatorId", operator);
        LocalDate due = e.dueDate();
        if (due != null) {
          // the end of the due day, as DingTalk takes it: milliseconds
          body.put("dueTime", endOfDay(due));
        }
        executors.forEach(body.putArray("executorIds")::add);
        ObjectNode detail = body.putObject("detailUrl");
        detail.put("appUrl", links.h5());
        detail.put("pcUrl", links.pc());
        body.put("isOnlyShowExecutor", true);
        body.put("priority", 20);
        a =
            http.postJson(
                URI.create(base + "/v1.0/todo/users/" + user + "/tasks?operatorId=" + user),
                mapper.writeValueAsString(body),
                "x-acs-dingtalk-access-token",
                token);
        if (a.success()) {
          String id = mapper.readTree(a.body()).path("id").asText();
          if (id.isBlank()) {
            return new Sent(a.status(), "钉钉 answered no task id", 1);
          }
          remember(c.id(), todoId, id);
        }
      }
    } else {
      a = update(http, base, user, known, "{\"done\": true}", token);
    }
    if (a.status() == 401 || a.status() == 403) {
      tokens.remove(c.id());
    }
    return a.success()
        ? new Sent(a.status(), null, 1)
        : Sent.refusal(a.status(), "钉钉 answered " + a.status() + ": " + brief(a.body()));
  }

  private ConnectorHttp.Answer update(
      ConnectorHttp http, String base, String user, String taskId, String body, String token)
      throws java.io.IOException {
    return http.putJson(
        URI.create(
            base
                + "/v1.0/todo/users/"
                + user
                + "/tasks/"
                + URLEncoder.encode(taskId, StandardCharsets.UTF_8)
                + "?operatorId="
                + user),
        body,
        "x-acs-dingtalk-access-token",
        token);
  }

  /** The end of the due day in the organisation's zone, as DingTalk takes it: milliseconds. */
  private long endOfDay(LocalDate due) {
    return due.plusDays(1).atStartOfDay(clock.zone()).toInstant().toEpochMilli() - 1;
  }

  private String token(Connector c, String base, ConnectorHttp http) throws java.io.IOException {
    Token t = tokens.get(c.id());
    if (t != null && t.until().isAfter(Instant.now())) {
      return t.value();
    }
    ObjectNode body = mapper.createObjectNode();
    body.put("appKey", c.credential("appKey"));
    body.put("appSecret", c.credential("appSecret"));
    ConnectorHttp.Answer a =
        http.postJson(URI.create(base + "/v1.0/oauth2/accessToken"), body.toString());
    if (!a.success()) {
      return null;
    }
    JsonNode answer = mapper.readTree(a.body());
    String value = answer.path("accessToken").asText();
    if (value.isBlank()) {
      return null;
    }
    long seconds = Math.max(60, answer.path("expireIn").asLong(7200) - 300);
    tokens.put(c.id(), new Token(value, Instant.now().plusSeconds(seconds)));
    return value;
  }

  private String taskId(UUID connector, String todoId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select external_id from connector_task where connector_id = ? and todo_id = ?")) {
      ps.setObject(1, connector);
      ps.setString(2, todoId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private void remember(UUID connector, String todoId, String externalId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into connector_task (connector_id, todo_id, external_id) values (?, ?, ?)"
                    + " on conflict (connector_id, todo_id) do update set external_id ="
                    + " excluded.external_id")) {
      ps.setObject(1, connector);
      ps.setString(2, todoId);
      ps.setString(3, externalId);
      ps.executeUpdate();
    }
  }

  static String brief(String body) {
    String b = body == null ? "" : body.strip();
    return b.length() > 200 ? b.substring(0, 200) + "…" : b;
  }
}
