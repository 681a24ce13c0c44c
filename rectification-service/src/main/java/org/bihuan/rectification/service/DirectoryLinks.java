package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.bihuan.platform.text.PersonNames;
import org.bihuan.platform.text.UnitNames;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.DirectoryPerson;
import org.bihuan.rectification.DirectoryUnit;
import org.bihuan.rectification.ResponsibleUnit;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.mapping.ResponsibleUnitInput;
import org.bihuan.rectification.mapping.TicketInput;

/**
 * Units and people a ticket names by name alone, linked to the directory entry of that name
 * (CONTRACT: names stay as given where no directory entry exists; docs/decisions/0333): where
 * exactly one unsealed unit or person of the directory has the name, the ticket carries its
 * externalId, so its to-dos reach him ({@code GET /api/v1/todos?assignee=<login>}). Two entries of
 * one name link neither: the directory cannot say which is meant. Linked on creation (one or a
 * batch, so on import), on an edit that names someone new, and when the entry appears or changes
 * later (a PUT or a sync of the directory), for every ticket still open: in the background, a batch
 * at a time ({@link DirectoryRelinks}), within seconds of the change.
 */
@ApplicationScoped
public class DirectoryLinks {

  @Inject TicketHistory history;
  @Inject OrganisationClock clock;

  static final String RELINK_REASON = "目录中出现同名的唯一单位或人员，系统将其关联到目录条目";

  /**
   * The resolved input with the names it gives without an id linked where the directory has exactly
   * one unsealed entry of that name. On an edit ({@code current} not null) only a name the ticket
   * does not have yet is linked: a name it keeps is linked by the directory's change (relink).
   */
  ResolvedInput link(ResolvedInput r, Ticket current, DirectoryEntries dir) {
    TicketInput in = r.input();
    Set<String> unitNames = new LinkedHashSet<>();
    for (ResponsibleUnitInput u : all(in.responsibleUnits(), in.coResponsibleUnits())) {
      if (blank(u.externalId()) && !blank(u.name()) && !kept(current, u.name())) {
        unitNames.add(u.name().strip());
      }
    }
    String person =
        linkable(
            in.responsiblePerson(),
            in.responsiblePersonExternalId(),
            current,
            current == null ? null : current.responsiblePerson);
    String leader =
        linkable(
            in.leaderInCharge(),
            in.leaderInChargeExternalId(),
            current,
            current == null ? null : current.leaderInCharge);
    List<String> personNames =
        java.util.stream.Stream.of(person, leader).filter(Objects::nonNull).toList();
    if (unitNames.isEmpty() && personNames.isEmpty()) {
      return r;
    }
    Map<String, DirectoryUnit> units =
        unique(unitNames, UnitNames::written, dir::unsealedUnitsNamed, u -> u.name);
    Map<String, DirectoryPerson> people =
        unique(personNames, PersonNames::written, dir::unsealedPeopleNamed, p -> p.name);
    if (units.isEmpty() && people.isEmpty()) {
      return r;
    }
    Function<List<ResponsibleUnitInput>, List<ResponsibleUnitInput>> linkUnits =
        list ->
            list == null
                ? null
                : list.stream()
                    .map(
                        u -> {
                          DirectoryUnit d =
                              blank(u.externalId()) && !blank(u.name()) && !kept(current, u.name())
                                  ? units.get(UnitNames.written(u.name()))
                                  : null;
                          return d == null ? u : new ResponsibleUnitInput(d.name, d.externalId);
                        })
                    .toList();
    DirectoryPerson p = person == null ? null : people.get(PersonNames.written(person));
    DirectoryPerson l = leader == null ? null : people.get(PersonNames.written(leader));
    TicketInput linked =
        new TicketInput(
            in.problemIds(),
            in.measure(),
            linkUnits.apply(in.responsibleUnits()),
            in.responsiblePerson(),
            in.leaderInCharge(),
            in.timing(),
            in.deadline(),
            in.reportEvery(),
            in.externalRef(),
            linkUnits.apply(in.coResponsibleUnits()),
            p == null ? in.responsiblePersonExternalId() : p.externalId,
            l == null ? in.leaderInChargeExternalId() : l.externalId);
    Map<String, String> peopleNames = new HashMap<>(r.people());
    people.values().forEach(x -> peopleNames.put(x.externalId, PersonNames.written(x.name)));
    Map<String, String> unitNamesById = new HashMap<>(r.units());
    units.values().forEach(x -> unitNamesById.put(x.externalId, x.name));
    return new ResolvedInput(linked, peopleNames, unitNamesById);
  }

  /**
   * Open tickets linked per transaction by {@link #relinkBatch}: small enough that a batch ends in
   * a few seconds on a busy machine, far from the transaction timeout (a transaction the reaper
   * cancels mid-statement can leave its connection unusable; docs/decisions/0345).
   */
  static final int RELINK_BATCH = 100;

  /** How many tickets a batch took and how many of them it linked. */
  record Relinked(int taken, int linked) {}

  /**
   * The unlinked names of open tickets that exactly one unsealed directory entry has: decided by
   * the database (partial indexes on the unlinked names), so tickets naming a name the directory
   * lacks, or has twice, are never loaded.
   */
  static final String LINKABLE =
      "select t.* from ticket t join (select u.ticket_id as id from ticket_unit u join"
          + " (select name from directory_unit where not sealed group by name"
          + " having count(*) = 1) d on d.name = u.name where u.external_id is null"
          + " union select u.ticket_id from ticket_co_unit u join (select name from"
          + " directory_unit where not sealed group by name having count(*) = 1) d"
          + " on d.name = u.name where u.external_id is null"
          + " union select x.id from ticket x join (select name from directory_person where not"
          + " sealed group by name having count(*) = 1) p on p.name = x.responsible_person"
          + " where x.responsible_person_external_id is null"
          + " and "
          + TicketWorkflow.openSql("x")
          + " union select x.id from ticket x join (select name from directory_person where not"
          + " sealed group by name having count(*) = 1) p on p.name = x.leader_in_charge"
          + " where x.leader_in_charge_external_id is null"
          + " and "
          + TicketWorkflow.openSql("x")
          + ") c on c.id = t.id where "
          + TicketWorkflow.openSql("t")
          + " order by t.seq limit "
          + RELINK_BATCH
          + " for update of t skip locked";

  /**
   * After the directory changed (a PUT, a sync; run in the background by {@link DirectoryRelinks}):
   * up to {@link #RELINK_BATCH} open tickets naming a unit or person without an id, where the
   * directory now has exactly one unsealed entry of that name, are linked to it by the system
   * (history entry, {@code ticket.updated}; its open to-dos follow). Tickets being written are
   * skipped and taken next time, so several replicas never link one ticket twice.
   */
  @Transactional
  Relinked relinkBatch() {
    @SuppressWarnings("unchecked")
    List<Ticket> open =
        Ticket.getEntityManager().createNativeQuery(LINKABLE, Ticket.class).getResultList();
    if (open.isEmpty()) {
      return new Relinked(0, 0);
    }
    // The directory is asked once for every name these tickets give (the same rule as on
    // creation, in the names' written form).
    Set<String> unitNames = new LinkedHashSet<>();
    Set<String> personNames = new LinkedHashSet<>();
    for (Ticket t : open) {
      all(t.responsibleUnits, t.coResponsibleUnits).stream()
          .filter(u -> u.externalId == null)
          .forEach(u -> unitNames.add(u.name));
      if (t.responsiblePersonExternalId == null && t.responsiblePerson != null) {
        personNames.add(t.responsiblePerson);
      }
      if (t.leaderInChargeExternalId == null && t.leaderInCharge != null) {
        personNames.add(t.leaderInCharge);
      }
    }
    Map<String, DirectoryUnit> units = uniqueUnits(unitNames);
    Map<String, DirectoryPerson> people = uniquePeople(personNames);
    if (units.isEmpty() && people.isEmpty()) {
      return new Relinked(open.size(), 0);
    }
    Instant now = clock.now();
    int linked = 0;
    for (Ticket t : open) {
      TicketSnapshot before = TicketSnapshot.of(t);
      for (List<ResponsibleUnit> list : List.of(t.responsibleUnits, t.coResponsibleUnits)) {
        for (int i = 0; i < list.size(); i++) {
          ResponsibleUnit u = list.get(i);
          DirectoryUnit d = u.externalId == null ? units.get(UnitNames.written(u.name)) : null;
          if (d != null) {
            list.set(i, new ResponsibleUnit(u.name, d.externalId));
          }
        }
      }
      if (t.responsiblePersonExternalId == null && t.responsiblePerson != null) {
        DirectoryPerson p = people.get(PersonNames.written(t.responsiblePerson));
        t.responsiblePersonExternalId = p == null ? null : p.externalId;
      }
      if (t.leaderInChargeExternalId == null && t.leaderInCharge != null) {
        DirectoryPerson p = people.get(PersonNames.written(t.leaderInCharge));
        t.leaderInChargeExternalId = p == null ? null : p.externalId;
      }
      var changes = before.changesTo(TicketSnapshot.of(t));
      if (!changes.isEmpty()) {
        history.record(
            t, Actor.SYSTEM, "update", t.status, RELINK_REASON, now, changes, "ticket.updated");
        linked++;
      }
    }
    Ticket.getEntityManager().flush();
    return new Relinked(open.size(), linked);
  }

  /**
   * The one unsealed unit of each name (by its written form); names two units have are left out.
   */
  static Map<String, DirectoryUnit> uniqueUnits(Collection<String> names) {
    return unique(
        names,
        UnitNames::written,
        wanted -> DirectoryUnit.<DirectoryUnit>list("sealed = false and name in ?1", wanted),
        u -> u.name);
  }

  /** The one unsealed person of each name (by its written form); namesakes are left out. */
  static Map<String, DirectoryPerson> uniquePeople(Collection<String> names) {
    return unique(
        names,
        PersonNames::written,
        wanted -> DirectoryPerson.<DirectoryPerson>list("sealed = false and name in ?1", wanted),
        p -> p.name);
  }

  /** The entries {@code lookup} finds for the names, keyed by written form, where one has it. */
  private static <E> Map<String, E> unique(
      Collection<String> names,
      java.util.function.UnaryOperator<String> written,
      java.util.function.Function<Set<String>, List<E>> lookup,
      java.util.function.Function<E, String> nameOf) {
    Map<String, E> out = new HashMap<>();
    if (names.isEmpty()) {
      return out;
    }
    Set<String> wanted = new LinkedHashSet<>();
    names.forEach(
        n -> {
          wanted.add(n.strip());
          wanted.add(written.apply(n));
        });
    Map<String, List<E>> byName = new HashMap<>();
    lookup
        .apply(wanted)
        .forEach(
            e ->
                byName
                    .computeIfAbsent(written.apply(nameOf.apply(e)), x -> new ArrayList<>())
                    .add(e));
    byName.forEach(
        (x, v) -> {
          if (v.size() == 1) {
            out.put(x, v.get(0));
          }
        });
    return out;
  }

  private static String linkable(String name, String id, Ticket current, String currentName) {
    if (blank(name) || !blank(id)) {
      return null;
    }
    return current != null && Objects.equals(PersonNames.written(name), currentName)
        ? null
        : name.strip();
  }

  /**
   * The edited ticket has this unit already (linked later by the directory's change, if at all).
   */
  private static boolean kept(Ticket current, String name) {
    return current != null
        && all(current.responsibleUnits, current.coResponsibleUnits).stream()
            .anyMatch(u -> UnitNames.written(u.name).equals(UnitNames.written(name)));
  }

  private static <T> List<T> all(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>();
    if (a != null) {
      out.addAll(a);
    }
    if (b != null) {
      out.addAll(b);
    }
    return out;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
