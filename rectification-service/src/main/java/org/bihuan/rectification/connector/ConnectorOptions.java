package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.error.UnknownFields;
import org.bihuan.rectification.service.ProblemTodos;
import org.bihuan.rectification.service.TicketTodos;

/** The checks of a registration's events and options that several kinds share. */
final class ConnectorOptions {

  /** What a to-do centre receives: to-dos only. */
  static final List<String> TODO_EVENTS = List.of("todo.*");

  /**
   * A to-do whose latest event is one of these is open: a to-do centre registered later receives it
   * first (docs/decisions/0334), so that its 已办 never comes for a 待办 it did not have.
   */
  static final List<String> OPEN_TODO_EVENTS = List.of("todo.opened", "todo.updated");

  private static final Set<String> TODO_PATTERNS =
      Set.of("todo.*", "todo.opened", "todo.updated", "todo.done");

  static final String LINKS = "links";
  static final String ROLE_RECEIVERS = "roleReceivers";
  private static final List<String> LINK_NAMES = List.of("pc", "h5");

  /** The roles whose to-dos a connector fans out to listed people: 验收 and 延期审批, 问题销号. */
  static final List<String> ROLES = List.of(TicketTodos.VERIFIER_ROLE, ProblemTodos.ADMIN_ROLE);

  private static final List<String> RECEIVER_MEMBERS = List.of("name", "login");

  private ConnectorOptions() {}

  /** A to-do centre takes to-do events only; every kind checks links and roleReceivers. */
  static List<FieldError> todoEventsOnly(String kind, List<String> events) {
    List<FieldError> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (!TODO_PATTERNS.contains(events.get(i))) {
        out.add(
            new FieldError(
                "events[" + i + "]",
                kind + " receives to-dos only: todo.*, todo.opened, todo.updated or todo.done"));
      }
    }
    return out;
  }

  static void requireText(List<FieldError> errors, JsonNode options, String name, String kind) {
    JsonNode v = options.get(name);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      errors.add(new FieldError("options." + name, "is required for " + kind + " (text)"));
    }
  }

  /** The options every to-do centre takes besides its own: links and roleReceivers. */
  static List<String> todoCentre(String... own) {
    List<String> out = new ArrayList<>(List.of(own));
    out.addAll(List.of(LINKS, ROLE_RECEIVERS));
    return List.copyOf(out);
  }

  /**
   * The options a group robot takes: links and whom and how it mentions (no roles, no backfill).
   */
  static final List<String> ROBOT_OPTIONS =
      List.of(LINKS, "msgtype", "mentionMobiles", "mentionAssignees", "mentionBy");

  /** links and roleReceivers, as every to-do centre takes them. */
  static List<FieldError> todoCentreCommon(JsonNode options) {
    List<FieldError> out = links(options);
    out.addAll(roleReceivers(options));
    return out;
  }

  /**
   * links {pc, h5}: http(s) templates whose placeholders are those {@link DeepLinks} fills; another
   * key or placeholder is refused naming it (docs/decisions/0348).
   */
  static List<FieldError> links(JsonNode options) {
    List<FieldError> out = new ArrayList<>();
    JsonNode links = options.get(LINKS);
    if (links == null || links.isNull()) {
      return out;
    }
    if (!links.isObject()) {
      out.add(new FieldError("options.links", "is an object {pc, h5}"));
      return out;
    }
    links
        .fieldNames()
        .forEachRemaining(
            n -> {
              String path = "options.links." + n;
              if (!LINK_NAMES.contains(n)) {
                out.add(UnknownFields.of(path, LINK_NAMES));
              } else if (!links.get(n).isTextual()) {
                out.add(new FieldError(path, "is text: an http(s) address"));
              } else if (!links.get(n).asText().matches("(?i)https?://.+")) {
                out.add(new FieldError(path, "must be an http(s) address"));
              } else {
                String wrong = DeepLinks.placeholderProblem(links.get(n).asText());
                if (wrong != null) {
                  out.add(new FieldError(path, wrong));
                }
              }
            });
    return out;
  }

  /**
   * roleReceivers: role → list of logins or {name, login}, for the roles to-dos are assigned to
   * ({@link #ROLES}); another role, or another member of an entry, is refused naming it (0348).
   */
  static List<FieldError> roleReceivers(JsonNode options) {
    List<FieldError> out = new ArrayList<>();
    JsonNode roles = options.get(ROLE_RECEIVERS);
    if (roles == null || roles.isNull()) {
      return out;
    }
    if (!roles.isObject()) {
      out.add(new FieldError("options.roleReceivers", "is an object: role → [login…]"));
      return out;
    }
    roles
        .fields()
        .forEachRemaining(
            e -> {
              String path = "options.roleReceivers." + e.getKey();
              if (!ROLES.contains(e.getKey())) {
                out.add(UnknownFields.of(path, ROLES));
                return;
              }
              boolean ok = e.getValue().isArray();
              for (int i = 0; ok && i < e.getValue().size(); i++) {
                JsonNode r = e.getValue().get(i);
                ok = r.isTextual() || r.isObject() && r.path("login").isTextual();
                if (ok && r.isObject()) {
                  int index = i;
                  r.fieldNames()
                      .forEachRemaining(
                          m -> {
                            if (!RECEIVER_MEMBERS.contains(m)) {
                              out.add(
                                  UnknownFields.of(
                                      path + "[" + index + "]." + m, RECEIVER_MEMBERS));
                            }
                          });
                }
              }
              if (!ok) {
                out.add(new FieldError(path, "is a list of logins or {name, login}"));
              }
            });
    return out;
  }

  /**
   * mentionMobiles: a list of mobile numbers the robot mentions in every message (at most {@link
   * RobotMentions#MAX}); mentionAssignees: whether it also mentions the people who must act;
   * mentionBy: which directory id the robot knows them by, one of {@code mentionBy} ({@link
   * RobotMentions#MENTION_BY}).
   */
  static List<FieldError> mentions(JsonNode options, List<String> mentionBy) {
    List<FieldError> out = new ArrayList<>();
    JsonNode m = options.get("mentionMobiles");
    if (m != null && !m.isNull()) {
      boolean ok = m.isArray();
      for (JsonNode n : m) {
        ok &= n.isTextual() && n.asText().matches("\\+?[0-9-]{5,20}");
      }
      if (!ok) {
        out.add(new FieldError("options.mentionMobiles", "is a list of mobile numbers"));
      } else if (m.size() > RobotMentions.MAX) {
        out.add(
            new FieldError(
                "options.mentionMobiles",
                "names at most " + RobotMentions.MAX + " mobiles (a message mentions no more)"));
      }
    }
    JsonNode a = options.get("mentionAssignees");
    if (a != null && !a.isNull() && !a.isBoolean()) {
      out.add(new FieldError("options.mentionAssignees", "is true (default) or false"));
    }
    JsonNode by = options.get("mentionBy");
    if (by != null && !by.isNull() && !(by.isTextual() && mentionBy.contains(by.asText()))) {
      out.add(
          new FieldError(
              "options.mentionBy",
              mentionBy.size() == 1
                  ? "is " + mentionBy.get(0) + " (this robot knows people by their mobile only)"
                  : "is one of "
                      + String.join(", ", mentionBy)
                      + ": the directory id this robot"
                      + " knows people by"));
    }
    JsonNode t = options.get("msgtype");
    if (t != null && !t.isNull() && !("markdown".equals(t.asText()) || "text".equals(t.asText()))) {
      out.add(new FieldError("options.msgtype", "is markdown or text"));
    }
    return out;
  }
}
