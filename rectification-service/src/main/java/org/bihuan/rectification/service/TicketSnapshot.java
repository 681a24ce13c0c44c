package org.bihuan.rectification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bihuan.rectification.FieldChange;
import org.bihuan.rectification.Ticket;

/** The fields an edit may change, as text, to tell whether it changed anything and what. */
record TicketSnapshot(Map<String, String> fields) {
  static TicketSnapshot of(Ticket t) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("problemIds", json(t.problems.stream().map(p -> p.problemId.toString()).toList()));
    f.put("measure", t.measure);
    f.put(
        "responsibleUnits",
        json(
            t.responsibleUnits.stream()
                .map(u -> u.externalId == null ? u.name : u.name + " (" + u.externalId + ")")
                .toList()));
    f.put(
        "coResponsibleUnits",
        json(
            t.coResponsibleUnits.stream()
                .map(u -> u.externalId == null ? u.name : u.name + " (" + u.externalId + ")")
                .toList()));
    f.put("responsiblePerson", t.responsiblePerson);
    f.put("responsiblePersonExternalId", t.responsiblePersonExternalId);
    f.put("leaderInCharge", t.leaderInCharge);
    f.put("leaderInChargeExternalId", t.leaderInChargeExternalId);
    f.put("timing", t.timing == null ? null : t.timing.name());
    f.put("deadline", t.deadline == null ? null : t.deadline.toString());
    f.put("reportEvery", t.reportEvery == null ? null : t.reportEvery.name());
    f.put("externalRef", t.externalRef);
    return new TicketSnapshot(f);
  }

  List<FieldChange> changesTo(TicketSnapshot after) {
    return fields.keySet().stream()
        .filter(k -> !Objects.equals(fields.get(k), after.fields.get(k)))
        .map(k -> new FieldChange(k, fields.get(k), after.fields.get(k)))
        .toList();
  }

  private static final ObjectMapper LISTS = new ObjectMapper();

  private static String json(List<String> values) {
    try {
      return LISTS.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
