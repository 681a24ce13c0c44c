package org.bihuan.report.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.platform.closure.ProblemClosure;
import org.bihuan.platform.time.DeadlineFigures;
import org.bihuan.report.mapping.OfficialDocument.Block;
import org.bihuan.report.mapping.OfficialDocument.Heading;
import org.bihuan.report.mapping.OfficialDocument.Paragraph;
import org.bihuan.report.mapping.OfficialDocument.Span;
import org.bihuan.report.mapping.OfficialDocument.Table;

/**
 * The closed-loop report of one source (关于…整改落实情况的报告) as an official document: the source, one
 * section per problem category with each problem's measures, responsibility, deadline, status and
 * latest progress, then the figures and the items still open. Withdrawn problems and cancelled
 * tickets are left out of the body (the figures count them as the rules say).
 */
public final class ClosedLoopReport {

  /** Problems without a category path are grouped under this heading. */
  public static final String UNCATEGORISED = "其他方面";

  private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private ClosedLoopReport() {}

  /** Leading numbering a category name may carry from its document: （一） (一) 一、 1. １． （1）. */
  private static final java.util.regex.Pattern CATEGORY_NUMBER =
      java.util.regex.Pattern.compile(
          "^\\s*(?:[（(][一二三四五六七八九十百0-9０-９]+[）)]|[一二三四五六七八九十百]+[、.．]"
              + "|[0-9０-９]+[、.．](?![0-9０-９]))\\s*");

  /**
   * 关于{source title}整改落实情况的报告, without doubling 关于 or 整改 when the title already says them (关于…的整改
   * gives 关于…的整改落实情况的报告).
   */
  public static String title(SourceReport s) {
    return title(s, null);
  }

  /** The title of a report restricted to one unit names the unit. */
  public static String title(SourceReport s, String unit) {
    String name = s.title() == null || s.title().isBlank() ? "问题" : s.title().strip();
    if (name.startsWith("关于") && name.length() > 2) {
      name = name.substring(2);
    }
    for (String tail : List.of("整改落实情况的报告", "整改落实情况报告", "整改落实情况", "整改")) {
      if (name.endsWith(tail) && name.length() > tail.length()) {
        name = name.substring(0, name.length() - tail.length());
        break;
      }
    }
    String title = "关于" + name + "整改落实情况的报告";
    return unit == null || unit.isBlank() ? title : title + "（" + unit.strip() + "）";
  }

  /** A category's name without the numbering it had in its document (the report numbers it). */
  static String categoryName(String raw) {
    String name = CATEGORY_NUMBER.matcher(raw).replaceFirst("").strip();
    return name.isEmpty() ? raw.strip() : name;
  }

  /**
   * @param unit the unit the tickets were restricted to, or null: problems without a listed ticket
   *     are then left out instead of being reported as having no measure, and the title and the
   *     introduction say the report is limited to that unit.
   */
  public static OfficialDocument compose(
      SourceReport s,
      FigureCounts figures,
      Instant asOf,
      LocalDate today,
      ZoneId zone,
      String unit) {
    boolean unitFiltered = unit != null && !unit.isBlank();
    List<Block> blocks = new ArrayList<>();
    FigureCounts.ProblemFigures pf = figures.problems();
    FigureCounts.TicketFigures tf = figures.tickets();

    blocks.add(new Heading(1, "一、", "基本情况"));
    StringBuilder intro = new StringBuilder();
    if (s.organization() != null && !s.organization().isBlank()) {
      intro.append(s.organization().strip());
    }
    if (s.heldOn() != null) {
      intro.append("于").append(ZhLabels.date(s.heldOn()));
    }
    intro.append(intro.isEmpty() ? "" : "，").append("《").append(nz(s.title())).append("》");
    if (s.kind() != null) {
      intro.append("（").append(ZhLabels.sourceKind(s.kind())).append("）");
    }
    if (unitFiltered) {
      intro.append("涉及").append(unit.strip()).append("的");
    }
    intro
        .append("共查摆问题")
        .append(pf.total() - pf.withdrawn())
        .append("个，制定整改措施")
        .append(tf.total())
        .append("项。现将")
        .append(unitFiltered ? unit.strip() + "承担的" : "")
        .append("整改落实情况报告如下")
        .append(unitFiltered ? "（本报告仅限" + unit.strip() + "的整改任务）" : "")
        .append("。");
    blocks.add(Paragraph.of(Span.plain(intro.toString())));

    blocks.add(new Heading(1, "二、", "问题整改情况"));
    Map<String, List<ProblemLine>> byCategory = new LinkedHashMap<>();
    for (ProblemLine p : s.problems()) {
      if ("WITHDRAWN".equals(p.status())) {
        continue;
      }
      List<TicketLine> listed = counted(p.tickets());
      if (unitFiltered && listed.isEmpty()) {
        continue;
      }
      String category =
          p.categoryPath().isEmpty() || p.categoryPath().get(0).isBlank()
              ? UNCATEGORISED
              : categoryName(p.categoryPath().get(0));
      byCategory.computeIfAbsent(category, k -> new ArrayList<>()).add(p);
    }
    if (byCategory.isEmpty()) {
      blocks.add(Paragraph.of(Span.plain("暂无问题。")));
    }
    int c = 0;
    for (Map.Entry<String, List<ProblemLine>> e : byCategory.entrySet()) {
      blocks.add(new Heading(2, "（" + ZhLabels.chineseNumber(++c) + "）", e.getKey()));
      int n = 0;
      for (ProblemLine p : e.getValue()) {
        String head = nz(p.title());
        String tail =
            (p.number() == null ? "" : p.number() + "，") + ZhLabels.problemStatus(p.status());
        blocks.add(new Heading(3, (++n) + ".", head + "（" + tail + "）"));
        List<TicketLine> tickets = counted(p.tickets());
        if (tickets.isEmpty()) {
          blocks.add(Paragraph.of(Span.plain(noMeasure(p))));
        }
        int m = 0;
        for (TicketLine t : tickets) {
          blocks.add(
              Paragraph.of(
                  Span.plain("（" + (++m) + "）"),
                  Span.bold("整改措施："),
                  Span.plain(
                      nz(t.measure()) + (t.number() == null ? "" : "（" + t.number() + "）"))));
          blocks.add(
              Paragraph.of(
                  Span.bold("责任单位："),
                  Span.plain(dash(String.join("、", t.responsibleUnits()))),
                  Span.plain("；"),
                  Span.bold("责任人："),
                  Span.plain(dash(t.responsiblePerson())),
                  Span.plain("；"),
                  Span.bold("责任领导："),
                  Span.plain(dash(t.leaderInCharge())),
                  Span.plain("；"),
                  Span.bold("整改时限："),
                  Span.plain(TicketWording.timeLimit(t)),
                  Span.plain("；"),
                  Span.bold("整改状态："),
                  Span.plain(TicketWording.state(t)),
                  Span.plain("。")));
          blocks.add(Paragraph.of(TicketWording.latestProgress(t)));
        }
      }
    }

    blocks.add(new Heading(1, "三、", "整改成效"));
    Map<String, Long> lights = tf.lights();
    blocks.add(
        Paragraph.of(
            Span.plain(
                "截至"
                    + ZhLabels.date(today)
                    + "，共查摆问题"
                    + (pf.total() - pf.withdrawn())
                    + "个，已销号"
                    + pf.closed()
                    + "个，问题销号率"
                    + ZhLabels.percent(pf.closureRate())
                    + "；整改任务"
                    + tf.total()
                    + "项（限期整改"
                    + tf.timeBound()
                    + "项、长期坚持"
                    + tf.longTerm()
                    + "项），已销号"
                    + tf.verified()
                    + "项，整改完成率"
                    + ZhLabels.percent(tf.completionRate())
                    + "（限期整改任务已销号"
                    + (tf.verified() - tf.longTermDetail().verified())
                    + "项/限期整改任务"
                    + tf.timeBound()
                    + "项，长期坚持任务另计，已销号"
                    + tf.longTermDetail().verified()
                    + "项）"
                    + "，按期完成率"
                    + ZhLabels.percent(tf.onTimeRate())
                    + "；逾期"
                    + tf.overdue()
                    + "项，临近到期"
                    + tf.dueSoon()
                    + "项；红灯"
                    + lights.get("RED")
                    + "项、黄灯"
                    + lights.get("YELLOW")
                    + "项、绿灯"
                    + lights.get("GREEN")
                    + "项。")));
    Map<String, Long> byStatus = tf.byStatus();
    blocks.add(
        new Table(
            List.of("指标", "数值"),
            List.of(
                List.of("问题总数（含撤回）", Long.toString(pf.total())),
                List.of("已销号问题", Long.toString(pf.closed())),
                List.of("已撤回问题", Long.toString(pf.withdrawn())),
                List.of("问题销号率", ZhLabels.percent(pf.closureRate())),
                List.of("整改任务", Long.toString(tf.total())),
                List.of("已销号任务", Long.toString(tf.verified())),
                List.of("限期整改任务", Long.toString(tf.timeBound())),
                List.of("已销号限期整改任务", Long.toString(tf.verified() - tf.longTermDetail().verified())),
                List.of("整改完成率", ZhLabels.percent(tf.completionRate())),
                List.of("长期坚持任务（另计）", Long.toString(tf.longTerm())),
                List.of("已销号长期坚持任务", Long.toString(tf.longTermDetail().verified())),
                List.of("按期完成率", ZhLabels.percent(tf.onTimeRate())),
                List.of("待整改", Long.toString(byStatus.get("ASSIGNED"))),
                List.of("整改中", Long.toString(byStatus.get("IN_PROGRESS"))),
                List.of("待验收", Long.toString(byStatus.get("SUBMITTED"))),
                List.of("逾期", Long.toString(tf.overdue())),
                List.of("临近到期", Long.toString(tf.dueSoon())),
                List.of("红灯", Long.toString(lights.get("RED"))),
                List.of("黄灯", Long.toString(lights.get("YELLOW"))),
                List.of("绿灯", Long.toString(lights.get("GREEN"))))));

    blocks.add(new Heading(1, "四、", "尚未完成的整改事项"));
    // Every counted ticket not yet verified, once (a ticket may address several problems), also
    // under a withdrawn or closed problem: the list matches the figures' open tickets exactly.
    int open = 0;
    java.util.Set<String> listedTickets = new java.util.HashSet<>();
    for (ProblemLine p : s.problems()) {
      List<TicketLine> tickets = counted(p.tickets());
      boolean problemOpen = !"WITHDRAWN".equals(p.status()) && !"CLOSED".equals(p.status());
      if (problemOpen && tickets.isEmpty() && !unitFiltered) {
        blocks.add(
            Paragraph.of(
                Span.plain((++open) + ". "), Span.plain(nz(p.title()) + "：" + noMeasure(p))));
      }
      for (TicketLine t : tickets) {
        if (!DeadlineFigures.open(t.status()) || !listedTickets.add(t.id())) {
          continue;
        }
        blocks.add(
            Paragraph.of(
                Span.plain((++open) + ". "),
                Span.plain(
                    (t.number() == null ? "" : t.number() + " ")
                        + nz(t.measure())
                        + "（责任单位："
                        + dash(String.join("、", t.responsibleUnits()))
                        + "；整改时限："
                        + TicketWording.timeLimit(t)
                        + "；"
                        + TicketWording.state(t)
                        + "）。")));
      }
    }
    if (open == 0) {
      blocks.add(Paragraph.of(Span.plain(tf.total() == 0 ? "暂无整改事项，尚未制定整改措施。" : "所列整改事项均已完成。")));
    }
    blocks.add(
        new Paragraph(
            List.of(
                Span.plain(
                    "（本报告数据截至"
                        + (asOf == null ? "—" : AS_OF.format(asOf.atZone(zone)))
                        + "，状态按"
                        + ZhLabels.date(today)
                        + "计算。）")),
            true));
    return new OfficialDocument(
        title(s, unitFiltered ? unit : null),
        blocks,
        s.organization() == null || s.organization().isBlank() ? "" : s.organization().strip(),
        ZhLabels.date(today));
  }

  /**
   * What a problem without a counted measure is told: none was made, or every one made was
   * cancelled (撤销) — a report filed with the inspectors must not say no measure was made when one
   * was made and cancelled.
   */
  private static String noMeasure(ProblemLine p) {
    return p.tickets().isEmpty() ? "尚未制定整改措施。" : "所定整改措施均已撤销，尚无在办的整改措施。";
  }

  private static List<TicketLine> counted(List<TicketLine> tickets) {
    return tickets.stream().filter(t -> ProblemClosure.counts(t.status())).toList();
  }

  private static String nz(String s) {
    return s == null ? "" : s.strip();
  }

  private static String dash(String s) {
    return s == null || s.isBlank() ? "—" : s.strip();
  }
}
