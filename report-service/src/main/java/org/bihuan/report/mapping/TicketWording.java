package org.bihuan.report.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.report.mapping.OfficialDocument.Span;

/**
 * How the closed-loop report words one ticket: its time limit, its state and its latest progress.
 */
final class TicketWording {

  private TicketWording() {}

  /** 2024年6月30日, 长期坚持, or the extended date with the original one. */
  static String timeLimit(TicketLine t) {
    if ("LONG_TERM".equals(t.timing())) {
      return "长期坚持";
    }
    LocalDate eff = t.effectiveDeadline();
    if (eff == null) {
      return "—";
    }
    String text = ZhLabels.date(eff);
    if (t.deadline() != null && !eff.equals(t.deadline())) {
      text += "（经批准延期，原定" + ZhLabels.date(t.deadline()) + "）";
    }
    if ("IMMEDIATE".equals(t.timing())) {
      text = "立行立改，" + text;
    }
    return text;
  }

  /** 整改中（红灯，逾期5天）. */
  static String state(TicketLine t) {
    StringBuilder b = new StringBuilder(ZhLabels.ticketStatus(t.status()));
    List<String> notes = new ArrayList<>();
    if (t.light() != null) {
      notes.add(ZhLabels.light(t.light()) + "灯");
    }
    if (t.overdue()) {
      notes.add("逾期" + t.daysOverdue() + "天");
    } else if (t.dueSoon()) {
      notes.add("临近到期");
    }
    if (t.stale()) {
      notes.add("未按期汇报进展");
    }
    if (!notes.isEmpty()) {
      b.append("（").append(String.join("，", notes)).append("）");
    }
    return b.toString();
  }

  static Span[] latestProgress(TicketLine t) {
    if (t.lastProgressNote() == null || t.lastProgressNote().isBlank()) {
      return new Span[] {Span.bold("最新进展："), Span.plain("暂无进展报告。")};
    }
    String when = t.lastProgressOn() == null ? "" : "（" + ZhLabels.date(t.lastProgressOn()) + "）";
    String pct = t.progressPercent() == null ? "" : "（完成" + t.progressPercent() + "%）";
    String note = t.lastProgressNote().strip();
    boolean ends = note.endsWith("。") || note.endsWith("；") || note.endsWith(".");
    return new Span[] {Span.bold("最新进展" + when + "："), Span.plain(note + (ends ? "" : "。") + pct)};
  }
}
