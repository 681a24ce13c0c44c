package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bihuan.platform.error.FieldError;

/** The checks of a registration's events and options that several kinds share. */
final class ConnectorOptions {

  /** What a to-do centre receives: to-dos only. */
  static final List<String> TODO_EVENTS = List.of("todo.*");

  private static final Set<String> TODO_PATTERNS =
      Set.of("todo.*", "todo.opened", "todo.updated", "todo.done");

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

  /** links {pc, h5}: text templates; roleReceivers: role → list of logins or {name, login}. */
  static List<FieldError> common(JsonNode options) {
    List<FieldError> out = new ArrayList<>();
    JsonNode links = options.get("links");
    if (links != null && !links.isNull()) {
      if (!links.isObject()) {
        out.add(new FieldError("options.links", "is an object {pc, h5}"));
      } else {
        links
            .fieldNames()
            .forEachRemaining(
                n -> {
                  if (!n.equals("pc") && !n.equals("h5") || !links.get(n).isTextual()) {
                    out.add(new FieldError("options.links." + n, "only pc and h5, as text"));
                  } else if (!links.get(n).asText().matches("(?i)https?://.+")) {
                    out.add(new FieldError("options.links." + n, "must be an http(s) address"));
                  }
                });
      }
    }
    JsonNode roles = options.get("roleReceivers");
    if (roles != null && !roles.isNull()) {
      if (!roles.isObject()) {
        out.add(new FieldError("options.roleReceivers", "is an object: role → [login…]"));
      } else {
        roles
            .fields()
            .forEachRemaining(
                e -> {
                  boolean ok = e.getValue().isArray();
                  for (JsonNode r : e.getValue()) {
                    ok &= r.isTextual() || r.isObject() && r.path("login").isTextual();
                  }
                  if (!ok) {
                    out.add(
                        new FieldError(
                            "options.roleReceivers." + e.getKey(),
                            "is a list of logins or {name, login}"));
                  }
                });
      }
    }
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
