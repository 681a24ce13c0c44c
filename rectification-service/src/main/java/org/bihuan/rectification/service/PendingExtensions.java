package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.rectification.Extension;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.Ticket.Status;

/**
 * A ticket's extension requests seen from the ticket: whether one waits or was approved, and the
 * request that lapses when the ticket is verified or cancelled — by whatever route (a transition, a
 * batch, the withdrawal of its problems, an import's replacement): a deadline means nothing there,
 * and a request left waiting could never be approved (docs/decisions/0333).
 */
@ApplicationScoped
public class PendingExtensions {

  static final String LAPSED_ON_VERIFY = "工单已销号（验收通过），延期申请自动失效";
  static final String LAPSED_ON_CANCEL = "工单已撤销，延期申请自动失效";

  /**
   * After a change of the ticket, in its transaction and under its row lock: a request waiting for
   * a decision of a ticket now VERIFIED or CANCELLED becomes LAPSED; answers, for each, the comment
   * of its history entry {@code extension_lapsed} (event {@code ticket.extension_lapsed}, written
   * by {@link TicketHistory} before the to-dos are reconciled, so the DECIDE_EXTENSION to-do closes
   * after it).
   */
  List<String> lapse(Ticket t, Instant now) {
    if (TicketWorkflow.open(t.status)) {
      return List.of();
    }
    List<Extension> waiting =
        Extension.<Extension>find("ticketId = ?1 and status = ?2", t.id, Extension.Status.REQUESTED)
            .withLock(LockModeType.PESSIMISTIC_WRITE)
            .list();
    String why = t.status == Status.VERIFIED ? LAPSED_ON_VERIFY : LAPSED_ON_CANCEL;
    List<String> out = new java.util.ArrayList<>();
    for (Extension e : waiting) {
      e.status = Extension.Status.LAPSED;
      e.decidedById = Actor.SYSTEM.id();
      e.decidedByName = Actor.SYSTEM.name();
      e.decidedAt = now;
      e.decisionComment = why;
      out.add(e.newDeadline + ": " + why);
    }
    return out;
  }

  /** 409 for deciding a request that lapsed: why, in the words staff read. */
  static ApiProblem lapsed(Extension e) {
    return new ApiProblem(
            409,
            "extension-lapsed",
            "延期申请已失效",
            "该延期申请（申请延期至 "
                + e.newDeadline
                + "）已于工单"
                + (LAPSED_ON_VERIFY.equals(e.decisionComment) ? "销号" : "撤销")
                + "时自动失效，不能再批准或驳回；工单的整改时限不再变更。",
            null)
        .with("currentState", e.status);
  }

  /** Whether a request of the ticket waits for a decision or was approved. */
  static boolean openOrApproved(UUID ticketId) {
    return Extension.count(
            "ticketId = ?1 and status in ?2",
            ticketId,
            List.of(Extension.Status.REQUESTED, Extension.Status.APPROVED))
        > 0;
  }
}
