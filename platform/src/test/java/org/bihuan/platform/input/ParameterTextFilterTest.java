package org.bihuan.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The header rule, with its quick path for plain values, refuses exactly what it refused. */
class ParameterTextFilterTest {

  /** The rule as it was before the quick path: every value through the copy and the full check. */
  private static String fullCheck(String value) {
    return SafeText.problemInLine(value.replace('\t', ' ').replaceAll("[\u0080-\u00ff]", " "));
  }

  @Test
  void everyCharacterAloneOrInsideATokenIsJudgedAsByTheFullCheck() {
    String token = "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ2aWV3ZXIifQ.c2ln-_";
    for (int c = 0; c <= 0xFFFF; c++) {
      String alone = String.valueOf((char) c);
      assertEquals(fullCheck(alone), ParameterTextFilter.headerProblem(alone), "U+" + c);
      String inside = token + (char) c + token;
      assertEquals(fullCheck(inside), ParameterTextFilter.headerProblem(inside), "U+" + c);
    }
  }

  @Test
  void aTokenPassesAndAControlCharacterInItIsNamedWithItsPosition() {
    assertNull(ParameterTextFilter.headerProblem("Bearer abc.DEF-_~+/=\tx\u00e9"));
    assertNull(ParameterTextFilter.headerProblem(null));
    String refused = ParameterTextFilter.headerProblem("Bearer abc\u0000def");
    assertNotNull(refused);
    assertEquals("contains the control character U+0000 at position 10", refused);
    assertEquals(
        "contains the control character U+007F at position 1",
        ParameterTextFilter.headerProblem("a\u007f"));
    assertEquals(
        "contains the bidirectional override U+202E at position 0",
        ParameterTextFilter.headerProblem("\u202e"));
  }

  /**
   * The request target's quick path (docs/decisions/0286) passes only targets whose every decoded
   * segment, name and value the full check passes: no percent sign, nothing beyond ASCII, nothing a
   * URI may not hold unencoded.
   */
  @Test
  void aTargetPassesTheQuickPathOnlyWhenNothingInItCouldBeRefused() {
    assertTrue(ParameterTextFilter.plainTarget("/api/v1/tickets?limit=50&status=OPEN"));
    assertTrue(
        ParameterTextFilter.plainTarget(
            "/api/v1/tickets/83f1535f-99ab-0bf4-e9d0-2dfd85d3e3f7?ids=a,b&x=(1)*2+3;y:@~!$'"));
    for (int c = 0; c <= 0xFFFF; c++) {
      String target = "/api/v1/t" + (char) c + "?q=" + (char) c;
      boolean plain = ParameterTextFilter.plainTarget(target);
      if (plain) {
        assertNull(SafeText.problemInLine(String.valueOf((char) c)), "U+" + c);
        assertTrue(c > 0x20 && c < 0x7f && c != '%', "U+" + c + " passed the quick path");
      }
      if (c == '%' || c <= 0x20 || c >= 0x7f || "\\\"<>^`{|}[]#".indexOf(c) >= 0) {
        assertFalse(plain, "U+" + c + " must be decoded and checked in full");
      }
    }
    assertFalse(ParameterTextFilter.plainTarget(null));
  }
}
