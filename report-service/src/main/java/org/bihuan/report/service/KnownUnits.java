package org.bihuan.report.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.text.EditDistance;

/**
 * The {@code unit} of a report that lists tickets (a source's closed-loop report, the ledger) must
 * be a responsible unit of some ticket it could list — of the source's tickets when a source is
 * named, of any ticket otherwise — compared as the unit filter compares ({@link UnitKeys}). Another
 * name can only be a mistake (财务 for 财务科): it is refused with 400 naming the unit and listing the
 * units there are, the closest first, instead of an empty report (docs/decisions/0334). The figures
 * (summary, breakdown, trend, overdue) take any unit: zero is a true figure for a unit without
 * tickets yet.
 */
@ApplicationScoped
public class KnownUnits {

  /** Units named in the answer at most. */
  static final int LISTED = 20;

  @Inject AgroalDataSource dataSource;

  /** Refuses {@code filter.unit()} when no ticket (of {@code filter.sourceId()}) names it. */
  public void require(ReportFilter filter) {
    if (filter.unit() == null) {
      return;
    }
    List<String[]> units = new ArrayList<>();
    String sql =
        "select distinct on (u.unit_key) u.unit_key, u.name from report_ticket_unit u"
            + " join report_ticket t on t.id = u.ticket_id"
            + (filter.sourceId() == null ? "" : " where ? = any(t.source_ids)")
            + " order by u.unit_key, u.seq desc";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (filter.sourceId() != null) {
        ps.setString(1, filter.sourceId());
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          units.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the units of the tickets", e);
    }
    String key = filter.unitKey();
    if (units.stream().anyMatch(u -> u[0].equals(key))) {
      return;
    }
    List<String> closest =
        units.stream()
            // a unit whose name holds the one asked for (or the other way round) first, then the
            // fewest edits away
            .sorted(
                Comparator.<String[]>comparingInt(
                        u -> u[0].contains(key) || key.contains(u[0]) ? 0 : 1)
                    .thenComparingInt(u -> EditDistance.between(key, u[0]))
                    .thenComparing(u -> u[1]))
            .limit(LISTED)
            .map(u -> u[1])
            .toList();
    String where = filter.sourceId() == null ? "任何整改任务" : "该来源的任何整改任务";
    String message =
        "「"
            + filter.unit()
            + "」不是"
            + where
            + "的责任单位"
            + (closest.isEmpty()
                ? "，且" + (filter.sourceId() == null ? "" : "该来源") + "尚无任何整改任务。"
                : "；"
                    + (filter.sourceId() == null ? "" : "该来源")
                    + "的责任单位有："
                    + String.join("、", closest)
                    + (units.size() > LISTED ? " 等 " + units.size() + " 个" : "")
                    + "（最接近的在前）。");
    throw ApiProblem.invalid("unit：" + message, List.of(new FieldError("unit", message)))
        .with("unit", filter.unit())
        .with("units", closest);
  }
}
