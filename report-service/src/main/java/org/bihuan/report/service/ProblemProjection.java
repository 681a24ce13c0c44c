package org.bihuan.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.bihuan.platform.feed.follow.PageApplier;
import org.bihuan.platform.feed.follow.ReceivedEvent;
import org.bihuan.platform.feed.follow.UnreadableEvent;
import org.bihuan.report.client.CauseRecord;
import org.bihuan.report.client.ProblemRecord;
import org.bihuan.report.client.SourceRecord;

/**
 * Applies problem-service's feed (source.*, problem.*, cause.*) to the projection. Every event
 * carries the whole resource after the change, so each one is an upsert; other types are ignored.
 */
@ApplicationScoped
public class ProblemProjection implements PageApplier.EachEvent<ReceivedEvent> {

  @Inject ObjectMapper mapper;

  @Override
  public void apply(Connection c, ReceivedEvent e) throws SQLException {
    String type = e.type() == null ? "" : e.type();
    if (type.startsWith("source.")) {
      SourceRecord s = read(e, type, SourceRecord.class);
      require(e, type, s != null && s.id() != null, "lacks id");
      upsertSource(c, s);
    } else if (type.startsWith("problem.")) {
      ProblemRecord p = read(e, type, ProblemRecord.class);
      require(e, type, p != null && p.id() != null && p.status() != null, "lacks id or status");
      upsertProblem(c, p);
    } else if (type.startsWith("cause.")) {
      CauseRecord r = read(e, type, CauseRecord.class);
      require(e, type, r != null && r.id() != null, "lacks id");
      upsertCause(c, r);
    }
  }

  private <T> T read(ReceivedEvent e, String type, Class<T> shape) {
    try {
      return mapper.treeToValue(e.data(), shape);
    } catch (JsonProcessingException | IllegalArgumentException ex) {
      throw new UnreadableEvent(e.position(), type, ex.getMessage(), ex);
    }
  }

  private static void require(ReceivedEvent e, String type, boolean readable, String why) {
    if (!readable) {
      throw new UnreadableEvent(e.position(), type, why, null);
    }
  }

  private static void upsertSource(Connection c, SourceRecord s) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into report_source (id, title, kind, organization, held_on, external_ref,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do update set"
                + " title = excluded.title, kind = excluded.kind, organization ="
                + " excluded.organization, held_on = excluded.held_on, external_ref ="
                + " excluded.external_ref, created_at = excluded.created_at")) {
      ps.setString(1, s.id());
      ps.setString(2, s.title());
      ps.setString(3, s.kind());
      ps.setString(4, s.organization());
      ps.setObject(5, s.heldOn());
      ps.setString(6, s.externalRef());
      ps.setObject(7, Sql.timestamp(s.createdAt()));
      ps.executeUpdate();
    }
  }

  private static void upsertProblem(Connection c, ProblemRecord p) throws SQLException {
    List<String> path = p.categoryPath() == null ? List.of() : p.categoryPath();
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into report_problem (id, number, source_id, category_path, category, title,"
                + " description, status, external_ref, created_at, closed_at, withdrawn_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do update set"
                + " number = excluded.number, source_id = excluded.source_id, category_path ="
                + " excluded.category_path, category = excluded.category, title ="
                + " excluded.title, description = excluded.description, status ="
                + " excluded.status, external_ref = excluded.external_ref, created_at ="
                + " excluded.created_at, closed_at = excluded.closed_at, withdrawn_at ="
                + " excluded.withdrawn_at")) {
      ps.setString(1, p.id());
      ps.setString(2, p.number());
      ps.setString(3, p.sourceId());
      ps.setArray(4, c.createArrayOf("text", path.toArray()));
      ps.setString(5, path.isEmpty() ? null : path.get(0));
      ps.setString(6, p.title());
      ps.setString(7, p.description());
      ps.setString(8, p.status());
      ps.setString(9, p.externalRef());
      ps.setObject(10, Sql.timestamp(p.createdAt()));
      ps.setObject(11, Sql.timestamp(p.closedAt()));
      ps.setObject(12, Sql.timestamp(p.withdrawnAt()));
      ps.executeUpdate();
    }
  }

  private static void upsertCause(Connection c, CauseRecord r) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into report_cause (id, source_id, title, description) values (?, ?, ?, ?)"
                + " on conflict (id) do update set source_id = excluded.source_id, title ="
                + " excluded.title, description = excluded.description")) {
      ps.setString(1, r.id());
      ps.setString(2, r.sourceId());
      ps.setString(3, r.title());
      ps.setString(4, r.description());
      ps.executeUpdate();
    }
  }
}
