package org.bihuan.report;

import static org.bihuan.report.FixedTickets.lastTicketPosition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fixed dataset of the report tests, as the two upstream feeds would deliver it. Its figures
 * are worked out by hand in ReportFiguresTest for {@link #TODAY}.
 *
 * <pre>
 * ticket units              timing    deadline(eff)        status      submitted  verified  light
 * t-01  党委办公室            DEADLINE  06-10                IN_PROGRESS                        RED    overdue
 * t-02  党委办公室+组织部      DEADLINE  06-18                IN_PROGRESS                        YELLOW due soon
 * t-03  组织部               IMMEDIATE 06-01                VERIFIED    05-30      06-03           on time (33 d)
 * t-04  宣传部               DEADLINE  05-20 (06-05)        VERIFIED    06-04      06-06           extended and met (36 d)
 * t-05  宣传部               DEADLINE  06-30  WEEK, no report ASSIGNED                         YELLOW stale, stagnant
 * t-06  纪委办公室            DEADLINE  06-01                VERIFIED    06-03      06-05           late (35 d)
 * t-07  组织部               LONG_TERM MONTH, report 06-01* IN_PROGRESS                        GREEN
 * t-08  党委办公室            DEADLINE  06-05                CANCELLED                          -      not counted
 * t-09  组织部               DEADLINE  06-10                SUBMITTED   06-09                  GREEN  on time, waiting
 * t-10  宣传部               DEADLINE  06-12                SUBMITTED   06-14                  RED    submitted late
 * t-11  宣传部               LONG_TERM                      VERIFIED    06-09      06-10           (40 d)
 * t-12  组织部               IMMEDIATE 06-15 (created 06-10) ASSIGNED                          YELLOW due today
 * </pre>
 *
 * <p>* t-07's report was recorded on 06-03 and states 06-01: days since the last report count from
 * the date it states (DOMAIN.md), 14 on 06-15.
 */
public final class FixedDataset {

  private FixedDataset() {}

  /** The organisation's date the hand-computed figures hold for (Asia/Shanghai). */
  public static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

  public static final Instant FEED_START = Instant.parse("2024-06-14T00:00:00Z");

  private static int problemPosition;

  public static List<Map<String, Object>> problemEvents() {
    problemPosition = 0;
    List<Map<String, Object>> e = new ArrayList<>();
    e.add(
        problemEvent(
            "source.created",
            "source",
            source("5e1a0000-0000-4000-8000-000000000001", "2024年度民主生活会", "MEETING")));
    e.add(
        problemEvent(
            "source.created",
            "source",
            source("5e1a0000-0000-4000-8000-000000000002", "巡察反馈意见", "INSPECTION")));
    e.add(
        problemEvent(
            "cause.created",
            "cause",
            map(
                "id",
                "c-1",
                "sourceId",
                "5e1a0000-0000-4000-8000-000000000001",
                "title",
                "理想信念有所弱化",
                "description",
                "学习不够深入。")));
    e.add(
        problemEvent(
            "problem.created",
            "problem",
            problem("p-1", "5e1a0000-0000-4000-8000-000000000001", "OPEN", "理论学习方面", "学习不深入")));
    e.add(
        problemEvent(
            "problem.created",
            "problem",
            problem("p-2", "5e1a0000-0000-4000-8000-000000000001", "OPEN", "作风建设方面")));
    e.add(
        problemEvent(
            "problem.created",
            "problem",
            problem("p-3", "5e1a0000-0000-4000-8000-000000000001", "OPEN", "作风建设方面")));
    e.add(
        problemEvent(
            "problem.created",
            "problem",
            problem("p-4", "5e1a0000-0000-4000-8000-000000000001", "OPEN", "组织生活方面")));
    e.add(
        problemEvent(
            "problem.created",
            "problem",
            problem("p-5", "5e1a0000-0000-4000-8000-000000000002", "OPEN", "理论学习方面")));
    e.add(
        problemEvent(
            "problem.created",
            "problem",
            problem("p-6", "5e1a0000-0000-4000-8000-000000000002", "OPEN", "纪律方面")));
    e.add(
        problemEvent(
            "problem.closed",
            "problem",
            problem("p-3", "5e1a0000-0000-4000-8000-000000000001", "CLOSED", "作风建设方面")));
    e.add(
        problemEvent(
            "problem.withdrawn",
            "problem",
            problem("p-4", "5e1a0000-0000-4000-8000-000000000001", "WITHDRAWN", "组织生活方面")));
    e.add(problemEvent("audit.recorded", "audit", map("id", "a-1", "anything", 1)));
    e.add(
        problemEvent(
            "problem.closed",
            "problem",
            problem("p-6", "5e1a0000-0000-4000-8000-000000000002", "CLOSED", "纪律方面")));
    e.add(
        problemEvent(
            "source.updated",
            "source",
            source("5e1a0000-0000-4000-8000-000000000001", "2024年度专题民主生活会", "MEETING")));
    return e;
  }

  public static long lastProblemPosition() {
    return problemEvents().size();
  }

  /** occurredAt of the newest event of both feeds. */
  public static Instant lastOccurredAt() {
    return occurredAt(Math.max(lastProblemPosition(), lastTicketPosition()));
  }

  static Instant occurredAt(long position) {
    return FEED_START.plus(position, ChronoUnit.MINUTES);
  }

  /** A ticket event at the given position (for the tests that extend the feed). */
  public static Map<String, Object> event(long position, String type, Map<String, Object> data) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("position", position);
    e.put("id", UUID.nameUUIDFromBytes((type + position).getBytes()).toString());
    e.put("type", type);
    e.put("occurredAt", occurredAt(position).toString());
    e.put("resourceType", type.substring(0, type.indexOf('.')));
    e.put("resourceId", data.get("id"));
    e.put("data", data);
    return e;
  }

  private static Map<String, Object> problemEvent(
      String type, String resource, Map<String, Object> data) {
    return event(++problemPosition, type, data);
  }

  static Map<String, Object> source(String id, String title, String kind) {
    return map(
        "id",
        id,
        "title",
        title,
        "kind",
        kind,
        "organization",
        "党委",
        "heldOn",
        "2024-04-15",
        "externalRef",
        null,
        "version",
        1,
        "createdAt",
        "2024-04-16T02:00:00Z");
  }

  static Map<String, Object> problem(String id, String sourceId, String status, String... path) {
    return map(
        "id",
        id,
        "number",
        "P-2024-000" + id.substring(2),
        "sourceId",
        sourceId,
        "categoryPath",
        Arrays.asList(path),
        "title",
        "问题" + id.substring(2) + "：学习贯彻不够深入",
        "description",
        "问题描述" + id.substring(2) + "，含逗号,和\"引号\"。",
        "causeIds",
        List.of("c-1"),
        "status",
        status,
        "externalRef",
        null,
        "version",
        1,
        "createdAt",
        "2024-04-20T02:00:00Z",
        "closedAt",
        status.equals("CLOSED") ? "2024-06-12T02:00:00Z" : null,
        "withdrawnAt",
        status.equals("WITHDRAWN") ? "2024-05-12T02:00:00Z" : null,
        "withdrawReason",
        status.equals("WITHDRAWN") ? "录入错误" : null);
  }

  static List<Map<String, Object>> units(List<String> names) {
    return names.stream().map(n -> map("name", n, "externalId", "oa-" + n.hashCode())).toList();
  }

  static Map<String, Object> with(Map<String, Object> base, Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>(base);
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  static Map<String, Object> map(Object... kv) {
    return with(Map.of(), kv);
  }
}
