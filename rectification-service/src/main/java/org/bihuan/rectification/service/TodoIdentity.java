package org.bihuan.rectification.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.bihuan.rectification.Todo;
import org.bihuan.rectification.Todo.AssigneeType;
import org.bihuan.rectification.Todo.Kind;
import org.bihuan.rectification.service.TicketTodos.Wanted;

/**
 * Which to-do a ticket's to-do called for is (docs/decisions/0356). Its id is keyed on the
 * assignee's directory externalId where there is one, so a person or unit renamed keeps his to-do,
 * and on the name only where no directory entry is linked. To-dos opened before were keyed on the
 * name: an open one is still found by its assignee's identity and keeps the id it was pushed under,
 * so an OA system closes the to-do it holds.
 */
final class TodoIdentity {

  private TodoIdentity() {}

  /** A DECIDE_EXTENSION to-do's round: this and the extension request's id. */
  static final String EXTENSION_ROUND = "extension ";

  /** The extension request a DECIDE_EXTENSION to-do's round names, or null. */
  static UUID extensionOf(String round) {
    if (round == null || !round.startsWith(EXTENSION_ROUND)) {
      return null;
    }
    try {
      return UUID.fromString(round.substring(EXTENSION_ROUND.length()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The id of (ticket, kind, assignee, round): by {@code externalId}, else by {@code name}. */
  static UUID id(
      UUID ticketId, Kind kind, AssigneeType type, String name, String externalId, String round) {
    if (externalId == null) {
      return byName(ticketId, kind, type, name, round);
    }
    String key =
        "bihuan-todo-id|" + ticketId + "|" + kind + "|" + type + "|" + externalId + "|" + round;
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  /** The id by name: the only one before 0356, and still the one of an assignee without id. */
  static UUID byName(UUID ticketId, Kind kind, AssigneeType type, String name, String round) {
    String key = "bihuan-todo|" + ticketId + "|" + kind + "|" + type + "|" + name + "|" + round;
    return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The to-do called for (its key in {@code wanted}) that each open one still is, by open to-do id:
   * the one of its own id first, else the first not yet paired of the same kind, assignee type and
   * round whose assignee is his — by externalId when both have one, else by name (a person the
   * directory links later keeps the to-do opened under his name, 0344). An open to-do paired with
   * none is no longer called for.
   */
  static Map<UUID, UUID> pair(Collection<Todo> open, Map<UUID, Wanted> wanted) {
    Map<UUID, UUID> out = new HashMap<>();
    Set<UUID> taken = new HashSet<>();
    List<Todo> rest = new ArrayList<>();
    for (Todo o : open) {
      if (wanted.containsKey(o.id) && taken.add(o.id)) {
        out.put(o.id, o.id);
      } else {
        rest.add(o);
      }
    }
    for (Todo o : rest) {
      for (Map.Entry<UUID, Wanted> e : wanted.entrySet()) {
        if (!taken.contains(e.getKey()) && same(o, e.getValue())) {
          taken.add(e.getKey());
          out.put(o.id, e.getKey());
          break;
        }
      }
    }
    return out;
  }

  private static boolean same(Todo o, Wanted w) {
    if (o.kind != w.kind() || o.assigneeType != w.type() || !o.roundKey.equals(w.round())) {
      return false;
    }
    return o.assigneeExternalId != null && w.externalId() != null
        ? o.assigneeExternalId.equals(w.externalId())
        : o.assigneeName.equals(w.name());
  }

  /** The to-dos called for that are not open already: those the reconciliation opens. */
  static List<Wanted> toOpen(Map<UUID, Wanted> wanted, Set<UUID> stillOpen) {
    return wanted.entrySet().stream()
        .filter(e -> !stillOpen.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .toList();
  }

  /**
   * Whether a to-do to be opened has the key of the unique index on a ticket's open to-dos ({@code
   * todo_one_open_idx}: kind, assignee type, and the assignee by externalId where he has one, else
   * by name) of one that was just closed: only then must the closing be written first.
   */
  static boolean reopensAnIndexKey(Collection<Todo> closed, Collection<Wanted> opened) {
    if (closed.isEmpty() || opened.isEmpty()) {
      return false;
    }
    Set<IndexKey> keys = new HashSet<>();
    closed.forEach(
        o -> keys.add(new IndexKey(o.kind, o.assigneeType, o.assigneeExternalId, o.assigneeName)));
    return opened.stream()
        .anyMatch(w -> keys.contains(new IndexKey(w.kind(), w.type(), w.externalId(), w.name())));
  }

  /**
   * A to-do's key in {@code todo_one_open_idx} within its ticket, column by column as migration
   * V2026_12_14_356_1 declares it: {@code kind, assignee_type, (assignee_external_id is null),
   * coalesce(assignee_external_id, assignee_name)}. TodoIndexKeyTest evaluates the index's own
   * expressions in PostgreSQL against this.
   */
  private record IndexKey(Kind kind, AssigneeType type, boolean byName, String assignee) {

    IndexKey(Kind kind, AssigneeType type, String externalId, String name) {
      this(kind, type, externalId == null, externalId == null ? name : externalId);
    }
  }

  /**
   * The to-do, not open now, that a to-do called for opens again: the one of its id, else the one
   * its assignee had under his name before 0356 (the same assignee by externalId), else null.
   */
  static Todo earlier(
      UUID ticketId, UUID key, Wanted w, Map<UUID, Todo> known, Collection<Todo> open) {
    Todo d = known.get(key);
    if (d != null || w.externalId() == null) {
      return d;
    }
    Todo named = known.get(byName(ticketId, w.kind(), w.type(), w.name(), w.round()));
    return named != null
            && !open.contains(named)
            && Objects.equals(named.assigneeExternalId, w.externalId())
        ? named
        : null;
  }
}
