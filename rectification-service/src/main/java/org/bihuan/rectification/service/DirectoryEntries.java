package org.bihuan.rectification.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bihuan.platform.text.PersonNames;
import org.bihuan.platform.text.UnitNames;
import org.bihuan.rectification.DirectoryPerson;
import org.bihuan.rectification.DirectoryUnit;
import org.bihuan.rectification.mapping.ResponsibleUnitInput;
import org.bihuan.rectification.mapping.TicketInput;

/**
 * The directory entries that ticket inputs name, read from the database at once and looked up in
 * memory afterwards (docs/decisions/0350): units and people by externalId (sealed or not), the
 * unsealed ones by exact name, and — only when a unit is named in a spelling the directory does not
 * write — every unsealed unit, for {@link UnitNames#key}. A batch of 500 items asks two or three
 * questions instead of three to five per item; {@link DirectoryNames} and {@link DirectoryLinks}
 * decide from here exactly as they did from their own queries. A name or id not read in advance is
 * read when it is first asked for, so an answer never depends on what was read before.
 */
final class DirectoryEntries {

  private final Map<String, DirectoryUnit> unitsById = new HashMap<>();
  private final Map<String, DirectoryPerson> peopleById = new HashMap<>();
  private final Map<String, List<DirectoryUnit>> unsealedUnitsByName = new HashMap<>();
  private final Map<String, List<DirectoryPerson>> unsealedPeopleByName = new HashMap<>();
  private final Set<String> unitIdsRead = new HashSet<>();
  private final Set<String> peopleIdsRead = new HashSet<>();
  private final Set<String> unitNamesRead = new HashSet<>();
  private final Set<String> personNamesRead = new HashSet<>();

  /** Every unsealed unit, once a spelling the directory does not write asked for them. */
  private List<DirectoryUnit> unsealedUnits;

  /**
   * The entries the inputs name (as {@code DirectoryNames.resolve} and {@code DirectoryLinks.link}
   * will ask for them), and the ids {@code personIds} gives besides (an edit's stored ids).
   */
  static DirectoryEntries of(Collection<TicketInput> inputs, Collection<String> personIds) {
    Set<String> unitIds = new LinkedHashSet<>();
    Set<String> unitNames = new LinkedHashSet<>();
    Set<String> people = new LinkedHashSet<>(personIds);
    Set<String> personNames = new LinkedHashSet<>();
    for (TicketInput in : inputs) {
      Stream.concat(units(in.responsibleUnits()), units(in.coResponsibleUnits()))
          .forEach(
              u -> {
                String id = blankToNull(u.externalId());
                if (id != null) {
                  unitIds.add(id);
                } else if (blankToNull(u.name()) != null) {
                  unitNames.addAll(forms(u.name(), UnitNames::written));
                }
              });
      addIfPresent(people, in.responsiblePersonExternalId());
      addIfPresent(people, in.leaderInChargeExternalId());
      Stream.of(in.responsiblePerson(), in.leaderInCharge())
          .filter(n -> blankToNull(n) != null)
          .forEach(n -> personNames.addAll(forms(n, PersonNames::written)));
    }
    DirectoryEntries out = new DirectoryEntries();
    out.readUnits(unitIds, unitNames);
    out.readPeople(people, personNames);
    boolean respelled =
        unitNames.stream()
            .anyMatch(
                n -> n.equals(UnitNames.written(n)) && !out.unsealedUnitsByName.containsKey(n));
    if (respelled) {
      out.unsealedUnits();
    }
    return out;
  }

  /** The unit of this externalId, sealed or not; null when the directory has none. */
  DirectoryUnit unit(String externalId) {
    if (!unitIdsRead.contains(externalId)) {
      readUnits(Set.of(externalId), Set.of());
    }
    return unitsById.get(externalId);
  }

  /** The person of this externalId, sealed or not; null when the directory has none. */
  DirectoryPerson person(String externalId) {
    if (!peopleIdsRead.contains(externalId)) {
      readPeople(Set.of(externalId), Set.of());
    }
    return peopleById.get(externalId);
  }

  /** The unsealed units whose name is one of {@code names}, exactly as written. */
  List<DirectoryUnit> unsealedUnitsNamed(Collection<String> names) {
    if (unsealedUnits == null) {
      Set<String> missing = missing(names, unitNamesRead);
      if (!missing.isEmpty()) {
        readUnits(Set.of(), missing);
      }
    }
    return named(names, unsealedUnitsByName);
  }

  /** The unsealed people whose name is one of {@code names}, exactly as written. */
  List<DirectoryPerson> unsealedPeopleNamed(Collection<String> names) {
    Set<String> missing = missing(names, personNamesRead);
    if (!missing.isEmpty()) {
      readPeople(Set.of(), missing);
    }
    return named(names, unsealedPeopleByName);
  }

  /** Every unsealed unit of the directory (read once). */
  List<DirectoryUnit> unsealedUnits() {
    if (unsealedUnits == null) {
      List<DirectoryUnit> all =
          DirectoryUnit.<DirectoryUnit>list("sealed = false order by seq").stream().toList();
      all.forEach(this::keepUnit);
      unsealedUnits = all;
    }
    return unsealedUnits;
  }

  private void readUnits(Set<String> ids, Set<String> names) {
    if (ids.isEmpty() && names.isEmpty()) {
      return;
    }
    read(
            DirectoryUnit.class,
            "select * from directory_unit where external_id = any(?1)"
                + " or (not sealed and name = any(?2)) order by seq",
            ids,
            names)
        .forEach(this::keepUnit);
    unitIdsRead.addAll(ids);
    unitNamesRead.addAll(names);
  }

  private void readPeople(Set<String> ids, Set<String> names) {
    if (ids.isEmpty() && names.isEmpty()) {
      return;
    }
    read(
            DirectoryPerson.class,
            "select * from directory_person where external_id = any(?1)"
                + " or (not sealed and name = any(?2)) order by seq",
            ids,
            names)
        .forEach(p -> keep(p, p.externalId, p.name, p.sealed, peopleById, unsealedPeopleByName));
    peopleIdsRead.addAll(ids);
    personNamesRead.addAll(names);
  }

  private void keepUnit(DirectoryUnit u) {
    keep(u, u.externalId, u.name, u.sealed, unitsById, unsealedUnitsByName);
  }

  /**
   * Keeps an entry by its id, and by its name when unsealed — once: an entry read again (by id and
   * by name, or by the scan) is not listed twice.
   */
  private static <E> void keep(
      E e,
      String id,
      String name,
      boolean sealed,
      Map<String, E> byId,
      Map<String, List<E>> byName) {
    if (byId.putIfAbsent(id, e) == null && !sealed) {
      byName.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <E> List<E> read(Class<E> type, String sql, Set<String> ids, Set<String> names) {
    return DirectoryUnit.getEntityManager()
        .createNativeQuery(sql, type)
        .unwrap(org.hibernate.query.NativeQuery.class)
        .addSynchronizedEntityClass(type)
        .setParameter(1, ids.toArray(String[]::new))
        .setParameter(2, names.toArray(String[]::new))
        .getResultList();
  }

  private static <E> List<E> named(Collection<String> names, Map<String, List<E>> byName) {
    List<E> out = new ArrayList<>();
    new LinkedHashSet<>(names).forEach(n -> out.addAll(byName.getOrDefault(n, List.of())));
    return out;
  }

  private static Set<String> missing(Collection<String> names, Set<String> read) {
    Set<String> out = new LinkedHashSet<>();
    names.stream().filter(n -> !read.contains(n)).forEach(out::add);
    return out;
  }

  /** A name as sent (stripped) and written, the forms the lookups ask for. */
  private static List<String> forms(String name, java.util.function.UnaryOperator<String> written) {
    String stripped = name.strip();
    return List.of(stripped, written.apply(name), written.apply(stripped));
  }

  private static Stream<ResponsibleUnitInput> units(List<ResponsibleUnitInput> list) {
    return list == null ? Stream.empty() : list.stream().filter(java.util.Objects::nonNull);
  }

  private static void addIfPresent(Set<String> set, String value) {
    String v = blankToNull(value);
    if (v != null) {
      set.add(v);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
