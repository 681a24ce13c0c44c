package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.bihuan.rectification.mapping.TodoView;

/**
 * The message a group robot receives: one line per event, oldest first, under a heading with their
 * number; as many events as fit in the robot's message size (less the room {@code reserve} keeps
 * for what the kind appends), the rest wait for the next message. An event {@code posted} refuses
 * (an update of a to-do's receiver only, {@link ReceiverOnlyUpdates}) is carried without a line.
 */
final class RobotDigest {

  /** What each event type says in a group (zh-CN). */
  static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("ticket.created", "新交办"),
          Map.entry("ticket.updated", "已修改"),
          Map.entry("ticket.started", "开始整改"),
          Map.entry("ticket.submitted", "申请销号"),
          Map.entry("ticket.verified", "验收通过"),
          Map.entry("ticket.rejected", "验收退回"),
          Map.entry("ticket.reopened", "重新整改"),
          Map.entry("ticket.cancelled", "已撤销"),
          Map.entry("ticket.progress_reported", "汇报进展"),
          Map.entry("ticket.evidence_added", "上传佐证"),
          Map.entry("ticket.extension_requested", "申请延期"),
          Map.entry("ticket.extension_approved", "延期获批"),
          Map.entry("ticket.extension_refused", "延期未获批"),
          Map.entry("ticket.extension_lapsed", "延期申请失效"),
          Map.entry("ticket.due_soon", "临近到期"),
          Map.entry("ticket.due_today", "今日到期"),
          Map.entry("ticket.overdue", "已逾期"),
          Map.entry("ticket.supervised", "督办"),
          Map.entry("todo.opened", "待办"),
          Map.entry("todo.updated", "待办变更"),
          Map.entry("todo.done", "已办"));

  /**
   * The message: its text and how many of the events (from the first) it carries; {@code lines} of
   * them are said (none: there is nothing to post).
   */
  record Message(String text, int covered, int lines) {}

  private RobotDigest() {}

  static Message compose(
      ObjectMapper mapper,
      List<String> events,
      JsonNode options,
      Optional<String> linkBase,
      boolean markdown,
      int maxBytes,
      int reserve,
      Predicate<ConnectorEvent> posted)
      throws IOException {
    List<String> lines = new ArrayList<>();
    int budget = maxBytes - reserve - 80;
    int covered = 0;
    for (String payload : events) {
      ConnectorEvent e = ConnectorEvent.parse(mapper, payload);
      if (!posted.test(e)) {
        // carried without a line: nothing in it for a person to read (0349)
        covered++;
        continue;
      }
      String line = line(e, options, linkBase, markdown);
      if (!lines.isEmpty() && bytes(line) + 1 > budget) {
        break;
      }
      if (lines.isEmpty() && bytes(line) > budget) {
        line = cut(line, budget);
      }
      budget -= bytes(line) + 1;
      lines.add(line);
      covered++;
    }
    String heading = (markdown ? "#### " : "") + "整改督办提醒（" + lines.size() + " 条）";
    return new Message(heading + "\n" + String.join("\n", lines), covered, lines.size());
  }

  /**
   * One event: 【label】number measure, who, deadline, link; its words pass through {@link
   * RobotText}, so user text never makes a link, a mention or formatting.
   */
  static String line(
      ConnectorEvent e, JsonNode options, Optional<String> linkBase, boolean markdown) {
    String label = LABELS.getOrDefault(e.type(), e.type());
    TodoView.Links links = DeepLinks.of(e, options, linkBase);
    String what;
    if (e.isTodo()) {
      String who = e.assigneeName();
      what = e.text("title") + "（" + who + "）";
    } else {
      JsonNode d = e.data();
      List<String> units = new ArrayList<>();
      d.path("responsibleUnits").forEach(u -> units.add(u.path("name").asText()));
      String person = d.path("responsiblePerson").asText("");
      String measure = d.path("measure").asText("");
      if (measure.codePointCount(0, measure.length()) > 40) {
        measure = measure.substring(0, measure.offsetByCodePoints(0, 39)) + "…";
      }
      String deadline = d.path("effectiveDeadline").asText("");
      what =
          d.path("number").asText()
              + " "
              + measure
              + "（"
              + String.join("、", units)
              + (person.isBlank() ? "" : " " + person)
              + (deadline.isBlank() || "null".equals(deadline) ? "" : "，期限 " + deadline)
              + "）";
    }
    what = RobotText.neutral(what, markdown);
    String link = links.pc();
    if (markdown) {
      return "- 【" + label + "】" + (link == null ? what : "[" + what + "](" + link + ")");
    }
    return "【" + label + "】" + what + (link == null ? "" : " " + link);
  }

  static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String cut(String s, int maxBytes) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      if (bytes(out.toString()) + bytes(ch) + 3 > maxBytes) {
        return out + "…";
      }
      out.append(ch);
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
