package org.bihuan.problem.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bihuan.platform.feed.follow.PageApplier;
import org.bihuan.platform.feed.follow.ReceivedEvent;
import org.bihuan.problem.Problem;

/** Applies ticket events of the rectification feed to the problems they address. */
@ApplicationScoped
public class TicketEvents implements PageApplier<ReceivedEvent> {

  @Inject EntityManager em;
  @Inject ProblemChanges changes;

  /**
   * Applies events after the stored position, in the follower's page transaction (the follower
   * moves the position with them, {@link TicketStatusFollower}).
   */
  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(Connection connection, List<ReceivedEvent> events) {
    Set<UUID> touched = new LinkedHashSet<>();
    for (ReceivedEvent e : events) {
      if ("ticket".equals(e.resourceType()) && e.data() != null && e.data().hasNonNull("id")) {
        touched.addAll(record(e.position(), e.data()));
      }
    }
    // In id order, so that two appliers never wait on each other's problem rows in a cycle.
    for (UUID problemId : touched.stream().sorted().toList()) {
      follow(problemId);
    }
  }

  /** Stores the ticket's status under each problem it addresses; answers the problems touched. */
  private Set<UUID> record(long position, JsonNode ticket) {
    UUID ticketId = UUID.fromString(ticket.get("id").asText());
    String status = ticket.path("status").asText("ASSIGNED");
    String number = ticket.path("number").asText(null);
    Long version = ticket.hasNonNull("version") ? ticket.get("version").asLong() : null;
    List<UUID> problemIds = new ArrayList<>();
    ticket.path("problemIds").forEach(p -> problemIds.add(UUID.fromString(p.asText())));
    Set<UUID> touched = new LinkedHashSet<>(problemIds);
    for (Object before :
        em.createNativeQuery(
                "select cast(problem_id as text) from problem_ticket where ticket_id = ?1")
            .setParameter(1, ticketId)
            .getResultList()) {
      touched.add(UUID.fromString(before.toString()));
    }
    em.createNativeQuery("delete from problem_ticket where ticket_id = ?1")
        .setParameter(1, ticketId)
        .executeUpdate();
    for (UUID problemId : problemIds) {
      em.createNativeQuery(
              "insert into problem_ticket"
                  + " (ticket_id, problem_id, ticket_number, status, position, ticket_version)"
                  + " values (?1, ?2, ?3, ?4, ?5, ?6)")
          .setParameter(1, ticketId)
          .setParameter(2, problemId)
          .setParameter(3, number)
          .setParameter(4, status)
          .setParameter(5, position)
          .setParameter(6, version)
          .executeUpdate();
    }
    return touched;
  }

  /**
   * Moves a problem as its tickets say, through {@link ProblemLifecycle}. The row is locked, as a
   * close locks it: a close and this step never interleave (docs/decisions/0052).
   */
  private void follow(UUID problemId) {
    Problem p = ProblemService.lockedOrNull(em, problemId);
    if (p == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    List<String> statuses =
        em.createNativeQuery("select status from problem_ticket where problem_id = ?1")
            .setParameter(1, problemId)
            .getResultList();
    Optional<ProblemLifecycle.Action> action = ProblemLifecycle.followTickets(p.status, statuses);
    if (action.isEmpty()) {
      return;
    }
    changes.record(p, List.of(), ProblemLifecycle.Actor.SYSTEM, action.get(), null);
  }
}
