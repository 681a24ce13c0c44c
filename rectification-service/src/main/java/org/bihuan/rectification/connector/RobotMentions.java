package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Whom a robot's message @-mentions (docs/decisions/0211, 0219): the connector's fixed {@code
 * mentionMobiles}, then the people who must act on what the message carries, as the directory knows
 * them (GET /api/v1/directory/people): an open to-do's PERSON assignee, and for a ticket event the
 * assignees of the ticket's open PERSON to-dos. {@code mentionBy} says how the robot knows a
 * person: by the mobile the directory has for him ({@code mobile}, the default), or, where the
 * robot's own user id (WeCom's or DingTalk's userid) is one the directory holds, by his {@code
 * externalId} or {@code login}, and by his mobile when he has no such id (docs/decisions/0226).
 * People the directory does not know, has neither id for, or has sealed are not mentioned; units
 * and roles neither. Never more than the robot's limit, the fixed ones and the earliest events'
 * people first. {@code "mentionAssignees": false} keeps to the fixed ones.
 */
@ApplicationScoped
public class RobotMentions {

  /**
   * People one message mentions at most. Neither DingTalk nor WeCom publishes a number; a digest of
   * up to 200 events must not turn into a roll call, and in DingTalk's markdown each mention also
   * takes room in the text.
   */
  static final int MAX = 20;

  /** The room the mentions may take at the end of a DingTalk text: MAX × "@" + mobile + " ". */
  static final int TAIL_BYTES = MAX * 23;

  /** The same when they may be user ids: MAX × "@" + a user id of at most 64 + " ". */
  static final int USER_ID_TAIL_BYTES = MAX * 66;

  @Inject ObjectMapper mapper;
  @Inject AgroalDataSource dataSource;

  /** How a robot may know a person: the directory column that holds it, by option value. */
  static final Map<String, String> MENTION_BY =
      Map.of("mobile", "mobile", "externalId", "external_id", "login", "login");

  /**
   * What a user id of WeCom or DingTalk may be (1–64 letters, digits, _ - @ .); a directory id of
   * another shape is none the robot knows, and could break the markup it is written into.
   */
  static final String USER_ID = "[A-Za-z0-9_.@-]{1,64}";

  /** Whom one message mentions: by mobile, and by the robot's user id. */
  record Mentioned(List<String> mobiles, List<String> userIds) {
    boolean isEmpty() {
      return mobiles.isEmpty() && userIds.isEmpty();
    }
  }

  /**
   * Whom a message carrying these events (payloads, oldest first) mentions: with {@code mentionBy}
   * a user id, each person by the directory id the robot knows him by where the directory holds one
   * that can be a user id, else by his mobile.
   */
  Mentioned of(JsonNode options, List<String> events) throws IOException, SQLException {
    List<String> mobiles = new ArrayList<>(new LinkedHashSet<>(fixed(options)));
    List<String> userIds = new ArrayList<>();
    if (options.path("mentionAssignees").asBoolean(true) && mobiles.size() < MAX) {
      String by = MENTION_BY.getOrDefault(options.path("mentionBy").asText("mobile"), "mobile");
      for (Known id : assigneeIds(events, by)) {
        if (mobiles.size() + userIds.size() >= MAX) {
          break;
        }
        List<String> into = id.userId() ? userIds : mobiles;
        if (!into.contains(id.value())) {
          into.add(id.value());
        }
      }
    }
    return new Mentioned(mobiles.stream().limit(MAX).toList(), userIds);
  }

  /** A person as the robot knows him: by a user id, or by his mobile. */
  private record Known(String value, boolean userId) {}

  /** The connector's {@code options.mentionMobiles}. */
  static List<String> fixed(JsonNode options) {
    List<String> out = new ArrayList<>();
    options.path("mentionMobiles").forEach(m -> out.add(m.asText()));
    return out;
  }

  /**
   * The ids (directory {@code column}) of the people who must act on these events, in event order.
   */
  private List<Known> assigneeIds(List<String> events, String column)
      throws IOException, SQLException {
    List<ConnectorEvent> parsed = new ArrayList<>();
    List<UUID> tickets = new ArrayList<>();
    for (String payload : events) {
      ConnectorEvent e = ConnectorEvent.parse(mapper, payload);
      parsed.add(e);
      if (!e.isTodo() && e.type().startsWith("ticket.") && e.text("id") != null) {
        tickets.add(UUID.fromString(e.text("id")));
      }
    }
    try (Connection c = dataSource.getConnection()) {
      Map<UUID, List<String>> openOf = openPersonTodos(c, tickets);
      Set<String> people = new LinkedHashSet<>();
      for (ConnectorEvent e : parsed) {
        if (e.isTodo()) {
          if (e.open() && "PERSON".equals(e.assigneeType()) && e.assigneeExternalId() != null) {
            people.add(e.assigneeExternalId());
          }
        } else if (e.text("id") != null && e.type().startsWith("ticket.")) {
          people.addAll(openOf.getOrDefault(UUID.fromString(e.text("id")), List.of()));
        }
      }
      Map<String, Known> ids = directoryIds(c, people, column);
      return people.stream().map(ids::get).filter(m -> m != null).distinct().toList();
    }
  }

  private static Map<UUID, List<String>> openPersonTodos(Connection c, List<UUID> tickets)
      throws SQLException {
    Map<UUID, List<String>> out = new HashMap<>();
    if (tickets.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "select ticket_id, assignee_external_id from todo where ticket_id = any(?)"
                + " and status = 'OPEN' and assignee_type = 'PERSON'"
                + " and assignee_external_id is not null order by seq")) {
      ps.setArray(1, c.createArrayOf("uuid", tickets.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
              .add(rs.getString(2));
        }
      }
    }
    return out;
  }

  /**
   * How the robot knows each of these people (not sealed): by the directory's {@code column} where
   * it holds one that can be a user id (unless the column is the mobile), else by his mobile.
   */
  private static Map<String, Known> directoryIds(Connection c, Set<String> people, String column)
      throws SQLException {
    Map<String, Known> out = new HashMap<>();
    if (people.isEmpty()) {
      return out;
    }
    // column is one of MENTION_BY's values, never the caller's text
    try (PreparedStatement ps =
        c.prepareStatement(
            "select external_id, "
                + column
                + ", mobile from directory_person where external_id = any(?) and not sealed")) {
      ps.setArray(1, c.createArrayOf("text", people.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(2) == null ? "" : rs.getString(2).strip();
          String mobile = rs.getString(3) == null ? "" : rs.getString(3).strip();
          if (!column.equals("mobile") && id.matches(USER_ID)) {
            out.put(rs.getString(1), new Known(id, true));
          } else if (!mobile.isEmpty()) {
            // the robots know a member by the 11 digits, without the country code
            out.put(rs.getString(1), new Known(mobile.replaceFirst("^\\+86[- ]?", ""), false));
          }
        }
      }
    }
    return out;
  }
}
