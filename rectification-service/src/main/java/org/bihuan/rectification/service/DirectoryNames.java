package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.text.PersonNames;
import org.bihuan.platform.text.UnitNames;
import org.bihuan.rectification.DirectoryPerson;
import org.bihuan.rectification.DirectoryUnit;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.mapping.ResponsibleUnitInput;
import org.bihuan.rectification.mapping.TicketInput;

/**
 * Tickets naming units and people by their directory ids (docs/decisions/0204). An id the directory
 * knows gives the directory's name; a name sent with it must be that name, folded as names are
 * compared (0223), else 400 naming the name's field. An id it does not know is kept as given beside
 * a name, as tickets were written before the directory; without a name it is refused. A sealed (封存)
 * unit or person is refused unless the ticket already names it: existing tickets keep showing it,
 * nobody is newly assigned to it.
 */
@ApplicationScoped
public class DirectoryNames {

  @jakarta.inject.Inject DirectoryLinks links;

  /**
   * The input with every name resolved, with the directory's names of the people and units it names
   * by id (read here once; {@link ResolvedInput}); {@code current} is the ticket being edited (null
   * when it is created), {@code prefix} "" or "tickets[3]." for the fields of the refusal.
   */
  public ResolvedInput resolve(TicketInput given, String prefix, Ticket current) {
    TicketInput in = StoredUnitIds.kept(given, current);
    List<String> storedIds =
        current == null
            ? List.of()
            : Stream.of(current.responsiblePersonExternalId, current.leaderInChargeExternalId)
                .filter(Objects::nonNull)
                .toList();
    return resolve(in, prefix, current, DirectoryEntries.of(List.of(in), storedIds));
  }

  /**
   * The directory's entries that all of {@code inputs} name, read at once: the items of a batch are
   * then each resolved from memory ({@link #resolve(TicketInput, String, Ticket,
   * DirectoryEntries)}), two or three reads for the whole batch (docs/decisions/0350).
   */
  DirectoryEntries entriesFor(List<TicketInput> inputs) {
    return DirectoryEntries.of(inputs, List.of());
  }

  /** As {@link #resolve(TicketInput, String, Ticket)}, with the directory read in {@code dir}. */
  ResolvedInput resolve(TicketInput given, String prefix, Ticket current, DirectoryEntries dir) {
    TicketInput in = StoredUnitIds.kept(given, current);
    Set<String> unitIds = new LinkedHashSet<>();
    Stream.concat(units(in.responsibleUnits()).stream(), units(in.coResponsibleUnits()).stream())
        .map(u -> blankToNull(u.externalId()))
        .filter(Objects::nonNull)
        .forEach(unitIds::add);
    String personId = blankToNull(in.responsiblePersonExternalId());
    String leaderId = blankToNull(in.leaderInChargeExternalId());
    if (current != null) {
      // Left out of a PUT, a person's id stays while his name does: a client that does not know
      // the field keeps what an OA wrote.
      if (personId == null && same(in.responsiblePerson(), current.responsiblePerson)) {
        personId = current.responsiblePersonExternalId;
      }
      if (leaderId == null && same(in.leaderInCharge(), current.leaderInCharge)) {
        leaderId = current.leaderInChargeExternalId;
      }
    }
    Map<String, String> spellings =
        directorySpellings(
            dir,
            Stream.concat(
                    units(in.responsibleUnits()).stream(), units(in.coResponsibleUnits()).stream())
                .filter(u -> blankToNull(u.externalId()) == null && blankToNull(u.name()) != null)
                .map(u -> UnitNames.written(u.name()))
                .toList());
    if (unitIds.isEmpty() && personId == null && leaderId == null && spellings.isEmpty()) {
      return links.link(ResolvedInput.unresolved(in), current, dir);
    }
    Map<String, DirectoryUnit> units = new HashMap<>();
    for (String id : unitIds) {
      DirectoryUnit u = dir.unit(id);
      if (u != null) {
        units.put(id, u);
      }
    }
    Map<String, DirectoryPerson> people = new HashMap<>();
    for (String id : Stream.of(personId, leaderId).filter(Objects::nonNull).toList()) {
      DirectoryPerson p = dir.person(id);
      if (p != null) {
        people.put(id, p);
      }
    }
    Map<String, String> assignedUnits = new HashMap<>();
    if (current != null) {
      Stream.concat(current.responsibleUnits.stream(), current.coResponsibleUnits.stream())
          .filter(u -> u.externalId != null)
          .forEach(u -> assignedUnits.put(u.externalId, u.name));
    }
    List<FieldError> errors = new ArrayList<>();
    List<ResponsibleUnitInput> responsible =
        resolveUnits(
            in.responsibleUnits(),
            prefix + "responsibleUnits",
            units,
            spellings,
            assignedUnits,
            errors);
    List<ResponsibleUnitInput> co =
        in.coResponsibleUnits() == null
            ? null
            : resolveUnits(
                in.coResponsibleUnits(),
                prefix + "coResponsibleUnits",
                units,
                spellings,
                assignedUnits,
                errors);
    String person =
        resolvePerson(
            in.responsiblePerson(),
            personId,
            prefix + "responsiblePersonExternalId",
            prefix + "responsiblePerson",
            people,
            current == null ? null : current.responsiblePersonExternalId,
            current == null ? null : current.responsiblePerson,
            errors);
    String leader =
        resolvePerson(
            in.leaderInCharge(),
            leaderId,
            prefix + "leaderInChargeExternalId",
            prefix + "leaderInCharge",
            people,
            current == null ? null : current.leaderInChargeExternalId,
            current == null ? null : current.leaderInCharge,
            errors);
    TicketInputRules.requireValid(errors);
    Map<String, String> peopleNames = new HashMap<>();
    // as the ticket stores a name (TicketInput writes it), so that "the directory's name" compares
    people.forEach((id, p) -> peopleNames.put(id, PersonNames.written(p.name)));
    Map<String, String> unitNames = new HashMap<>();
    units.forEach((id, u) -> unitNames.put(id, u.name));
    TicketInput resolved =
        new TicketInput(
            in.problemIds(),
            in.measure(),
            responsible,
            person,
            leader,
            in.timing(),
            in.deadline(),
            in.reportEvery(),
            in.externalRef(),
            co,
            personId,
            leaderId);
    return links.link(new ResolvedInput(resolved, peopleNames, unitNames), current, dir);
  }

  private static List<ResponsibleUnitInput> resolveUnits(
      List<ResponsibleUnitInput> given,
      String field,
      Map<String, DirectoryUnit> units,
      Map<String, String> spellings,
      Map<String, String> assigned,
      List<FieldError> errors) {
    List<ResponsibleUnitInput> out = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      ResponsibleUnitInput u = given.get(i);
      String id = blankToNull(u.externalId());
      DirectoryUnit known = id == null ? null : units.get(id);
      String at = field + "[" + i + "].externalId";
      if (known == null) {
        if (id != null && blankToNull(u.name()) == null) {
          errors.add(new FieldError(at, "names no unit of the directory: '" + id + "'"));
        }
        String spelling = id == null ? spellings.get(UnitNames.key(u.name())) : null;
        out.add(spelling == null ? u : new ResponsibleUnitInput(spelling, null));
      } else if (disagrees(u.name(), known.name, assigned.get(id), UnitNames::same)) {
        errors.add(
            new FieldError(
                field + "[" + i + "].name",
                disagreement("unit", u.name(), field + "[" + i + "].externalId", id, known.name)));
        out.add(u);
      } else if (known.sealed && !assigned.containsKey(id)) {
        errors.add(
            new FieldError(
                at,
                "names unit '"
                    + id
                    + "' ("
                    + known.name
                    + "), which is sealed (封存) in the directory: it cannot be newly assigned"));
        out.add(u);
      } else {
        out.add(
            new ResponsibleUnitInput(
                StoredUnitIds.keptName(u.name(), known.name, assigned.get(id), UnitNames::same),
                id));
      }
    }
    return out;
  }

  private static String resolvePerson(
      String name,
      String id,
      String field,
      String nameField,
      Map<String, DirectoryPerson> people,
      String assigned,
      String assignedName,
      List<FieldError> errors) {
    if (id == null) {
      return name;
    }
    DirectoryPerson known = people.get(id);
    if (known == null) {
      if (blankToNull(name) == null) {
        errors.add(new FieldError(field, "names no person of the directory: '" + id + "'"));
      }
      return name;
    }
    if (disagrees(name, known.name, id.equals(assigned) ? assignedName : null, PersonNames::same)) {
      errors.add(new FieldError(nameField, disagreement("person", name, field, id, known.name)));
      return name;
    }
    if (known.sealed && !id.equals(assigned)) {
      errors.add(
          new FieldError(
              field,
              "names person '"
                  + id
                  + "' ("
                  + known.name
                  + "), who is sealed (封存) in the directory: he cannot be newly assigned"));
      return name;
    }
    return StoredUnitIds.keptName(
        name, known.name, id.equals(assigned) ? assignedName : null, PersonNames::same);
  }

  /**
   * A name sent beside an id the directory knows must be the directory's name for it, folded as
   * names are compared (docs/decisions/0223): otherwise the caller meant someone else, and storing
   * the directory's name would assign the ticket to a person or unit he did not name. The name the
   * ticket already stores for that id is accepted too: the directory may have renamed the entry
   * since, and an edit that sends the ticket back as read is no disagreement.
   */
  private static boolean disagrees(
      String given,
      String directoryName,
      String storedForId,
      java.util.function.BiPredicate<String, String> same) {
    String name = blankToNull(given);
    return name != null
        && !same.test(name, directoryName)
        && !(storedForId != null && same.test(name, storedForId));
  }

  private static String disagreement(
      String kind, String given, String idField, String id, String directoryName) {
    return "is '"
        + given.strip()
        + "', but "
        + idField
        + " '"
        + id
        + "' is the "
        + kind
        + " '"
        + directoryName
        + "' in the directory: send the directory's name, or leave the name out";
  }

  /**
   * The directory's spelling of units named without an id, by {@link UnitNames#key}: 黨委辦公室 or ＡＢ科
   * sent for the directory's 党委办公室 or AB科 is stored as the directory writes it, so that one unit's
   * tickets count together (docs/decisions/0223). Only units in use count, and only when exactly
   * one spelling of that key is in use; names the directory writes the same way are left out
   * (nothing to change). Empty when nothing is to be respelled.
   */
  private static Map<String, String> directorySpellings(DirectoryEntries dir, List<String> names) {
    Map<String, String> out = new HashMap<>();
    if (names.isEmpty()) {
      return out;
    }
    Set<String> exact =
        new java.util.HashSet<>(dir.unsealedUnitsNamed(names).stream().map(u -> u.name).toList());
    List<String> others = names.stream().filter(n -> !exact.contains(n)).toList();
    if (others.isEmpty()) {
      return out;
    }
    Set<String> wanted = new java.util.HashSet<>();
    others.stream().map(UnitNames::key).filter(k -> !k.isEmpty()).forEach(wanted::add);
    Map<String, Set<String>> byKey = new HashMap<>();
    dir.unsealedUnits().stream()
        .map(u -> u.name)
        .forEach(
            n -> {
              String k = UnitNames.key(n);
              if (wanted.contains(k)) {
                byKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(n);
              }
            });
    byKey.forEach(
        (k, spelled) -> {
          if (spelled.size() == 1) {
            out.put(k, spelled.iterator().next());
          }
        });
    return out;
  }

  private static List<ResponsibleUnitInput> units(List<ResponsibleUnitInput> list) {
    return list == null ? List.of() : list;
  }

  private static boolean same(String given, String stored) {
    return Objects.equals(blankToNull(given), stored);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
