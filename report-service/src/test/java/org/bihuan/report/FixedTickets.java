package org.bihuan.report;

import static org.bihuan.report.FixedDataset.event;
import static org.bihuan.report.FixedDataset.map;
import static org.bihuan.report.FixedDataset.units;
import static org.bihuan.report.FixedDataset.with;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tickets of the fixed dataset, as rectification-service's feed tells them, with their
 * positions.
 */
public final class FixedTickets {

  private FixedTickets() {}

  static final String CREATED = "2024-05-01T02:00:00Z";
  static int ticketPosition;

  public static List<Map<String, Object>> ticketEvents() {
    ticketPosition = 0;
    List<Map<String, Object>> e = new ArrayList<>();
    Map<String, Object> t1 =
        ticket(
            "t-01",
            "p-1",
            "5e1a0000-0000-4000-8000-000000000001",
            List.of("党委办公室"),
            "DEADLINE",
            "2024-06-10",
            null,
            null);
    e.add(ticketEvent("ticket.created", t1));
    e.add(ticketEvent("ticket.started", with(t1, "status", "IN_PROGRESS")));
    Map<String, Object> t2 =
        ticket(
            "t-02",
            "p-1",
            "5e1a0000-0000-4000-8000-000000000001",
            List.of("党委办公室"),
            "DEADLINE",
            "2024-06-18",
            null,
            null);
    e.add(ticketEvent("ticket.created", t2));
    e.add(
        ticketEvent(
            "ticket.updated",
            with(
                with(
                    t2,
                    "responsibleUnits",
                    // a unit the OA system has no id for
                    List.of(units(List.of("党委办公室")).get(0), map("name", "组织部"))),
                "status",
                "IN_PROGRESS")));
    Map<String, Object> t3 =
        ticket(
            "t-03",
            "p-2",
            "5e1a0000-0000-4000-8000-000000000001",
            List.of("组织部"),
            "IMMEDIATE",
            "2024-06-01",
            null,
            null);
    e.add(ticketEvent("ticket.created", t3));
    t3 = with(t3, "status", "SUBMITTED", "submittedAt", "2024-05-30T01:00:00Z");
    e.add(ticketEvent("ticket.submitted", t3));
    e.add(
        ticketEvent(
            "ticket.verified",
            with(t3, "status", "VERIFIED", "verifiedAt", "2024-06-03T02:00:00Z")));
    e.add(
        ticketEvent(
            "ticket.verified",
            with(
                ticket(
                    "t-04",
                    "p-3",
                    "5e1a0000-0000-4000-8000-000000000001",
                    List.of("宣传部"),
                    "DEADLINE",
                    "2024-05-20",
                    null,
                    null),
                "effectiveDeadline",
                "2024-06-05",
                "extensionApproved",
                true,
                "status",
                "VERIFIED",
                "submittedAt",
                "2024-06-04T10:00:00Z",
                "verifiedAt",
                "2024-06-06T02:00:00Z")));
    e.add(
        ticketEvent(
            "ticket.created",
            with(
                ticket(
                    "t-05",
                    "p-2",
                    "5e1a0000-0000-4000-8000-000000000001",
                    List.of("宣传部"),
                    "DEADLINE",
                    "2024-06-30",
                    "WEEK",
                    null),
                // as the ticket view publishes them for a weekly ticket created on 05-01
                "reportDue",
                "2024-05-08",
                "stagnantFrom",
                "2024-05-16")));
    e.add(
        ticketEvent(
            "ticket.verified",
            with(
                ticket(
                    "t-06",
                    "p-6",
                    "5e1a0000-0000-4000-8000-000000000002",
                    List.of("纪委办公室"),
                    "DEADLINE",
                    "2024-06-01",
                    null,
                    null),
                "status",
                "VERIFIED",
                "submittedAt",
                "2024-06-03T01:00:00Z",
                "verifiedAt",
                "2024-06-05T02:00:00Z")));
    e.add(ticketEvent("webhook.delivered", map("id", "w-1")));
    e.add(
        ticketEvent(
            "ticket.progress_reported",
            with(
                ticket(
                    "t-07",
                    "p-2",
                    "5e1a0000-0000-4000-8000-000000000001",
                    List.of("组织部"),
                    "LONG_TERM",
                    null,
                    "MONTH",
                    "2024-06-03T02:00:00Z"),
                "status",
                "IN_PROGRESS",
                // recorded on 06-03, the report states 06-01: the figures count from 06-01
                "lastProgressOn",
                "2024-06-01",
                // the next report is due a month after it was recorded (the ticket view's dates)
                "reportDue",
                "2024-07-03",
                "stagnantFrom",
                "2024-08-04")));
    e.add(
        ticketEvent(
            "ticket.cancelled",
            with(
                ticket(
                    "t-08",
                    "p-1",
                    "5e1a0000-0000-4000-8000-000000000001",
                    List.of("党委办公室"),
                    "DEADLINE",
                    "2024-06-05",
                    null,
                    null),
                "status",
                "CANCELLED",
                "cancelledAt",
                "2024-05-10T02:00:00Z")));
    e.add(
        ticketEvent(
            "ticket.submitted",
            with(
                ticket(
                    "t-09",
                    "p-2",
                    "5e1a0000-0000-4000-8000-000000000001",
                    List.of("组织部"),
                    "DEADLINE",
                    "2024-06-10",
                    null,
                    null),
                "status",
                "SUBMITTED",
                "submittedAt",
                "2024-06-09T03:00:00Z")));
    e.add(
        ticketEvent(
            "ticket.submitted",
            with(
                ticket(
                    "t-10",
                    "p-1",
                    "5e1a0000-0000-4000-8000-000000000001",
                    List.of("宣传部"),
                    "DEADLINE",
                    "2024-06-12",
                    null,
                    null),
                "status",
                "SUBMITTED",
                "submittedAt",
                "2024-06-14T03:00:00Z")));
    e.add(
        ticketEvent(
            "ticket.verified",
            with(
                ticket(
                    "t-11",
                    "p-3",
                    "5e1a0000-0000-4000-8000-000000000001",
                    List.of("宣传部"),
                    "LONG_TERM",
                    null,
                    null,
                    null),
                "status",
                "VERIFIED",
                "submittedAt",
                "2024-06-09T02:00:00Z",
                "verifiedAt",
                "2024-06-10T02:00:00Z")));
    e.add(
        ticketEvent(
            "ticket.created",
            with(
                ticket(
                    "t-12",
                    "p-2",
                    "5e1a0000-0000-4000-8000-000000000001",
                    List.of("组织部"),
                    "IMMEDIATE",
                    "2024-06-15",
                    null,
                    null),
                "createdAt",
                "2024-06-10T02:00:00Z")));
    return e;
  }

  public static long lastTicketPosition() {
    return ticketEvents().size();
  }

  static Map<String, Object> ticketEvent(String type, Map<String, Object> data) {
    return event(++ticketPosition, type, data);
  }

  /** A ticket view in the agreed shape; the upstream's own flags are deliberately wrong. */
  public static Map<String, Object> ticket(
      String id,
      String problemId,
      String sourceId,
      List<String> unitNames,
      String timing,
      String deadline,
      String reportEvery,
      String lastProgressAt) {
    return map(
        "id",
        id,
        "number",
        "T-2024-00" + id.substring(2),
        "problemIds",
        List.of(problemId),
        "sourceIds",
        List.of(sourceId),
        "measure",
        "整改措施" + id.substring(2) + "：建立学习制度",
        "responsibleUnits",
        units(unitNames),
        "responsiblePerson",
        "张三",
        "leaderInCharge",
        unitNames.get(0).equals("宣传部") ? "王副书记" : "李书记",
        "timing",
        timing,
        "deadline",
        deadline,
        "effectiveDeadline",
        deadline,
        "reportEvery",
        reportEvery,
        "status",
        "ASSIGNED",
        "overdue",
        false,
        "dueSoon",
        false,
        "stale",
        false,
        "light",
        "GREEN",
        "externalRef",
        null,
        "version",
        1,
        "createdAt",
        CREATED,
        "updatedAt",
        CREATED,
        "submittedAt",
        null,
        "verifiedAt",
        null,
        "cancelledAt",
        null,
        "lastProgressAt",
        lastProgressAt,
        "lastProgressOn",
        lastProgressAt == null ? null : lastProgressAt.substring(0, 10),
        "lastProgressNote",
        lastProgressAt == null ? null : "已召开专题学习会，制定长效学习计划",
        "progressPercent",
        null,
        "evidenceCount",
        2,
        "extensionApproved",
        false);
  }
}
