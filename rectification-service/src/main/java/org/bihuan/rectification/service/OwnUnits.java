package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bihuan.platform.text.UnitNames;
import org.bihuan.rectification.DirectoryUnit;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.mapping.ResponsibleUnitInput;
import org.bihuan.rectification.mapping.TicketInput;

/**
 * The names a unit-bound caller's unit is compared with when he writes to a ticket (progress,
 * evidence, start, submit, extensions, edits: {@link TicketWorkflow#requireOwnUnit}): a responsible
 * unit linked to the directory by its id is the unit the directory names under that id now — a unit
 * renamed there is compared under its new name, which its people's tokens carry — and a unit not
 * linked is its name as written on the ticket (docs/decisions/0348). The one place this choice is
 * made.
 */
@ApplicationScoped
public class OwnUnits {

  /** The ticket's responsible units, each as the own-unit check compares it. */
  public List<String> of(Ticket t) {
    return new Edit().before(t);
  }

  /**
   * The ticket's responsible units as the own-unit check of {@code caller} compares them: a caller
   * bound to no unit acts for every unit, so the directory is not asked (one read fewer per
   * transition of a verifier or an admin).
   */
  public List<String> of(Ticket t, Actor caller) {
    return caller.unit().isEmpty() ? t.unitNames() : of(t);
  }

  /**
   * The responsible units of these tickets (a batch's items sent again) as the own-unit check of
   * {@code caller} compares them ({@link Edit#before}), the directory asked once for all of them.
   */
  public Edit knowing(java.util.Collection<Ticket> tickets, Actor caller) {
    Edit edit = new Edit(caller.unit().isPresent());
    if (edit.asks) {
      edit.ask(tickets.stream().flatMap(t -> t.responsibleUnits.stream()).map(u -> u.externalId));
    }
    return edit;
  }

  /**
   * The units of one edit, before and after, as the own-unit check compares them, asking the
   * directory once for the ids both name (an edit keeps its units as a rule).
   */
  public static final class Edit {
    private final Map<String, String> now = new HashMap<>();
    private final Set<String> asked = new HashSet<>();

    /** Whether the directory is asked: not for a caller bound to no unit, who acts for all. */
    private final boolean asks;

    public Edit() {
      this(true);
    }

    private Edit(boolean asks) {
      this.asks = asks;
    }

    /** The ticket's responsible units. */
    public List<String> before(Ticket t) {
      ask(t.responsibleUnits.stream().map(u -> u.externalId));
      return t.responsibleUnits.stream().map(u -> nameNow(u.externalId, u.name)).toList();
    }

    /**
     * The responsible units of the edit's input as the directory named them ({@link
     * TicketFields#named}): a unit linked by its id under the directory's name for it now (the
     * ticket may keep the name it stores, 0351), else as written.
     */
    public List<String> after(TicketInput in) {
      ask(in.responsibleUnits().stream().map(ResponsibleUnitInput::externalId));
      return in.responsibleUnits().stream()
          .map(u -> nameNow(u.externalId(), UnitNames.written(u.name())))
          .toList();
    }

    private void ask(java.util.stream.Stream<String> ids) {
      if (!asks) {
        return;
      }
      List<String> missing = ids.filter(Objects::nonNull).filter(asked::add).distinct().toList();
      if (!missing.isEmpty()) {
        // one array parameter: the same statement whatever the number of ids
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
            DirectoryUnit.getEntityManager()
                .createNativeQuery(
                    "select external_id, name from directory_unit where external_id = any(?1)")
                .setParameter(1, missing.toArray(String[]::new))
                .getResultList();
        rows.forEach(r -> now.put((String) r[0], (String) r[1]));
      }
    }

    private String nameNow(String externalId, String written) {
      String named = externalId == null ? null : now.get(externalId);
      return named != null ? named : written;
    }
  }

  /**
   * The directory's ids of the units a caller bound to a unit acts for by their names now (the
   * tickets and unit to-dos linked to them may store an earlier name; 0348): those whose name is
   * certainly his unit's ({@link Actor#actsFor}), looked up by the name's key (0357).
   */
  @SuppressWarnings("unchecked")
  public static List<String> idsActedFor(Actor caller) {
    String key = caller.unit().map(UnitNames::certainKey).orElse("");
    if (key.isEmpty()) {
      return List.of();
    }
    return DirectoryUnit.getEntityManager()
        .createNativeQuery("select external_id from directory_unit where name_key = ?1")
        .setParameter(1, key)
        .getResultList();
  }
}
