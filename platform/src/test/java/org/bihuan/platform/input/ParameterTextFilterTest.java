package org.bihuan.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
