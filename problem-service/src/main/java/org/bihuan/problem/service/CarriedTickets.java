package org.bihuan.problem.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.problem.ImportedMeasure;
import org.bihuan.problem.Problem;
import org.bihuan.problem.client.TicketSummary;
import org.bihuan.problem.importing.ParsedMeasure;

/**
 * What a replacement says of the tickets of its kept problems' measures, dry run and real import
 * alike (docs/decisions/0312, 0318): a measure the document rewords carries its ticket, which keeps
 * its own wording; a measure whose deadline the document gives otherwise than the ticket's current
 * one carries its ticket, which keeps its deadline until an extension moves it; a measure the
 * document drops leaves its ticket as it is, and the ticket is named. An import writes nothing into
 * a ticket.
 */
final class CarriedTickets {

  private CarriedTickets() {}

  /**
   * The warnings, problem by problem in the document's order; {@code tickets}: the tickets the
   * rectification service answered, by id (empty when it could not be asked): a ticket's current
   * deadline and state are its answer's, else the replaced import's date is compared.
   */
  static List<String> said(ReplacedProblems.Fates fates, Map<UUID, TicketSummary> tickets) {
    List<String> said = new ArrayList<>();
    for (int i = 0; i < fates.kept().size(); i++) {
      Problem p = fates.kept().get(i);
      if (p == null) {
        continue;
      }
      String problem = "Problem " + p.number + " 「" + ImportAnswers.start(p.title) + "」";
      List<ParsedMeasure> measures = fates.given().get(i).measures();
      for (int j = 0; j < measures.size(); j++) {
        ImportedMeasure was = fates.carried().get(i).get(j);
        if (was == null) {
          continue;
        }
        ParsedMeasure now = measures.get(j);
        String measure = problem + ", measure 「" + ImportAnswers.start(now.measure()) + "」";
        if (!MeasureCounterparts.sameText(was.measure, now.measure())) {
          said.add(
              measure
                  + " rewords 「"
                  + ImportAnswers.start(was.measure)
                  + "」 of the earlier import: its ticket "
                  + was.ticketNumber
                  + " is carried over and keeps its own wording until it is edited (PUT"
                  + " /api/v1/tickets/"
                  + was.ticketId
                  + ").");
        }
        TicketSummary ticket = tickets.get(was.ticketId);
        LocalDate current = ticket == null ? was.deadline : ticket.effectiveDeadline();
        if (current != null && now.deadline() != null && !now.deadline().equals(current)) {
          said.add(
              measure
                  + ": the document moves its deadline from "
                  + current
                  + " to "
                  + now.deadline()
                  + "; its ticket "
                  + was.ticketNumber
                  + " keeps its deadline until an extension moves it (POST /api/v1/tickets/"
                  + was.ticketId
                  + "/extensions).");
        }
      }
      for (ImportedMeasure gone : fates.dropped().get(i)) {
        TicketSummary ticket = tickets.get(gone.ticketId);
        said.add(
            problem
                + ": the document no longer has its measure 「"
                + ImportAnswers.start(gone.measure)
                + "」; its ticket "
                + gone.ticketNumber
                + (ticket == null || ticket.status() == null ? "" : " (" + ticket.status() + ")")
                + " is not carried over and stays as it is. Cancel it (POST /api/v1/tickets/"
                + gone.ticketId
                + "/cancel) if its work is no longer due, or keep the measure in the document.");
      }
    }
    return said;
  }

  /** The ids of the tickets the kept problems' measures carry or leave behind. */
  static List<UUID> named(ReplacedProblems.Fates fates) {
    List<UUID> ids = new ArrayList<>();
    fates
        .carried()
        .forEach(c -> c.stream().filter(m -> m != null).forEach(m -> ids.add(m.ticketId)));
    fates.dropped().forEach(d -> d.forEach(m -> ids.add(m.ticketId)));
    return ids;
  }
}
