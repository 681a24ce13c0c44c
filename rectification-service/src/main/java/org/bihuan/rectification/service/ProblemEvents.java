package org.bihuan.rectification.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bihuan.platform.feed.follow.PageApplier;
import org.bihuan.platform.feed.follow.ReceivedEvent;
import org.bihuan.platform.feed.follow.UnreadableEvent;
import org.bihuan.platform.time.OrganisationClock;

/**
 * Applies problem events of problem-service's feed: the problem's status, number and title as of
 * the event go to {@code followed_problem}, then its CLOSE to-do is reconciled ({@link
 * ProblemTodos}). Runs in the follower's page transaction, with the position.
 */
@ApplicationScoped
public class ProblemEvents implements PageApplier<ReceivedEvent> {

  @Inject EntityManager em;
  @Inject ProblemTodos todos;
  @Inject OrganisationClock clock;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void apply(Connection connection, List<ReceivedEvent> events) {
    Set<UUID> touched = new LinkedHashSet<>();
    for (ReceivedEvent e : events) {
      if (!"problem".equals(e.resourceType())) {
        continue;
      }
      JsonNode p = e.data();
      UUID id;
      try {
        id = UUID.fromString(p.path("id").asText());
      } catch (IllegalArgumentException | NullPointerException ex) {
        throw new UnreadableEvent(e.position(), e.type(), "no problem id", ex);
      }
      String status = p == null ? null : p.path("status").asText(null);
      if (status == null) {
        throw new UnreadableEvent(e.position(), e.type(), "no problem status", null);
      }
      em.createNativeQuery(
              "insert into followed_problem (id, number, title, status, position)"
                  + " values (?1, ?2, ?3, ?4, ?5) on conflict (id) do update set"
                  + " number = excluded.number, title = excluded.title, status = excluded.status,"
                  + " position = excluded.position")
          .setParameter(1, id)
          .setParameter(2, p.path("number").asText(null))
          .setParameter(3, p.path("title").asText(null))
          .setParameter(4, status)
          .setParameter(5, e.position())
          .executeUpdate();
      touched.add(id);
    }
    todos.reconcile(List.copyOf(touched), clock.now());
  }
}
