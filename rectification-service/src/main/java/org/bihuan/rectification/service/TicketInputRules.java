package org.bihuan.rectification.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bihuan.platform.problem.ApiProblem;
import org.bihuan.platform.problem.FieldError;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.rest.ResponsibleUnitInput;
import org.bihuan.rectification.rest.TicketInput;

/**
 * Rules of a ticket input that span its fields (bean validation covers each field on its own), for
 * one ticket and for each item of a batch.
 */
public final class TicketInputRules {

  private TicketInputRules() {}

  /** Rules that span fields of one input; {@code prefix} is "" or e.g. "tickets[3].". */
  public static List<FieldError> crossFieldErrors(TicketInput in, String prefix) {
    List<FieldError> errors = new ArrayList<>();
    if (in.timing() == Ticket.Timing.DEADLINE && in.deadline() == null) {
      errors.add(new FieldError(prefix + "deadline", "is required when timing is DEADLINE"));
    }
    if (in.timing() == Ticket.Timing.LONG_TERM && in.deadline() != null) {
      errors.add(
          new FieldError(
              prefix + "deadline", "must be empty when timing is LONG_TERM (长期坚持 has none)"));
    }
    if (in.problemIds() != null && new HashSet<>(in.problemIds()).size() < in.problemIds().size()) {
      errors.add(new FieldError(prefix + "problemIds", "lists a problem more than once"));
    }
    for (String list : List.of("responsibleUnits", "coResponsibleUnits")) {
      List<ResponsibleUnitInput> units =
          list.equals("responsibleUnits") ? in.responsibleUnits() : in.coResponsibleUnits();
      for (int i = 0; units != null && i < units.size(); i++) {
        ResponsibleUnitInput u = units.get(i);
        if (u != null && blank(u.name()) && blank(u.externalId())) {
          errors.add(
              new FieldError(
                  prefix + list + "[" + i + "].name",
                  "is required unless externalId names a unit of the directory"));
        }
      }
    }
    Set<String> names = new HashSet<>();
    if (in.responsibleUnits() != null) {
      for (ResponsibleUnitInput u : in.responsibleUnits()) {
        if (u != null && !blank(u.name()) && !names.add(u.name().strip())) {
          errors.add(
              new FieldError(
                  prefix + "responsibleUnits", "lists unit '" + u.name().strip() + "' twice"));
        }
      }
    }
    if (in.coResponsibleUnits() != null) {
      Set<String> coNames = new HashSet<>();
      for (ResponsibleUnitInput u : in.coResponsibleUnits()) {
        if (u == null || blank(u.name())) {
          continue;
        }
        String name = u.name().strip();
        if (names.contains(name)) {
          errors.add(
              new FieldError(
                  prefix + "coResponsibleUnits",
                  "lists '" + name + "', which is already a responsible unit"));
        } else if (!coNames.add(name)) {
          errors.add(
              new FieldError(prefix + "coResponsibleUnits", "lists unit '" + name + "' twice"));
        }
      }
    }
    return errors;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public static void requireValid(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw ApiProblem.invalid(
          errors.stream()
              .map(f -> f.field() + ": " + f.message())
              .collect(Collectors.joining("; ")),
          errors);
    }
  }
}
