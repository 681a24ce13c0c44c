package org.bihuan.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
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

  @Test
  void aSwitchGivenWithoutAValueIsRefusedNotReadAsFalse() {
    QueryParams q = new QueryParams();
    q.flag("dryRun", "");
    q.flag("replace", " ");
    q.flag("createTickets", null, "dryRun=true&createTickets");
    q.flag("dryRun", null, "dryRun=&replace=false");
    assertFalse(q.flag("replace", null, "dryRun=true&replaced"));
    ApiProblem e = assertThrows(ApiProblem.class, q::check);
    assertEquals(
        List.of("dryRun", "replace", "createTickets", "dryRun"),
        e.errors().stream().map(FieldError::field).toList());
    QueryParams filters = new QueryParams();
    assertNull(filters.bool("overdue", ""));
    filters.check();
  }

  @Test
  void aWordIsOneOfTheListedOnesAsWrittenOrInAnyCase() {
    QueryParams q = new QueryParams();
    List<String> formats = List.of("json", "csv", "xlsx");
    assertEquals("csv", q.word("format", " CSV ", null, true, formats));
    assertEquals("week", q.word("interval", "", "week", false, List.of("day", "week")));
    assertEquals("unit", q.word("by", " unit ", null, false, List.of("unit", "leader")));
    q.check();
    assertNull(q.word("by", "UNIT", null, false, List.of("unit", "leader")));
    assertNull(q.word("by", null, null, false, List.of("unit", "leader")));
    assertNull(q.word("format", "pdf", null, true, formats));
    ApiProblem e = assertThrows(ApiProblem.class, q::check);
    assertEquals(
        List.of(
            new FieldError("by", "must be one of unit, leader"),
            new FieldError("by", "must be one of unit, leader"),
            new FieldError("format", "must be one of json, csv, xlsx")),
        e.errors());
  }

  @Test
  void aWholeNumberIsPlainAsciiDigitsInItsRange() {
    QueryParams q = new QueryParams();
    assertEquals(100, q.wholeNumber("limit", null, 100, 1, 1000));
    assertEquals(100, q.wholeNumber("limit", "", 100, 1, 1000));
    assertEquals(7, q.wholeNumber("limit", "7", 100, 1, 1000));
    assertEquals(
        Long.MAX_VALUE, q.wholeNumber("after", "9223372036854775807", 0, 0, Long.MAX_VALUE));
    q.check();
    assertEquals(100, q.wholeNumber("limit", "０", 100, 1, 1000));
    assertEquals(0, q.wholeNumber("after", "٥", 0, 0, Long.MAX_VALUE));
    assertEquals(0, q.wholeNumber("wait", " 5", 0, 0, 30));
    assertEquals(0, q.wholeNumber("wait", "31", 0, 0, 30));
    assertEquals(0, q.wholeNumber("after", "-1", 0, 0, Long.MAX_VALUE));
    assertEquals(0, q.wholeNumber("after", "9223372036854775808", 0, 0, Long.MAX_VALUE));
    assertEquals(100, q.wholeNumber("limit", "9999999999999999999", 100, 1, 1000));
    ApiProblem e = assertThrows(ApiProblem.class, q::check);
    assertEquals(
        List.of("limit", "after", "wait", "wait", "after", "after", "limit"),
        e.errors().stream().map(FieldError::field).toList());
    assertEquals("must be a whole number from 0 to 30", e.errors().get(2).message());
    assertEquals(
        "must be a whole number from 0 to 9223372036854775807", e.errors().get(5).message());
    assertEquals("must be a whole number from 1 to 1000", e.errors().get(6).message());
  }
}
