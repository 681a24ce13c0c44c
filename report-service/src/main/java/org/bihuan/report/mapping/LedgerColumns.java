package org.bihuan.report.mapping;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.bihuan.report.service.ClosedLoopFigures;
import org.bihuan.report.service.ReportLists.LedgerRow;

/** The ledger's (台账) columns as an organisation prints them: Chinese headers and labels. */
public final class LedgerColumns {

  public static final List<String> HEADERS =
      List.of(
          "序号",
          "问题编号",
          "问题来源",
          "问题类别",
          "问题描述",
          "整改措施",
          "责任单位",
          "责任人",
          "责任领导",
          "整改时限",
          "整改状态",
          "是否逾期",
          "红黄绿灯",
          "销号时间",
          "整改事项编号",
          "问题外部编号",
          "整改外部编号",
          "责任单位外部编号");

  private static final DateTimeFormatter CLOSED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ZoneId zone;

  public LedgerColumns(ZoneId zone) {
    this.zone = zone;
  }

  /** The cells of one row, in {@link #HEADERS} order; never null. */
  public String[] cells(long index, LedgerRow r) {
    return new String[] {
      Long.toString(index),
      text(r.problemNumber()),
      text(r.source()),
      String.join("/", r.categoryPath()),
      r.problemDescription() != null && !r.problemDescription().isBlank()
          ? r.problemDescription()
          : text(r.problemTitle()),
      text(r.measure()),
      String.join("、", r.responsibleUnits()),
      text(r.responsiblePerson()),
      text(r.leaderInCharge()),
      timeLimit(r),
      status(r),
      r.ticketId() == null ? "" : r.overdue() ? "是" : "否",
      light(r.light()),
      r.verifiedAt() == null ? "" : CLOSED_AT.format(r.verifiedAt().atZone(zone)),
      // For reconciliation with the OA system's own ids (added after the columns above, whose
      // positions stay as they were).
      text(r.ticketNumber()),
      text(r.problemExternalRef()),
      text(r.ticketExternalRef()),
      String.join("、", r.unitExternalIds())
    };
  }

  static String timeLimit(LedgerRow r) {
    if (r.ticketId() == null) {
      return "";
    }
    if ("LONG_TERM".equals(r.timing())) {
      return "长期坚持";
    }
    LocalDate eff = r.effectiveDeadline() != null ? r.effectiveDeadline() : r.deadline();
    if (eff == null) {
      return "";
    }
    if (r.deadline() != null && !eff.equals(r.deadline())) {
      return eff + "（延期，原" + r.deadline() + "）";
    }
    return eff.toString();
  }

  /** 待整改/整改中/待验收/已销号/已撤销; a problem without a ticket reads by its own state. */
  static String status(LedgerRow r) {
    String s = r.status();
    if (s == null) {
      s =
          switch (r.problemStatus() == null ? "" : r.problemStatus()) {
            case "WITHDRAWN" -> "CANCELLED";
            case "CLOSED" -> "VERIFIED";
            default -> "ASSIGNED";
          };
    }
    return ZhLabels.ticketStatus(s);
  }

  static String light(ClosedLoopFigures.Light light) {
    return ZhLabels.light(light);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
