package org.bihuan.rectification.connector;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.webhook.ConnectorKind.Connector;
import org.bihuan.platform.webhook.ConnectorKind.Sent;

/**
 * The receivers a to-do connector holds each to-do open for in its OA system ({@code
 * connector_todo_receiver}, docs/decisions/0344, 0349), and the one way 泛微 and 致远 push a to-do
 * event to them. A to-do's receiver may change while it is open: the directory links its person by
 * name (0333), or a relink or a login change names another account. The OA system keeps a 待办 per
 * receiver, so the to-do is pushed to the receivers of now first, then closed where it is held and
 * no longer meant: the OA system ends with one open to-do, at the receiver of now. The receivers
 * are held per OA system ({@link #system}), not per registration: a connector deleted and
 * registered again for the same system closes what its predecessor opened there.
 */
@ApplicationScoped
public class PushedReceivers {

  /** One call to the OA system about the event's to-do for one receiver. */
  @FunctionalInterface
  interface Call {
    /**
     * Sends the event to {@code receiver}, or, when {@code former}, closes the to-do there (the
     * receiver no longer meant); the outcome, delivered when the OA system took it.
     */
    Sent send(String receiver, boolean former) throws Exception;
  }

  @Inject AgroalDataSource dataSource;

  /**
   * The OA system a connector of {@code kind} pushes to-dos into: its base URL as registered
   * (trailing slashes aside) and the code it files the to-dos under ({@code codeOption}: 泛微's
   * syscode, 致远's registerCode; absent, blank or not a value is the empty code, as {@link
   * Connector#option} reads it). The one place this is decided (migrations V2026_12_14_349_1 and _2
   * key the receivers held before by the same rule, a blank code included: 0356).
   */
  static String system(String kind, Connector c, String codeOption) {
    return kind + " " + c.baseUrl().replaceAll("/+$", "") + " " + c.option(codeOption, "");
  }

  /**
   * Pushes the to-do event {@code e} to the receivers of {@code now}: an open to-do to each of
   * them, a done one only to those who hold it (a receiver never pushed the 待办 gets no 已办). Each
   * receiver is held as soon as the OA system took his open, and let go as soon as it took his
   * close, so a failure later in the push loses nothing. A receiver of now that fails or refuses
   * fails the push (retried whole; the old receiver's to-do stays open meanwhile, so the to-do is
   * never open at nobody); a receiver already holding it as this event shows it is not sent it
   * again. Then the held receivers no longer meant get the to-do closed; a close the OA system does
   * not take holds nothing back and is asked for again at the to-do's next push, its done at the
   * latest.
   */
  Sent push(String system, ConnectorEvent e, List<String> now, Call call) throws Exception {
    String todoId = e.text("id");
    Map<String, Long> held = held(system, todoId);
    Integer status = null;
    for (String receiver : now) {
      if (e.open() ? has(held, receiver, e) : !held.containsKey(receiver)) {
        continue;
      }
      Sent s = call.send(receiver, false);
      if (!s.delivered()) {
        return s;
      }
      status = s.status();
      if (e.open()) {
        hold(system, todoId, receiver, e.position());
      } else {
        letGo(system, todoId, receiver);
      }
    }
    for (String receiver : held.keySet()) {
      if (now.contains(receiver)) {
        continue;
      }
      Sent s = call.send(receiver, true);
      if (s.delivered()) {
        status = status == null ? s.status() : status;
        letGo(system, todoId, receiver);
      }
    }
    return new Sent(status, null, 1);
  }

  /**
   * Whether the OA system holds the to-do open for {@code receiver} as event {@code e} shows it, or
   * as a later event does: it took his open of that position or a later one. Such an open is not
   * sent again (docs/decisions/0356): a connector registered again with backfill is sent the latest
   * event of each open to-do, and the system has those its predecessor pushed. A receiver held
   * without a position (held before positions were kept) is sent the open, as before.
   */
  private static boolean has(Map<String, Long> held, String receiver, ConnectorEvent e) {
    Long pushed = held.get(receiver);
    return pushed != null && e.position() != null && pushed >= e.position();
  }

  /**
   * The receivers the to-do is held open for, in their order, each with the feed position of the
   * event whose open the system took for him (null when not known).
   */
  private Map<String, Long> held(String system, String todoId) throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select receiver, pushed_position from connector_todo_receiver"
                    + " where oa_system = ? and todo_id = ? order by receiver")) {
      ps.setString(1, system);
      ps.setString(2, todoId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getObject(2, Long.class));
        }
      }
    }
    return out;
  }

  private void hold(String system, String todoId, String receiver, Long position)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into connector_todo_receiver (oa_system, todo_id, receiver,"
                    + " pushed_position) values (?, ?, ?, ?) on conflict (oa_system, todo_id,"
                    + " receiver) do update set pushed_position = excluded.pushed_position")) {
      ps.setString(1, system);
      ps.setString(2, todoId);
      ps.setString(3, receiver);
      ps.setObject(4, position, java.sql.Types.BIGINT);
      ps.executeUpdate();
    }
  }

  private void letGo(String system, String todoId, String receiver) throws SQLException {
    update(
        "delete from connector_todo_receiver where oa_system = ? and todo_id = ?"
            + " and receiver = ?",
        system,
        todoId,
        receiver);
  }

  private void update(String sql, String system, String todoId, String receiver)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, system);
      ps.setString(2, todoId);
      ps.setString(3, receiver);
      ps.executeUpdate();
    }
  }
}
