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
import org.bihuan.platform.problem.FieldError;
import org.bihuan.rectification.DirectoryPerson;
import org.bihuan.rectification.DirectoryUnit;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.rest.ResponsibleUnitInput;
import org.bihuan.rectification.rest.TicketInput;

/**
 * Tickets naming units and people by their directory ids (docs/decisions/0204). An id the directory
 * knows gives the directory's name (the name sent is replaced). An id it does not know is kept as
 * given beside a name, as tickets were written before the directory; without a name it is refused.
 * A sealed (封存) unit or person is refused unless the ticket already names it: existing tickets keep
 * showing it, nobody is newly assigned to it.
 */
@ApplicationScoped
public class DirectoryNames {

  /**
   * The input with every name resolved; {@code current} is the ticket being edited (null when it is
   * created), {@code prefix} "" or "tickets[3]." for the fields of the refusal.
   */
  public TicketInput resolve(TicketInput in, String prefix, Ticket current) {
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
    if (unitIds.isEmpty() && personId == null && leaderId == null) {
      return in;
    }
    Map<String, DirectoryUnit> units = new HashMap<>();
    if (!unitIds.isEmpty()) {
      DirectoryUnit.<DirectoryUnit>list("externalId in ?1", unitIds)
          .forEach(u -> units.put(u.externalId, u));
    }
    Map<String, DirectoryPerson> people = new HashMap<>();
    List<String> personIds = Stream.of(personId, leaderId).filter(Objects::nonNull).toList();
    if (!personIds.isEmpty()) {
      DirectoryPerson.<DirectoryPerson>list("externalId in ?1", personIds)
          .forEach(p -> people.put(p.externalId, p));
    }
    Set<String> assignedUnits = new LinkedHashSet<>();
    if (current != null) {
      Stream.concat(current.responsibleUnits.stream(), current.coResponsibleUnits.stream())
          .map(u -> u.externalId)
          .filter(Objects::nonNull)
          .forEach(assignedUnits::add);
    }
    List<FieldError> errors = new ArrayList<>();
    List<ResponsibleUnitInput> responsible =
        resolveUnits(
            in.responsibleUnits(), prefix + "responsibleUnits", units, assignedUnits, errors);
    List<ResponsibleUnitInput> co =
        in.coResponsibleUnits() == null
            ? null
            : resolveUnits(
                in.coResponsibleUnits(),
                prefix + "coResponsibleUnits",
                units,
                assignedUnits,
                errors);
    String person =
        resolvePerson(
            in.responsiblePerson(),
            personId,
            prefix + "responsiblePersonExternalId",
            people,
            current == null ? null : current.responsiblePersonExternalId,
            errors);
    String leader =
        resolvePerson(
            in.leaderInCharge(),
            leaderId,
            prefix + "leaderInChargeExternalId",
            people,
            current == null ? null : current.leaderInChargeExternalId,
            errors);
    TicketInputRules.requireValid(errors);
    return new TicketInput(
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
  }

  private static List<ResponsibleUnitInput> resolveUnits(
      List<ResponsibleUnitInput> given,
      String field,
      Map<String, DirectoryUnit> units,
      Set<String> assigned,
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
        out.add(u);
      } else if (known.sealed && !assigned.contains(id)) {
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
        out.add(new ResponsibleUnitInput(known.name, id));
      }
    }
    return out;
  }

  private static String resolvePerson(
      String name,
      String id,
      String field,
      Map<String, DirectoryPerson> people,
      String assigned,
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
    return known.name;
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
