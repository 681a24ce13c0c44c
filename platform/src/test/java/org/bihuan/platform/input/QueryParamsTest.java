package org.bihuan.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.problem.ApiProblem;
import org.bihuan.platform.problem.FieldError;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

  enum State {
    OPEN,
    CLOSED
  }

  @Test
  void absentAndBlankValuesAreNullAndValuesAreReadStripped() {
    QueryParams q = new QueryParams();
    assertNull(q.text("  "));
    assertEquals("办公室", q.text(" 办公室 "));
    assertNull(q.uuid("id", ""));
    assertNull(q.oneOf("state", null, State.class));
    assertEquals(List.of(), q.anyOf("state", " ", State.class));
    assertNull(q.bool("overdue", null));
    assertFalse(q.flag("dryRun", null));
    assertNull(q.date("from", ""));
    UUID id = UUID.randomUUID();
    assertEquals(id, q.uuid("id", " " + id + " "));
    assertEquals(State.OPEN, q.oneOf("state", "open", State.class));
    assertEquals(
        List.of(State.CLOSED, State.OPEN), q.anyOf("state", "Closed,OPEN,closed", State.class));
    assertTrue(q.flag("dryRun", "YES"));
    assertEquals(Boolean.FALSE, q.bool("overdue", "0"));
    assertEquals(LocalDate.of(2024, 6, 30), q.date("from", "2024-06-30"));
    q.check();
  }

  @Test
  void everyInvalidParameterIsNamedInOne400() {
    QueryParams q = new QueryParams();
    q.uuid("sourceId", "abc");
    q.anyOf("status", "OPEN,,SHUT", State.class);
    q.bool("overdue", "maybe");
    q.date("to", "2024-13-01");
    q.error("to", "must not be before from");
    ApiProblem e = assertThrows(ApiProblem.class, q::check);
    assertEquals(400, e.status());
    assertEquals(
        List.of("sourceId", "status", "status", "overdue", "to", "to"),
        e.errors().stream().map(FieldError::field).toList());
    assertTrue(
        e.detail().startsWith("sourceId: must be a UUID; status: must be one of [OPEN, CLOSED]"),
        e.detail());
  }
}
