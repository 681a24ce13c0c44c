package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.bihuan.rectification.FieldChange;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.TicketHistoryEntry;

/** The parties of a ticket, by name and, where the directory knows them, by id (0188, 0204). */
@ApplicationScoped
public class TicketParties {

  @Inject Directory directory;

  /**
   * Who answers for the ticket, over every round (docs/decisions/0050, 0091, 0188): its responsible
   * person and its leader in charge, now and every earlier one (from the edits' recorded old
   * values), and whoever ever submitted it. A reopen starts a new round but does not make an
   * earlier party fit to verify.
   */
  Parties of(Ticket t) {
    List<TicketHistoryEntry> entries =
        TicketHistoryEntry.<TicketHistoryEntry>list("ticketId = ?1 order by id", t.id);
    PartyNames names = new PartyNames();
    Set<String> subjects = new LinkedHashSet<>();
    names.add(t.responsiblePerson, t.responsiblePersonExternalId);
    names.add(t.leaderInCharge, t.leaderInChargeExternalId);
    Map<String, String> submitters = new LinkedHashMap<>();
    for (TicketHistoryEntry h : entries) {
      Map<String, FieldChange> changed = new HashMap<>();
      for (FieldChange c : h.changes == null ? List.<FieldChange>of() : h.changes) {
        changed.put(c.field(), c);
      }
      for (String field : List.of("responsiblePerson", "leaderInCharge")) {
        FieldChange name = changed.get(field);
        FieldChange id = changed.get(field + "ExternalId");
        if (name != null) {
          // A name is known by its id only where the same edit recorded both.
          names.add(name.from(), id == null ? null : id.from());
          names.add(name.to(), id == null ? null : id.to());
        } else if (id != null) {
          names.ids.addAll(Stream.of(id.from(), id.to()).filter(Objects::nonNull).toList());
        }
      }
      if ("submit".equals(h.action)) {
        subjects.add(h.actorId);
        submitters.put(h.actorId, h.actorName);
      }
    }
    Map<String, String> submitterIds = directory.peopleOfSubjects(submitters.keySet());
    submitters.forEach((subject, name) -> names.add(name, submitterIds.get(subject)));
    return new Parties(
        Set.copyOf(names.all), Set.copyOf(subjects), Set.copyOf(names.ids), names.identified());
  }

  /** The parties' names, each known by a directory id or not (0204). */
  private static final class PartyNames {
    final Set<String> all = new LinkedHashSet<>();
    final Set<String> ids = new LinkedHashSet<>();
    final Set<String> withId = new HashSet<>();
    final Set<String> withoutId = new HashSet<>();

    void add(String name, String id) {
      if (id != null) {
        ids.add(id);
      }
      if (name == null) {
        return;
      }
      all.add(name);
      (id == null ? withoutId : withId).add(name);
    }

    /** Names that came with an id every time. */
    Set<String> identified() {
      Set<String> out = new HashSet<>(withId);
      out.removeAll(withoutId);
      return Set.copyOf(out);
    }
  }
}
