package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.ImportedMeasure;
import org.bihuan.problem.client.NewTicket;
import org.bihuan.problem.client.RectificationTickets;
import org.bihuan.problem.client.TicketSummary;

/**
 * The tickets of an import's measures, created in the rectification service by one batch (all or
 * nothing there, idempotent by its key). When the batch is refused because the caller may not
 * create one of its tickets — a reporter of unit A importing a measure of units A and B: a unit
 * assigns work to no other unit (0239) — each ticket is sent again on its own, under its own key,
 * so the tickets that are hers are created and the others stay pending with the reason in zh-CN
 * (docs/decisions/0333). A retry sends only the measures without a ticket, under the same keys.
 */
@ApplicationScoped
public class ImportTickets {

  @Inject ImportRecords records;
  @Inject RectificationTickets rectification;

  /** Creates the tickets of every complete measure without one; answers why others are pending. */
  public Map<Integer, String> create(UUID importId) {
    Map<Integer, String> reasons = new HashMap<>();
    List<ImportedMeasure> complete = new ArrayList<>();
    for (ImportedMeasure m : records.measuresWithoutTicket(importId)) {
      TicketDrafts.missing(m).ifPresentOrElse(r -> reasons.put(m.n, r), () -> complete.add(m));
    }
    if (complete.isEmpty()) {
      return reasons;
    }
    Map<Integer, TicketSummary> created = new LinkedHashMap<>();
    try {
      send(importId, complete, created, reasons);
    } catch (ApiProblem failure) {
      if (complete.size() > 1 && refusedToCaller(failure)) {
        for (ImportedMeasure m : complete) {
          try {
            send(importId, List.of(m), created, reasons);
          } catch (ApiProblem one) {
            reasons.put(m.n, reason(m, one));
          }
        }
      } else {
        complete.forEach(m -> reasons.put(m.n, reason(m, failure)));
      }
    }
    records.recordTickets(importId, created);
    return reasons;
  }

  /** One batch of {@code sent}: the tickets it answered into {@code created}, by externalRef. */
  private void send(
      UUID importId,
      List<ImportedMeasure> sent,
      Map<Integer, TicketSummary> created,
      Map<Integer, String> reasons) {
    List<NewTicket> drafts = sent.stream().map(TicketDrafts::of).toList();
    List<TicketSummary> tickets =
        rectification.createBatch(TicketDrafts.idempotencyKey(importId, sent), drafts);
    Map<String, TicketSummary> byRef = new HashMap<>();
    tickets.forEach(t -> byRef.put(t.externalRef(), t));
    for (int i = 0; i < sent.size(); i++) {
      ImportedMeasure m = sent.get(i);
      TicketSummary t = byRef.get(m.ticketExternalRef());
      if (t == null && i < tickets.size()) {
        t = tickets.get(i); // answers come in input order
      }
      if (t != null && t.id() != null) {
        created.put(m.n, t);
      } else {
        reasons.put(m.n, "the rectification service did not answer a ticket for it");
      }
    }
  }

  /** The rectification service refused the caller (403): not every ticket may be his to create. */
  private static boolean refusedToCaller(ApiProblem failure) {
    return Integer.valueOf(403).equals(failure.extensions().get("dependencyStatus"));
  }

  private static String reason(ImportedMeasure m, ApiProblem failure) {
    if (refusedToCaller(failure)) {
      return "整改任务未创建：整改服务拒绝您创建此项（HTTP 403）。绑定单位的用户只能为本单位交办整改任务，"
          + "此措施的责任单位为「"
          + String.join("、", m.responsibleUnits)
          + "」"
          + (m.coResponsibleUnits == null || m.coResponsibleUnits.isEmpty()
              ? ""
              : "，配合单位为「" + String.join("、", m.coResponsibleUnits) + "」")
          + "，含其他单位；请由不限单位的管理员创建后重新发送。";
    }
    return "the rectification service did not create it: " + failure.detail();
  }
}
