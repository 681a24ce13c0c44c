package org.bihuan.rectification.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bihuan.platform.text.UnitNames;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.mapping.ResponsibleUnitInput;
import org.bihuan.rectification.mapping.TicketInput;

/**
 * What an edit keeps of the units and people the ticket stores. A unit an edit names by name alone,
 * which the ticket stores under that name with an externalId, keeps its id, as a person left
 * without an id keeps his (docs/decisions/0344): a client that sends a ticket back as an OA system
 * first wrote it (names only) unlinks nothing, and the directory's background link does not write a
 * second version a second later. A unit or person sent back by the id the ticket stores, without a
 * name or with the stored one, keeps the stored name after the directory renamed him (0351).
 */
final class StoredUnitIds {

  private StoredUnitIds() {}

  /** The input with the stored ids of the units it names by a name the ticket stores. */
  static TicketInput kept(TicketInput in, Ticket current) {
    if (current == null) {
      return in;
    }
    Map<String, java.util.Set<String>> byName = new HashMap<>();
    Stream.concat(current.responsibleUnits.stream(), current.coResponsibleUnits.stream())
        .filter(u -> u.externalId != null && u.name != null)
        .forEach(
            u -> byName.computeIfAbsent(u.name, k -> new java.util.HashSet<>()).add(u.externalId));
    Map<String, String> ids = new HashMap<>();
    // a name the ticket stores under two ids says neither
    byName.forEach(
        (name, set) -> {
          if (set.size() == 1) ids.put(name, set.iterator().next());
        });
    if (ids.isEmpty()) {
      return in;
    }
    return new TicketInput(
        in.problemIds(),
        in.measure(),
        withIds(in.responsibleUnits(), ids),
        in.responsiblePerson(),
        in.leaderInCharge(),
        in.timing(),
        in.deadline(),
        in.reportEvery(),
        in.externalRef(),
        withIds(in.coResponsibleUnits(), ids),
        in.responsiblePersonExternalId(),
        in.leaderInChargeExternalId());
  }

  /**
   * The name to store for a unit or person an edit names by an id the directory knows: the name the
   * ticket stores for that id when the edit sends no name or that name (a rename in the directory
   * does not rewrite tickets, 0351), else the directory's name (the edit follows the rename, 0231).
   * {@code stored} is null when the ticket does not have that id.
   */
  static String keptName(
      String given,
      String directoryName,
      String stored,
      java.util.function.BiPredicate<String, String> same) {
    if (stored == null) {
      return directoryName;
    }
    String name = given == null || given.isBlank() ? null : given.strip();
    return name == null || same.test(name, stored) ? stored : directoryName;
  }

  private static List<ResponsibleUnitInput> withIds(
      List<ResponsibleUnitInput> units, Map<String, String> ids) {
    if (units == null) {
      return null;
    }
    return units.stream()
        .map(
            u -> {
              if (u == null
                  || (u.externalId() != null && !u.externalId().isBlank())
                  || u.name() == null
                  || u.name().isBlank()) {
                return u;
              }
              String id = ids.get(UnitNames.written(u.name()));
              return id == null ? u : new ResponsibleUnitInput(u.name(), id);
            })
        .toList();
  }
}
