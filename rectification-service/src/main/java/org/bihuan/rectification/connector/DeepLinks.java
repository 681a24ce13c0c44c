package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bihuan.platform.error.UnknownFields;
import org.bihuan.rectification.mapping.TodoView;

/**
 * Where a connector's message sends people: {@code options.links.pc} / {@code options.links.h5}
 * when the connector sets them (templates with {ticketId}, {problemId}, {todoId}), else the to-do's
 * own links, or for a ticket event the ticket's pages.
 */
final class DeepLinks {

  /** The placeholders a link template may hold, each filled with the id it names. */
  static final List<String> PLACEHOLDERS = List.of("ticketId", "problemId", "todoId");

  private static final Pattern BRACED = Pattern.compile("\\{([^{}]*)\\}");

  private DeepLinks() {}

  /**
   * Why {@code template} cannot be filled, or null: a brace that opens no placeholder of {@link
   * #PLACEHOLDERS} ({@code {ticketNo}}) would reach the OA system as written (docs/decisions/0348).
   */
  static String placeholderProblem(String template) {
    Matcher m = BRACED.matcher(template);
    StringBuilder rest = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      if (!PLACEHOLDERS.contains(name)) {
        String likely = UnknownFields.likely(name, PLACEHOLDERS);
        return "{"
            + name
            + "} is not a placeholder"
            + (likely == null ? "" : "; did you mean {" + likely + "}?")
            + " The placeholders are {ticketId}, {problemId} and {todoId}";
      }
      m.appendReplacement(rest, "");
    }
    m.appendTail(rest);
    if (rest.indexOf("{") >= 0 || rest.indexOf("}") >= 0) {
      return "has a brace that opens or closes no placeholder; the placeholders are {ticketId},"
          + " {problemId} and {todoId}";
    }
    return null;
  }

  static TodoView.Links of(ConnectorEvent e, JsonNode options, Optional<String> linkBase) {
    TodoView.Links own;
    String ticketId;
    String problemId;
    String todoId;
    if (e.isTodo()) {
      own =
          new TodoView.Links(
              text(e.data().path("links").get("pc")), text(e.data().path("links").get("h5")));
      ticketId = e.text("ticketId");
      problemId = e.text("problemId");
      todoId = e.text("id");
    } else {
      ticketId = e.text("id");
      JsonNode problems = e.data().path("problemIds");
      problemId = problems.size() > 0 ? problems.get(0).asText() : null;
      todoId = null;
      own = TodoView.ticketPages(linkBase, UUID.fromString(ticketId));
    }
    JsonNode links = options.path("links");
    return new TodoView.Links(
        fill(text(links.get("pc")), ticketId, problemId, todoId, own.pc()),
        fill(text(links.get("h5")), ticketId, problemId, todoId, own.h5()));
  }

  private static String fill(
      String template, String ticketId, String problemId, String todoId, String fallback) {
    if (template == null || template.isBlank()) {
      return fallback;
    }
    return template
        .replace("{ticketId}", ticketId == null ? "" : ticketId)
        .replace("{problemId}", problemId == null ? "" : problemId)
        .replace("{todoId}", todoId == null ? "" : todoId);
  }

  private static String text(JsonNode v) {
    return v == null || v.isNull() ? null : v.asText();
  }
}
