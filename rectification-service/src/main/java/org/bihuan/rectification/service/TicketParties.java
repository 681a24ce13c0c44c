package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bihuan.rectification.FieldChange;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.TicketHistoryEntry;

/** The parties of a ticket, by name and, where the directory knows them, by id (0188, 0204). */
@ApplicationScoped
public class TicketParties {

  @Inject DirectoryIdentities directory;

  /**
   * Who answers for the ticket, over every round (docs/decisions/0050, 0091, 0188): its responsible
   * person and its leader in charge, now and every earlier one (from the edits' recorded old
   * values), and whoever ever submitted it. A reopen starts a new round but does not make an
   * earlier party fit to verify.
   */
  Parties of(Ticket t) {
    // Only the entries that can name a party, so the read does not grow with the ticket's
    // submits and rejects (docs/decisions/0294): every entry that changed fields (the walk back
    // below) and, for each submitter with the people his claims named, his latest submit (its
    // name is the one kept; the people of all his submits are in these rows).
    List<TicketHistoryEntry> entries =
        TicketHistoryEntry.<TicketHistoryEntry>list(
            "ticketId = ?1 and (changes is not null or id in (select max(s.id) from"
                + " TicketHistoryEntry s where s.ticketId = ?1 and s.action = 'submit'"
                + " group by s.actorId, s.actorPersonIds)) order by id",
            t.id);
    PartyNames names = new PartyNames();
    Set<String> subjects = new LinkedHashSet<>();
    // Each party field's (name, id) as it is now and as it was before every edit, walking the
    // edits back from now: an edit that changed only the id paired the name of that time with
    // both its old and its new id (0216).
    for (String field : List.of("responsiblePerson", "leaderInCharge")) {
      String name = "responsiblePerson".equals(field) ? t.responsiblePerson : t.leaderInCharge;
      String id =
          "responsiblePerson".equals(field)
              ? t.responsiblePersonExternalId
              : t.leaderInChargeExternalId;
      names.add(name, id);
      for (int i = entries.size() - 1; i >= 0; i--) {
        FieldChange nameChange = change(entries.get(i), field);
        FieldChange idChange = change(entries.get(i), field + "ExternalId");
        if (nameChange != null) {
          name = nameChange.from();
        }
        if (idChange != null) {
          id = idChange.from();
        }
        if (nameChange != null || idChange != null) {
          names.add(name, id);
        }
      }
    }
    Map<String, String> submitters = new LinkedHashMap<>();
    Map<String, Set<String>> submitterPeople = new HashMap<>();
    for (TicketHistoryEntry h : entries) {
      if ("submit".equals(h.action)) {
        subjects.add(h.actorId);
        submitters.put(h.actorId, h.actorName);
        // Every person his claims named when he submitted, not his subject's alone (0249): a
        // person with two sign-ons is the same submitter under either.
        submitterPeople
            .computeIfAbsent(h.actorId, s -> new LinkedHashSet<>())
            .addAll(h.actorPersonIds);
      }
    }
    Map<String, String> submitterIds = directory.peopleOfSubjects(submitters.keySet());
    submitters.forEach(
        (subject, name) -> {
          Set<String> people = new LinkedHashSet<>(submitterPeople.get(subject));
          if (submitterIds.get(subject) != null) {
            people.add(submitterIds.get(subject));
          }
          if (people.isEmpty()) {
            names.add(name, null);
          }
          people.forEach(person -> names.add(name, person));
        });
    // A party the directory knows is also called by the name it gives him now: renamed there
    // after the ticket named him, he is still a party by that name (0217).
    // And by the names it gave him before a renaming, as a former login is still his (0238):
    // both in one read (0380), the former names kept for the people it knows now.
    DirectoryIdentities.Names directoryNames = directory.namesOf(Set.copyOf(names.ids));
    directoryNames.now().forEach((id, name) -> names.add(name, id));
    directoryNames
        .before()
        .forEach(
            (id, former) -> {
              if (directoryNames.now().containsKey(id)) {
                former.forEach(name -> names.add(name, id));
              }
            });
    return new Parties(
        Set.copyOf(names.all),
        Set.copyOf(subjects),
        Set.copyOf(names.ids),
        names.identified(directoryNames.now().keySet()));
  }

  /**
   * The parties of a round with the requester of an extension (docs/decisions/0091, 0238, 0249):
   * his subject and name, every directory person his login claims named when he asked and the
   * person his subject was the login of, with that person's names now and before a renaming — so
   * that, after the directory changed his login, his new login still cannot decide his own request.
   */
  Parties withRequester(Parties round, String subject, String name, Set<String> people) {
    Set<String> names = new LinkedHashSet<>(round.names());
    Set<String> subjects = new LinkedHashSet<>(round.subjects());
    Set<String> ids = new LinkedHashSet<>(round.directoryIds());
    if (name != null) {
      names.add(name);
    }
    // Every person the requester's claims named when he asked (0249), and the person his subject
    // is the login of (requests recorded before those were).
    Set<String> requester = new LinkedHashSet<>(people == null ? Set.of() : people);
    if (subject != null) {
      subjects.add(subject);
      String person = directory.peopleOfSubjects(List.of(subject)).get(subject);
      if (person != null) {
        requester.add(person);
      }
    }
    if (!requester.isEmpty()) {
      ids.addAll(requester);
      DirectoryIdentities.Names known = directory.namesOf(requester);
      names.addAll(known.now().values());
      known.before().values().forEach(names::addAll);
    }
    return new Parties(
        Set.copyOf(names), Set.copyOf(subjects), Set.copyOf(ids), round.identified());
  }

  private static FieldChange change(TicketHistoryEntry h, String field) {
    for (FieldChange c : h.changes == null ? List.<FieldChange>of() : h.changes) {
      if (field.equals(c.field())) {
        return c;
      }
    }
    return null;
  }

  /** The parties' names, each with the directory ids it came with (0204, 0216). */
  private static final class PartyNames {
    final Set<String> all = new LinkedHashSet<>();
    final Set<String> ids = new LinkedHashSet<>();
    final Map<String, Set<String>> idsOfName = new HashMap<>();

    void add(String name, String id) {
      if (id != null) {
        ids.add(id);
      }
      if (name == null) {
        return;
      }
      all.add(name);
      idsOfName.computeIfAbsent(name, n -> new HashSet<>()).add(id == null ? "" : id);
    }

    /**
     * Names that came, every time, with the id of a person the directory knows: only those stand
     * for a directory identity. An id the directory does not know (kept as given, as tickets were
     * written before the directory) identifies nobody, so its name is compared as a name.
     */
    Set<String> identified(Set<String> known) {
      Set<String> out = new HashSet<>();
      idsOfName.forEach(
          (name, withIds) -> {
            if (known.containsAll(withIds)) {
              out.add(name);
            }
          });
      return Set.copyOf(out);
    }
  }
}
