package org.bihuan.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bihuan.platform.problem.ApiProblem;
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
  void ifNoneMatchComparesWeakly() {
    assertTrue(Versions.anyMatches("W/\"0\"", 0, true));
    assertTrue(Versions.anyMatches("\"0\"", 0, true));
    assertFalse(Versions.anyMatches("W/\"1\"", 0, true));
    assertFalse(Versions.anyMatches("W/\"0\"", 0, false));
  }
}
