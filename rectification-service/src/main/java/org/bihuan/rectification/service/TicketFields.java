package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.text.PersonNames;
import org.bihuan.platform.text.UnitNames;
import org.bihuan.platform.time.OrganisationClock;
import org.bihuan.rectification.ProblemLink;
import org.bihuan.rectification.ResponsibleUnit;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.client.ProblemView;
import org.bihuan.rectification.config.TicketSettings;
import org.bihuan.rectification.mapping.ResponsibleUnitInput;
import org.bihuan.rectification.mapping.TicketInput;

/**
 * A ticket's fields as an input gives them, written onto the ticket on create and edit (whether two
 * inputs have the same content: {@link CreationDigests}).
 */
@ApplicationScoped
public class TicketFields {

  @Inject OrganisationClock clock;
  @Inject TicketSettings settings;
  @Inject DirectoryNames directoryNames;

  /**
   * The input with the units and people it names by directory id resolved (DirectoryNames), checked
   * again across fields: two ids may name one unit. It carries what the directory said, for the
   * edit's later questions (ResolvedInput).
   */
  ResolvedInput named(TicketInput in, String prefix, Ticket current) {
    return checked(directoryNames.resolve(in, prefix, current), in, prefix);
  }

  /**
   * A batch's item named from the directory's entries read for the whole batch ({@link
   * DirectoryNames#entriesFor}), as {@link #named(TicketInput, String, Ticket)} names one.
   */
  ResolvedInput namedInBatch(TicketInput in, String prefix, DirectoryEntries dir) {
    return checked(directoryNames.resolve(in, prefix, null, dir), in, prefix);
  }

  private static ResolvedInput checked(ResolvedInput resolved, TicketInput in, String prefix) {
    if (resolved.input() != in) {
      TicketInputRules.requireValid(TicketInputRules.crossFieldErrors(resolved.input(), prefix));
    }
    return resolved;
  }

  /**
   * Writes a new ticket's fields: no stored spelling to keep, so nothing more is asked of the
   * directory.
   */
  void applyFields(
      Ticket t,
      TicketInput in,
      Map<UUID, ProblemView> problems,
      LocalDate today,
      LocalDate latestApproved) {
    applyFields(t, ResolvedInput.unresolved(in), problems, today, latestApproved);
  }

  /** Writes the input's fields onto the ticket (created or edited) and schedules its reports. */
  void applyFields(
      Ticket t,
      ResolvedInput resolved,
      Map<UUID, ProblemView> problems,
      LocalDate today,
      LocalDate latestApproved) {
    TicketInput in = resolved.input();
    t.measure = in.measure().strip();
    Map<UUID, UUID> known = new HashMap<>();
    t.problems.forEach(p -> known.put(p.problemId, p.sourceId));
    List<ProblemLink> links = new ArrayList<>();
    for (UUID id : in.problemIds()) {
      ProblemView checked = problems.get(id);
      if (!known.containsKey(id) && checked == null) {
        // Only when a concurrent edit unlinked it between the check and the lock.
        throw ApiProblem.conflict(
            "concurrent-update",
            "The ticket's problems changed meanwhile; read it again and retry.");
      }
      UUID source = known.containsKey(id) ? known.get(id) : checked.sourceId();
      links.add(new ProblemLink(id, source));
      if (!known.containsKey(id)) {
        // Asked about again after the commit (WithdrawalRecheck), by the request or its sweep.
        t.problemsUnconfirmedSince = clock.now();
      }
    }
    t.problems.clear();
    t.problems.addAll(links);
    t.responsibleUnits.clear();
    for (ResponsibleUnitInput u : in.responsibleUnits()) {
      t.responsibleUnits.add(unit(u));
    }
    if (in.coResponsibleUnits() != null) {
      t.coResponsibleUnits.clear();
      for (ResponsibleUnitInput u : in.coResponsibleUnits()) {
        t.coResponsibleUnits.add(unit(u));
      }
    }
    String responsibleId = stripToNull(in.responsiblePersonExternalId());
    t.responsiblePerson =
        samePerson(
            resolved,
            t.responsiblePerson,
            t.responsiblePersonExternalId,
            in.responsiblePerson(),
            responsibleId);
    t.responsiblePersonExternalId = responsibleId;
    String leaderId = stripToNull(in.leaderInChargeExternalId());
    t.leaderInCharge =
        samePerson(
            resolved, t.leaderInCharge, t.leaderInChargeExternalId, in.leaderInCharge(), leaderId);
    t.leaderInChargeExternalId = leaderId;
    t.responsiblePersonKey = PersonNames.groupKey(t.responsiblePerson);
    t.leaderInChargeKey = PersonNames.groupKey(t.leaderInCharge);
    t.deadline = newDeadline(t, in, today);
    t.timing = in.timing();
    t.effectiveDeadline =
        DeadlineRules.timeBound(t.timing)
            ? DeadlineRules.effectiveDeadline(t.deadline, latestApproved)
            : null;
    t.reportEvery = in.reportEvery();
    DeadlineRules.scheduleReports(t, clock.zone());
  }

  /**
   * An edit of an IMMEDIATE ticket that leaves the deadline out keeps the one it had. A deadline
   * written anew, by creation or by an edit, lies within the bounds of DeadlineRules (400 naming
   * deadline, docs/decisions/0257, 0268); one an edit keeps as it was is not asked again.
   */
  private LocalDate newDeadline(Ticket t, TicketInput in, LocalDate today) {
    if (in.timing() == Ticket.Timing.IMMEDIATE
        && in.deadline() == null
        && t.timing == Ticket.Timing.IMMEDIATE
        && t.deadline != null) {
      return t.deadline;
    }
    if (!Objects.equals(in.deadline(), t.deadline)) {
      List<FieldError> errors = new ArrayList<>();
      TicketInputRules.deadlineInRange(in, "", today, errors);
      TicketInputRules.requireValid(errors);
    }
    return DeadlineRules.deadlineFor(in.timing(), in.deadline(), today, settings.immediateDays());
  }

  /**
   * The externalRef a ticket keeps after an edit that sends {@code sent}: the OA system's id is how
   * it finds the ticket again, so an edit that leaves it out (or sends null) keeps it, as it keeps
   * coResponsibleUnits; another value names the ticket from now on, unless another ticket has it
   * (409 with its Location). The edit holds that externalRef's lock ({@link ExternalRefLocks}), so
   * a creation naming it has committed or waits (docs/decisions/0357).
   */
  static String externalRefAfterEdit(Ticket t, String sent) {
    if (sent == null || sent.equals(t.externalRef)) {
      return t.externalRef;
    }
    Ticket other = Ticket.find("externalRef", sent).firstResult();
    if (other != null) {
      throw duplicateExternalRef(sent, other);
    }
    return sent;
  }

  static ApiProblem duplicateExternalRef(String ref, Ticket existing) {
    return ApiProblem.conflict(
            "duplicate-external-ref",
            "Ticket " + existing.number + " already has externalRef '" + ref + "'.")
        .header("Location", "/api/v1/tickets/" + existing.id)
        .with("existingId", existing.id);
  }

  private static ResponsibleUnit unit(ResponsibleUnitInput u) {
    ResponsibleUnitInput n = normalised(u);
    return new ResponsibleUnit(n.name(), n.externalId());
  }

  static List<String> unitNames(TicketInput in) {
    return in.responsibleUnits().stream().map(u -> UnitNames.written(u.name())).toList();
  }

  /**
   * The units a write gives the ticket or takes off it are the unit-bound caller's own (0239);
   * {@code before} is null for a new ticket. Co-responsible units left out (null) stay as they are.
   */
  static void requireOwnUnitChanges(Actor actor, Ticket before, TicketInput in) {
    requireOwnUnitChanges(
        actor, in, before == null ? List.of() : before.unitNames(), unitNames(in), before);
  }

  /**
   * As {@link #requireOwnUnitChanges(Actor, Ticket, TicketInput)}, with the responsible units
   * before and after as the own-unit check compares them ({@link OwnUnits}).
   */
  static void requireOwnUnitChanges(
      Actor actor,
      TicketInput in,
      List<String> unitsBefore,
      List<String> unitsAfter,
      Ticket before) {
    requireOwnUnitChanges(actor, "responsibleUnits", unitsBefore, unitsAfter);
    if (in.coResponsibleUnits() != null) {
      requireOwnUnitChanges(
          actor,
          "coResponsibleUnits",
          before == null ? List.of() : before.coResponsibleUnits.stream().map(u -> u.name).toList(),
          in.coResponsibleUnits().stream().map(u -> UnitNames.written(u.name())).toList());
    }
  }

  /**
   * A caller bound to a unit assigns work to no other unit (docs/decisions/0239): every unit a
   * write adds to or takes off the ticket's {@code field} (responsibleUnits, coResponsibleUnits) is
   * his own. Units written another way are one unit (UnitNames); callers without a unit may change
   * any.
   */
  private static void requireOwnUnitChanges(
      Actor actor, String field, Collection<String> before, Collection<String> after) {
    if (actor.unit().isEmpty()) {
      return;
    }
    List<String> others = new ArrayList<>();
    for (String name : after) {
      if (before.stream().noneMatch(b -> UnitNames.same(b, name))
          && !actor.actsFor(List.of(name))) {
        others.add(name);
      }
    }
    for (String name : before) {
      if (after.stream().noneMatch(a -> UnitNames.same(a, name)) && !actor.actsFor(List.of(name))) {
        others.add(name);
      }
    }
    if (!others.isEmpty()) {
      throw ApiProblem.forbidden(
              "Your unit '"
                  + actor.unit().get()
                  + "' adds or takes off only itself: "
                  + field
                  + " would change for "
                  + others
                  + ". Work is given to or taken from another unit by an admin acting for the whole"
                  + " organisation.")
          .with("fields", List.of(field));
    }
  }

  /**
   * The name to store for a person sent again: the stored spelling when the name sent is the same
   * person's (PersonNames.same: 李 书记 is 李书记) under the same directory id or none, so an edit that
   * writes him otherwise changes no one — no history entry, and no change of the leader in charge,
   * which only verifiers and admins make (docs/decisions/0229, 0234). Otherwise the name sent — and
   * the directory's spelling for his id, which follows the directory's renaming (as {@code
   * resolved} read it).
   */
  private static String samePerson(
      ResolvedInput resolved, String stored, String storedId, String given, String givenId) {
    String name = stripToNull(given);
    return name != null
            && stored != null
            && !name.equals(stored)
            && Objects.equals(storedId, givenId)
            && PersonNames.same(stored, name)
            && !resolved.isPersonNamed(givenId, name)
        ? stored
        : name;
  }

  static String stripToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A unit as stored: the name written as UnitNames writes it, a blank external id none. */
  static ResponsibleUnitInput normalised(ResponsibleUnitInput u) {
    return new ResponsibleUnitInput(
        UnitNames.written(u.name()),
        u.externalId() == null || u.externalId().isBlank() ? null : u.externalId().strip());
  }
}
