package org.bihuan.rectification.mapping;

import java.time.Instant;
import java.util.List;
import org.bihuan.rectification.FieldChange;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.TicketHistoryEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One entry of a ticket's history. {@code seq} grows by each change; entries are never changed or
 * removed.
 */
public record HistoryView(
    @Schema(example = "42") long id,
    @Schema(example = "2024-05-10T08:30:00Z") Instant at,
    @Schema(example = "zhangsan") String actorId,
    @Schema(example = "张三") String actorName,
    @Schema(example = "submit") String action,
    @Schema(nullable = true) Ticket.Status from,
    Ticket.Status to,
    @Schema(nullable = true, example = "已完成整改，佐证材料已上传") String comment,
    @Schema(description = "The fields an edit or decision changed, with old and new values")
        List<FieldChange> changes) {

  public static HistoryView of(TicketHistoryEntry h) {
    return new HistoryView(
        h.id,
        h.at,
        h.actorId,
        h.actorName,
        h.action,
        h.fromStatus,
        h.toStatus,
        h.comment,
        h.changes == null ? List.of() : h.changes);
  }
}
