package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.input.QueryParams;
import org.bihuan.platform.page.Page;
import org.bihuan.platform.page.PageRequest;
import org.bihuan.rectification.config.TicketSettings;
import org.bihuan.rectification.mapping.TicketView;

/**
 * The tickets of a problem as a withdrawal asks for them (docs/decisions/0246): once every ticket
 * creation or link to the problem under way has committed or failed — waited for at most {@code
 * bihuan.tickets.withdrawal-wait} (10 s), else 409 ticket-creation-under-way. problem-service has
 * marked the problem before it asks, so no creation starts after this answer (0117): the answer
 * holds every ticket the problem will ever have until the withdrawal is decided.
 */
@ApplicationScoped
public class WithdrawalTickets {

  @Inject ProblemLinkLocks locks;
  @Inject TicketQueries queries;

  @Inject TicketSettings settings;

  /**
   * A list request's {@code waitForCreations} and its other query parameters: with {@code true} and
   * {@code problemId} alone (a limit aside), {@link #settled(UUID)}; anything else is 400 naming
   * the parameter.
   */
  public Page<TicketView> settled(String waitForCreations, Map<String, List<String>> query) {
    if (!"true".equals(waitForCreations)
        || !query.containsKey("problemId")
        || !ALONE_WITH.containsAll(query.keySet())) {
      throw ApiProblem.invalidField(
          "waitForCreations",
          "goes with problemId alone and is true (a problem's tickets for its withdrawal)");
    }
    QueryParams q = new QueryParams();
    UUID problemId = q.uuid("problemId", query.get("problemId").get(0));
    q.check();
    if (problemId == null) {
      throw ApiProblem.invalidField("problemId", "must be a UUID");
    }
    return settled(problemId);
  }

  private static final java.util.Set<String> ALONE_WITH =
      java.util.Set.of("problemId", "waitForCreations", "limit");

  @Transactional
  public Page<TicketView> settled(UUID problemId) {
    locks.awaitLinks(problemId, settings.withdrawalWait());
    TicketFilter filter =
        TicketFilter.parse(
            null, null, null, null, problemId.toString(), null, null, null, null, null, null);
    List<TicketView> all = new ArrayList<>();
    String cursor = null;
    do {
      Page<TicketView> page = queries.list(filter, PageRequest.of(PageRequest.MAX_LIMIT, cursor));
      all.addAll(page.items());
      cursor = page.nextCursor();
    } while (cursor != null);
    return new Page<>(all, null);
  }
}
