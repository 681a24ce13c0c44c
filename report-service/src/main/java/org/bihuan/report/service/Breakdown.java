package org.bihuan.report.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a breakdown groups by. A ticket falls under every key it has (two responsible units: once
 * under each; units by {@link UnitKeys}, under the spelling written last); a problem falls under
 * the keys of its counted (not cancelled) tickets (unit, leader; {@link ReportSql#COUNTED_LINKS}),
 * its top-level category (the first element of categoryPath) or its source.
 */
public enum Breakdown {
  UNIT(
      "select distinct u.ticket_id, ul.label as key, u.unit_key from report_ticket_unit u join "
          + UnitKeys.LABELS
          + " ul on ul.unit_key = u.unit_key",
      "select distinct l.problem_id, ul.label as key, u.unit_key from "
          + ReportSql.COUNTED_LINKS
          + " l join report_ticket_unit u on u.ticket_id = l.ticket_id join "
          + UnitKeys.LABELS
          + " ul on ul.unit_key = u.unit_key"),
  LEADER(
      "select t.id as ticket_id, coalesce(ll.label, '"
          + Breakdown.UNSPECIFIED
          + "') as key from report_ticket t left join "
          + Breakdown.LEADER_LABELS
          + " ll on ll.leader_key = t.leader_key",
      "select distinct l.problem_id, coalesce(ll.label, '"
          + Breakdown.UNSPECIFIED
          + "') as key from "
          + ReportSql.COUNTED_LINKS
          + " l join report_ticket t on t.id = l.ticket_id left join "
          + Breakdown.LEADER_LABELS
          + " ll on ll.leader_key = t.leader_key"),
  CATEGORY(
      "select distinct l.ticket_id, coalesce(p.category, '"
          + Breakdown.UNSPECIFIED
          + "') as key from report_ticket_problem l join report_problem p on p.id = l.problem_id",
      "select p.id as problem_id, coalesce(p.category, '"
          + Breakdown.UNSPECIFIED
          + "') as key from report_problem p"),
  SOURCE(
      "select distinct t.id as ticket_id, s.key from report_ticket t, unnest(t.source_ids) as s(key)",
      "select p.id as problem_id, p.source_id as key from report_problem p"
          + " where p.source_id is not null");

  /**
   * Each leader's key ({@code PersonNames.groupKey}: 赵验收, 赵 验收 and 趙驗收 are one leader;
   * docs/decisions/0240) with the spelling his figures are shown under: the one on the ticket
   * changed last.
   */
  static final String LEADER_LABELS =
      "(select distinct on (leader_key) leader_key, leader_in_charge as label from report_ticket"
          + " where leader_key is not null"
          + " order by leader_key, coalesce(updated_at, created_at) desc, seq desc)";

  /** The key of tickets and problems that have no leader or category. */
  public static final String UNSPECIFIED = "未指定";

  final String ticketKeys;
  final String problemKeys;

  Breakdown(String ticketKeys, String problemKeys) {
    this.ticketKeys = ticketKeys;
    this.problemKeys = problemKeys;
  }

  public String key() {
    return name().toLowerCase();
  }

  public static Optional<Breakdown> of(String by) {
    return Arrays.stream(values()).filter(b -> b.key().equals(by)).findFirst();
  }
}
