package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A feed event as a connector reads it (the envelope of GET /api/v1/events, with its position): a
 * to-do's ({@code todo.opened}, {@code todo.done}, data TodoView) or a ticket's (data TicketView).
 */
record ConnectorEvent(String id, String type, Long position, Instant occurredAt, JsonNode data) {

  static final DateTimeFormatter OA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  static ConnectorEvent parse(ObjectMapper mapper, String payload) throws IOException {
    JsonNode e = mapper.readTree(payload);
    return new ConnectorEvent(
        e.path("id").asText(),
        e.path("type").asText(),
        e.hasNonNull("position") ? e.get("position").asLong() : null,
        Instant.parse(e.path("occurredAt").asText()),
        e.path("data"));
  }

  boolean isTodo() {
    return type.startsWith("todo.");
  }

  /** For a to-do: still to act on (OPEN), else done or cancelled. */
  boolean open() {
    return "OPEN".equals(text("status"));
  }

  String text(String field) {
    JsonNode v = data.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  String assigneeType() {
    return data.path("assignee").path("type").asText();
  }

  String assigneeName() {
    return data.path("assignee").path("name").asText();
  }

  String assigneeExternalId() {
    JsonNode v = data.path("assignee").get("externalId");
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }

  List<String> notFor() {
    List<String> out = new ArrayList<>();
    data.path("notFor").forEach(n -> out.add(n.asText()));
    return out;
  }

  LocalDate dueDate() {
    String d = text("dueDate");
    return d == null ? null : LocalDate.parse(d);
  }

  /** An instant field in the organisation's zone as OA systems write times, or null. */
  String oaTime(String field, ZoneId zone) {
    String v = text(field);
    return v == null ? null : OA_TIME.format(Instant.parse(v).atZone(zone));
  }
}
