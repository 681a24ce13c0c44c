package org.bihuan.report.mapping;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

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
          "责任单位外部编号",
          "进展停滞");

  private static final DateTimeFormatter CLOSED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ZoneId zone;

  public LedgerColumns(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * A 整改时限 that is a date: the effective deadline, and for an extended one the note naming the
   * original ("（延期，原2024-09-30）"), so that a workbook can sort by the date and still show why it
   * moved.
   */
  public record TimeLimit(LocalDate date, String note) {
    @Override
    public String toString() {
      return note == null ? date.toString() : date + note;
    }
  }

  /**
   * The cells of one row, in {@link #HEADERS} order; never null. Each is a String, except 序号 (a
   * Long), 整改时限 (a {@link TimeLimit} when it is a date) and 销号时间 (a LocalDateTime in the
   * organisation's zone when there is one): the workbook writes those as numbers and dates, the CSV
   * as {@link #text(Object)}.
   */
  public Object[] cells(long index, LedgerRow r) {
    return new Object[] {
      index,
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
      r.verifiedAt() == null
          ? ""
          : r.verifiedAt().atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES),
      // For reconciliation with the OA system's own ids (added after the columns above, whose
      // positions stay as they were).
      text(r.ticketNumber()),
      text(r.problemExternalRef()),
      text(r.ticketExternalRef()),
      r.unitExternalIds().stream()
          .map(id -> id == null ? "" : id)
          .collect(java.util.stream.Collectors.joining("、")),
      // 进展停滞: no progress report for two reportEvery intervals (DOMAIN.md); last, so the
      // columns above keep their positions.
      r.ticketId() == null ? "" : r.stagnant() ? "是" : "否"
    };
  }

  /** "" (no ticket or no date), 长期坚持, or a {@link TimeLimit}. */
  static Object timeLimit(LedgerRow r) {
    if (r.ticketId() == null) {
      return "";
    }
    if ("LONG_TERM".equals(r.timing())) {
      return "长期坚持";
    }
    LocalDate eff = r.effectiveDeadline();
    if (eff == null) {
      return "";
    }
    if (r.deadline() != null && !eff.equals(r.deadline())) {
      return new TimeLimit(eff, "（延期，原" + r.deadline() + "）");
    }
    return new TimeLimit(eff, null);
  }

  /** A cell as CSV text: dates as 2024-09-30, 销号时间 as 2024-09-30 14:05. */
  public static String text(Object cell) {
    if (cell instanceof LocalDateTime t) {
      return CLOSED_AT.format(t);
    }
    return cell == null ? "" : cell.toString();
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

  static String light(Light light) {
    return ZhLabels.light(light);
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
