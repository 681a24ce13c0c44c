package org.bihuan.rectification.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
import org.bihuan.platform.text.UnitNames;
import org.bihuan.rectification.Ticket;
import org.bihuan.rectification.mapping.ResponsibleUnitInput;
import org.bihuan.rectification.mapping.TicketInput;

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
    // One unit written two ways (党委办公室, 党委 办公室, 黨委辦公室) is the same unit: compared by
    // UnitNames.key, as people's names are (docs/decisions/0223).
    Set<String> keys = new HashSet<>();
    for (String list : List.of("responsibleUnits", "coResponsibleUnits")) {
      List<ResponsibleUnitInput> units =
          list.equals("responsibleUnits") ? in.responsibleUnits() : in.coResponsibleUnits();
      Set<String> listKeys = new HashSet<>();
      for (int i = 0; units != null && i < units.size(); i++) {
        ResponsibleUnitInput u = units.get(i);
        if (u == null || blank(u.name())) {
          continue;
        }
        String invisible = UnitNames.problemIn(u.name());
        if (invisible != null) {
          errors.add(new FieldError(prefix + list + "[" + i + "].name", invisible));
          continue;
        }
        String name = UnitNames.written(u.name());
        String key = UnitNames.key(name);
        if (key.isEmpty()) {
          continue;
        }
        if (list.equals("coResponsibleUnits") && keys.contains(key)) {
          errors.add(
              new FieldError(
                  prefix + list + "[" + i + "].name",
                  "lists '" + name + "', which is already a responsible unit"));
        } else if (!listKeys.add(key)) {
          errors.add(
              new FieldError(
                  prefix + list + "[" + i + "].name",
                  "lists unit '"
                      + name
                      + "' twice (names that differ only in blanks, 繁简 or"
                      + " look-alike characters are one unit)"));
        }
      }
      if (list.equals("responsibleUnits")) {
        keys.addAll(listKeys);
      }
    }
    return errors;
  }

  /** A new ticket's deadline lies within the bounds of DeadlineRules (docs/decisions/0257). */
  public static void deadlineInRange(
      TicketInput in, String prefix, LocalDate today, List<FieldError> errors) {
    String why = DeadlineRules.deadlineOutOfRange(in.deadline(), today);
    if (why != null) {
      errors.add(new FieldError(prefix + "deadline", why));
    }
  }

  /**
   * A batch's items each checked as one ticket (prefixed "tickets[i]."), and every externalRef at
   * most once in the batch.
   */
  public static List<FieldError> batchErrors(List<TicketInput> items, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> refs = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      TicketInput in = items.get(i);
      errors.addAll(crossFieldErrors(in, "tickets[" + i + "]."));
      deadlineInRange(in, "tickets[" + i + "].", today, errors);
      if (in.externalRef() != null && !refs.add(in.externalRef())) {
        errors.add(
            new FieldError(
                "tickets[" + i + "].externalRef", "appears more than once in this batch"));
      }
    }
    return errors;
  }

  /** Where each occurrence of a problem id sits in a batch ("tickets[2].problemIds[0]"). */
  public static Map<UUID, List<String>> problemFields(List<TicketInput> items) {
    Map<UUID, List<String>> where = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      List<UUID> ids = items.get(i).problemIds();
      for (int j = 0; j < ids.size(); j++) {
        where
            .computeIfAbsent(ids.get(j), k -> new ArrayList<>())
            .add("tickets[" + i + "].problemIds[" + j + "]");
      }
    }
    return where;
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
