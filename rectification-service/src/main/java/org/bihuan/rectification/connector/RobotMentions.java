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
 * Whom a robot's message @-mentions (docs/decisions/0211): the connector's fixed {@code
 * mentionMobiles}, then the people who must act on what the message carries, by the mobile the
 * directory has for them (GET /api/v1/directory/people): an open to-do's PERSON assignee, and for a
 * ticket event the assignees of the ticket's open PERSON to-dos. People the directory does not
 * know, has no mobile for, or has sealed are not mentioned; units and roles have no mobile. Never
 * more than the robot's limit, the fixed ones and the earliest events' people first. {@code
 * "mentionAssignees": false} keeps to the fixed ones.
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

  @Inject ObjectMapper mapper;
  @Inject AgroalDataSource dataSource;

  /** The mobiles a message carrying these events (payloads, oldest first) mentions. */
  List<String> of(JsonNode options, List<String> events) throws IOException, SQLException {
    Set<String> out = new LinkedHashSet<>(fixed(options));
    if (options.path("mentionAssignees").asBoolean(true) && out.size() < MAX) {
      for (String mobile : assigneeMobiles(events)) {
        out.add(mobile);
      }
    }
    return out.stream().limit(MAX).toList();
  }

  /** The connector's {@code options.mentionMobiles}. */
  static List<String> fixed(JsonNode options) {
    List<String> out = new ArrayList<>();
    options.path("mentionMobiles").forEach(m -> out.add(m.asText()));
    return out;
  }

  /** The directory mobiles of the people who must act on these events, in event order. */
  private List<String> assigneeMobiles(List<String> events) throws IOException, SQLException {
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
      Map<String, String> mobiles = mobiles(c, people);
      return people.stream().map(mobiles::get).filter(m -> m != null).distinct().toList();
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

  private static Map<String, String> mobiles(Connection c, Set<String> people) throws SQLException {
    Map<String, String> out = new HashMap<>();
    if (people.isEmpty()) {
      return out;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "select external_id, mobile from directory_person where external_id = any(?)"
                + " and not sealed and mobile is not null and mobile <> ''")) {
      ps.setArray(1, c.createArrayOf("text", people.toArray()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          // the robots know a member by the 11 digits, without the country code
          out.put(rs.getString(1), rs.getString(2).replaceFirst("^\\+86[- ]?", ""));
        }
      }
    }
    return out;
  }
}
