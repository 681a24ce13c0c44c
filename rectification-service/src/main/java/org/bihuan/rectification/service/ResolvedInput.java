package org.bihuan.rectification.service;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bihuan.rectification.FieldChange;
import org.bihuan.rectification.ResponsibleUnit;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.mapping.TicketInput;

/**
 * A ticket input with its names resolved ({@link DirectoryNames#resolve}), and what the directory
 * says for the ids it names, as that one lookup read it: each known person's and unit's name by
 * externalId. What an edit asks of the directory afterwards — is a name the directory's spelling
 * for its id ({@code TicketFields} keeping the stored spelling, {@link #followingDirectory}) — is
 * answered from here, so a write reads the directory once.
 */
public record ResolvedInput(
    TicketInput input, Map<String, String> people, Map<String, String> units) {

  /** An input that names nobody by a directory id the lookup knows. */
  static ResolvedInput unresolved(TicketInput in) {
    return new ResolvedInput(in, Map.of(), Map.of());
  }

  /** Whether the directory knows a person by {@code externalId} and writes his name so. */
  boolean isPersonNamed(String externalId, String name) {
    return externalId != null && name != null && name.equals(people.get(externalId));
  }

  /**
   * The fields of an edit that changed only because the directory renamed what the same id names
   * (0231): a person's or the leader's name beside the id he had, now the directory's name for it;
   * a unit list whose ids are those it had, in order, each now named as the directory names it.
   * {@code unitIdsBefore} and {@code coUnitIdsBefore} are the lists' ids before the edit.
   */
  Set<String> followingDirectory(
      Ticket after,
      List<FieldChange> changes,
      List<String> unitIdsBefore,
      List<String> coUnitIdsBefore) {
    Set<String> changed = new HashSet<>();
    changes.forEach(c -> changed.add(c.field()));
    Set<String> out = new HashSet<>();
    if (changed.contains("responsiblePerson")
        && !changed.contains("responsiblePersonExternalId")
        && isPersonNamed(after.responsiblePersonExternalId, after.responsiblePerson)) {
      out.add("responsiblePerson");
    }
    if (changed.contains("leaderInCharge")
        && !changed.contains("leaderInChargeExternalId")
        && isPersonNamed(after.leaderInChargeExternalId, after.leaderInCharge)) {
      out.add("leaderInCharge");
    }
    if (changed.contains("responsibleUnits")
        && unitsNamedByDirectory(after.responsibleUnits, unitIdsBefore)) {
      out.add("responsibleUnits");
    }
    if (changed.contains("coResponsibleUnits")
        && unitsNamedByDirectory(after.coResponsibleUnits, coUnitIdsBefore)) {
      out.add("coResponsibleUnits");
    }
    return out;
  }

  /** The units' ids, null where a unit has none. */
  static List<String> ids(List<ResponsibleUnit> units) {
    return units.stream().map(u -> u.externalId).toList();
  }

  /**
   * The units have the ids they had, each named as the directory names it. Their ids are the
   * input's, which the lookup read.
   */
  private boolean unitsNamedByDirectory(List<ResponsibleUnit> after, List<String> idsBefore) {
    if (!ids(after).equals(idsBefore) || idsBefore.contains(null)) {
      return false;
    }
    return after.stream().allMatch(u -> u.name.equals(units.get(u.externalId)));
  }
}
