package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.problem.client.TicketSummary;

/**
 * A problem's tickets as the rectification service answered a moment ago, merged with what this
 * service has learnt from its change feed since ({@code problem_ticket}): a ticket the answer did
 * not list, or one the feed knows in a later version, counts as the feed says.
 */
@ApplicationScoped
public class KnownTickets {

  @Inject EntityManager em;

  @Transactional(Transactional.TxType.MANDATORY)
  public List<TicketSummary> merged(UUID problemId, List<TicketSummary> asked) {
    Map<UUID, TicketSummary> byId = new LinkedHashMap<>();
    asked.forEach(t -> byId.put(t.id(), t));
    for (Object row :
        em.createNativeQuery(
                "select cast(ticket_id as text), ticket_number, status, ticket_version"
                    + " from problem_ticket where problem_id = ?1 order by position")
            .setParameter(1, problemId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      UUID id = UUID.fromString(r[0].toString());
      Long version = r[3] == null ? null : ((Number) r[3]).longValue();
      TicketSummary fed =
          new TicketSummary(id, (String) r[1], List.of(problemId), (String) r[2], null, version);
      TicketSummary answered = byId.get(id);
      if (answered == null || newer(fed, answered)) {
        byId.put(id, fed);
      }
    }
    return new ArrayList<>(byId.values());
  }

  private static boolean newer(TicketSummary fed, TicketSummary answered) {
    return fed.version() != null
        && (answered.version() == null || fed.version() > answered.version());
  }
}
