package org.bihuan.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.bihuan.platform.error.ApiProblem;
import org.junit.jupiter.api.Test;

/** RFC 9110 entity-tag comparison: strong for If-Match, weak for If-None-Match. */
class VersionsTest {

  @Test
  void ifMatchComparesStronglySoAWeakTagIsAPreconditionFailure() {
    ApiProblem p = assertThrows(ApiProblem.class, () -> Versions.checkIfMatch("W/\"0\"", 0));
    assertEquals(412, p.status());
    assertDoesNotThrow(() -> Versions.checkIfMatch("\"0\"", 0));
    assertDoesNotThrow(() -> Versions.checkIfMatch("0", 0));
    assertDoesNotThrow(() -> Versions.checkIfMatch("W/\"0\", \"0\"", 0));
    assertDoesNotThrow(() -> Versions.checkIfMatch("*", 7));
    assertThrows(ApiProblem.class, () -> Versions.checkIfMatch("\"1\"", 0));
  }

  @Test
  void aWeakTagOfTheCurrentVersionIsToldToDropItsWeakMarkNotToReadAgain() {
    ApiProblem weak =
        assertThrows(ApiProblem.class, () -> Versions.checkIfMatch("W/\"3@2026-12-01\"", 3));
    assertTrue(weak.detail().contains("weak tag"), weak.detail());
    assertTrue(weak.detail().contains("(If-Match: \"3@2026-12-01\")"), weak.detail());
    assertFalse(weak.detail().contains("read the resource again"), weak.detail());
    ApiProblem stale = assertThrows(ApiProblem.class, () -> Versions.checkIfMatch("W/\"2\"", 3));
    assertTrue(stale.detail().contains("read the resource again"), stale.detail());
  }

  @Test
  void ifNoneMatchComparesWeakly() {
    assertTrue(Versions.anyMatches("W/\"0\"", 0, true));
    assertTrue(Versions.anyMatches("\"0\"", 0, true));
    assertFalse(Versions.anyMatches("W/\"1\"", 0, true));
    assertFalse(Versions.anyMatches("W/\"0\"", 0, false));
  }

  @Test
  void aDatedTagNamesItsVersionForIfMatchButOnlyItsDayForIfNoneMatch() {
    LocalDate day = LocalDate.of(2026, 12, 2);
    String tag = Versions.etag(3, day).toString();
    assertEquals("\"3@2026-12-02\"", tag);
    // A write depends on the stored row: yesterday's tag of version 3 still names version 3.
    assertDoesNotThrow(() -> Versions.checkIfMatch("\"3@2026-12-01\"", 3));
    assertDoesNotThrow(() -> Versions.checkIfMatch(tag, 3));
    assertThrows(ApiProblem.class, () -> Versions.checkIfMatch(tag, 4));
    assertThrows(ApiProblem.class, () -> Versions.checkIfMatch("W/" + tag, 3));
    // A tag this service never gives names no version, whatever stands before its @.
    assertThrows(ApiProblem.class, () -> Versions.checkIfMatch("\"3@garbage\"", 3));
    assertThrows(ApiProblem.class, () -> Versions.checkIfMatch("\"3@\"", 3));
    assertThrows(ApiProblem.class, () -> Versions.checkIfMatch("\"3@2026-13-01\"", 3));
    // A read depends on the day too: only today's tag is "not modified".
    assertTrue(Versions.noneMatchNames(tag, "3@2026-12-02"));
    assertTrue(Versions.noneMatchNames("W/" + tag, "3@2026-12-02"));
    assertFalse(Versions.noneMatchNames("\"3@2026-12-01\"", "3@2026-12-02"));
    assertFalse(Versions.noneMatchNames("\"3\"", "3@2026-12-02"));
    assertTrue(Versions.noneMatchNames("\"9\", *", "3@2026-12-02"));
  }
}
