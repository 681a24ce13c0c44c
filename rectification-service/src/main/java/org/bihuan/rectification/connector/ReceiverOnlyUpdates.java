package org.bihuan.rectification.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Predicate;

/**
 * A {@code todo.updated} that changes nothing a person reads (docs/decisions/0349): the to-do
 * changed only whom an OA system gives it (the directory linked its person, 0344: the assignee's
 * externalId or login), so a group robot, which posts a line per event to people, posts nothing for
 * it. A to-do centre still receives it: it moves the to-do to its receiver of now.
 */
@ApplicationScoped
public class ReceiverOnlyUpdates {

  @Inject AgroalDataSource dataSource;
  @Inject ObjectMapper mapper;

  /**
   * What a person reads of a to-do: its kind, title, assignee's kind and name, due date, status.
   */
  static List<String> readable(JsonNode todo) {
    return List.of(
        todo.path("kind").asText(),
        todo.path("title").asText(),
        todo.path("assignee").path("type").asText(),
        todo.path("assignee").path("name").asText(),
        todo.path("dueDate").asText(),
        todo.path("status").asText());
  }

  /** The events a robot posts: all but the receiver-only updates. */
  Predicate<ConnectorEvent> posted() {
    return e -> {
      try {
        return !receiverOnly(e);
      } catch (SQLException ex) {
        throw new IllegalStateException(ex);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    };
  }

  /**
   * Whether {@code e} is a {@code todo.updated} whose to-do reads as the feed's event of it just
   * before did.
   */
  boolean receiverOnly(ConnectorEvent e) throws SQLException, IOException {
    if (!"todo.updated".equals(e.type()) || e.position() == null) {
      return false;
    }
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select data::text from change_event where resource_type = 'todo'"
                    + " and resource_id = ? and position < ? order by position desc limit 1")) {
      ps.setString(1, e.text("id"));
      ps.setLong(2, e.position());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && readable(mapper.readTree(rs.getString(1))).equals(readable(e.data()));
      }
    }
  }
}
