package org.bihuan.rectification.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.bihuan.platform.time.DeadlineFigures;
import org.bihuan.rectification.Ticket;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ticket as the API and the change feed show it (the agreed ticket view). The figures (overdue,
 * dueSoon, stale, stagnant, light) are computed for {@code today} in the organisation's time zone;
 * the dates they compare (reportDue, stagnantFrom, submittedOn) are published too, so a consumer
 * compares dates instead of computing the rules again.
 */
public record TicketView(
    @Schema(example = "b1e2f3a4-5c6d-4e7f-8a9b-0c1d2e3f4a5b") UUID id,
    @Schema(example = "T-2024-0001") String number,
    List<UUID> problemIds,
    List<UUID> sourceIds,
    @Schema(example = "制定年度理论学习计划，每月开展一次专题研讨") String measure,
    List<ResponsibleUnitView> responsibleUnits,
    @Schema(description = "配合单位: help with the measure, do not answer for it")
        List<ResponsibleUnitView> coResponsibleUnits,
    @Schema(nullable = true, example = "张三") String responsiblePerson,
    @Schema(
            nullable = true,
            example = "P-10086",
            description = "The responsible person's id in the OA directory, when known")
        String responsiblePersonExternalId,
    @Schema(nullable = true, example = "李四") String leaderInCharge,
    @Schema(
            nullable = true,
            example = "P-10010",
            description = "The leader in charge's id in the OA directory, when known")
        String leaderInChargeExternalId,
    Ticket.Timing timing,
    @Schema(nullable = true, example = "2024-06-30") LocalDate deadline,
    @Schema(nullable = true, example = "2024-06-30") LocalDate effectiveDeadline,
    @Schema(nullable = true) Ticket.ReportEvery reportEvery,
    @Schema(
            nullable = true,
            example = "2024-06-30",
            description =
                "The last day for the next progress report (null without reportEvery); stale after it")
        LocalDate reportDue,
    @Schema(
            nullable = true,
            example = "2024-07-31",
            description =
                "The first day on which the ticket counts as stagnant (进展停滞): two reportEvery"
                    + " intervals without a progress report; null without reportEvery")
        LocalDate stagnantFrom,
    Ticket.Status status,
    @Schema(example = "false") boolean overdue,
    @Schema(example = "false") boolean dueSoon,
    @Schema(example = "false") boolean stale,
    @Schema(
            example = "false",
            description = "Being worked on and stagnantFrom is today or earlier (进展停滞)")
        boolean stagnant,
    @Schema(nullable = true) Ticket.Light light,
    @Schema(nullable = true, example = "OA-2024-0153-1") String externalRef,
    @Schema(example = "3") long version,
    @Schema(example = "2024-05-10T08:30:00Z") Instant createdAt,
    @Schema(example = "2024-05-31T07:00:00Z") Instant updatedAt,
    @Schema(nullable = true, example = "2024-06-20T06:00:00Z") Instant submittedAt,
    @Schema(
            nullable = true,
            example = "2024-06-20",
            description = "The date of submittedAt in the organisation's time zone")
        LocalDate submittedOn,
    @Schema(nullable = true, example = "2024-06-25T03:00:00Z") Instant verifiedAt,
    @Schema(nullable = true, example = "2024-06-01T01:00:00Z") Instant cancelledAt,
    @Schema(nullable = true, example = "2024-05-31T07:00:00Z") Instant lastProgressAt,
    @Schema(
            nullable = true,
            example = "2024-05-31",
            description = "The date the latest progress report states (整改进展的日期)")
        LocalDate lastProgressOn,
    @Schema(
            nullable = true,
            example = "已召开专题会议，制定学习计划",
            description = "The note of that progress report")
        String lastProgressNote,
    @Schema(nullable = true, example = "40") Integer progressPercent,
    @Schema(example = "2") int evidenceCount,
    @Schema(example = "false") boolean extensionApproved) {

  public record ResponsibleUnitView(
      @Schema(example = "党委办公室") String name,
      @Schema(nullable = true, example = "ORG-0012") String externalId) {}

  public static TicketView of(Ticket t, LocalDate today) {
    DeadlineFigures.Dates d = t.deadlineDates();
    String light = DeadlineFigures.light(d, today);
    return new TicketView(
        t.id,
        t.number,
        t.problems.stream().map(p -> p.problemId).toList(),
        t.problems.stream().map(p -> p.sourceId).filter(Objects::nonNull).distinct().toList(),
        t.measure,
        t.responsibleUnits.stream()
            .map(u -> new ResponsibleUnitView(u.name, u.externalId))
            .toList(),
        t.coResponsibleUnits.stream()
            .map(u -> new ResponsibleUnitView(u.name, u.externalId))
            .toList(),
        t.responsiblePerson,
        t.responsiblePersonExternalId,
        t.leaderInCharge,
        t.leaderInChargeExternalId,
        t.timing,
        t.deadline,
        t.effectiveDeadline,
        t.reportEvery,
        t.reportDue,
        t.stagnantFrom,
        t.status,
        DeadlineFigures.overdue(d, today),
        DeadlineFigures.dueSoon(d, today),
        DeadlineFigures.stale(d, today),
        DeadlineFigures.stagnant(d, today),
        light == null ? null : Ticket.Light.valueOf(light),
        t.externalRef,
        t.version,
        t.createdAt,
        t.updatedAt,
        t.submittedAt,
        t.submittedOn,
        t.verifiedAt,
        t.cancelledAt,
        t.lastProgressAt,
        t.lastProgressOn,
        t.lastProgressNote,
        t.progressPercent,
        t.evidenceCount,
        t.extensionApproved);
  }
}
