package org.bihuan.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.bihuan.platform.export.CsvCell;
import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void freeTextKeepsTabsAndLineBreaksButParametersDoNot() {
    assertNull(SafeText.problemInText("整改\t措施\r\n第二行"));
    assertNotNull(SafeText.problemInLine("整改\n措施"));
    assertNotNull(SafeText.problemInLine("整改\t措施"));
    assertNull(SafeText.problemInLine("党委办公室 2024"));
  }

  @Test
  void nulOtherControlsDelAndLoneSurrogatesAreRefusedEverywhere() {
    for (String bad :
        new String[] {"\u0000", "a\u0007", "\u001b[31m", "\u007f", "\ud800", "x\udfff"}) {
      assertNotNull(SafeText.problemInText(bad), bad);
      assertNotNull(SafeText.problemInLine(bad), bad);
    }
    assertNull(SafeText.problemInText("表情😀"));
  }

  @Test
  void textOfCombiningMarksAloneIsBlankAndRefused() {
    for (String marks : new String[] {"\u0301", "\u0301\u0308", " \u20dd ", "\u200b\u0301"}) {
      assertEquals(true, SafeText.isBlank(marks), marks);
      assertNotNull(SafeText.problemInText(marks), marks);
    }
    assertEquals(false, SafeText.isBlank("e\u0301"));
    assertNull(SafeText.problemInText("Cafe\u0301 整改"));
  }

  @Test
  void identifiersHoldNoInvisibleCharacters() {
    for (String lookAlike :
        new String[] {
          "OA-123\ufeff",
          "\ufeffOA-123",
          "OA-\u200b123",
          "OA-\u200c123",
          "OA-\u200d123",
          "OA-\u2060123",
          "OA-123\u200e",
          "OA-123\u200f",
          "OA-123\u202e",
          "OA-123\u2066",
          "OA-123\u061c",
          "OA-123\udb40\udc01", // U+E0001 LANGUAGE TAG
          "OA-123\udb40\udc41", // U+E0041 TAG LATIN CAPITAL LETTER A
          "OA-123\udb40\udc7f", // U+E007F CANCEL TAG
          "OA-123\ufe0f",
          "OA\u00a0123",
          "OA\u3000123",
          "OA\t123"
        }) {
      assertNotNull(SafeText.problemInIdentifier(lookAlike), lookAlike);
      // free text keeps them (except what it refuses anyway)
    }
    assertNull(SafeText.problemInText("OA-123\ufeff"));
    assertNull(SafeText.problemInIdentifier("OA-2024-0153 第1项"));
    assertNull(SafeText.problemInIdentifier(null));
  }

  @Test
  void csvCellsThatCouldBeFormulasAreQuotedText() {
    org.junit.jupiter.api.Assertions.assertEquals("\"'=1+1\"", CsvCell.of("=1+1"));
    org.junit.jupiter.api.Assertions.assertEquals("\"'-1\"", CsvCell.of("-1"));
    org.junit.jupiter.api.Assertions.assertEquals("\"'@SUM(A1)\"", CsvCell.of("@SUM(A1)"));
    org.junit.jupiter.api.Assertions.assertEquals("a=b", CsvCell.of("a=b"));
    org.junit.jupiter.api.Assertions.assertEquals("\"a,b\"", CsvCell.of("a,b"));
  }

  @Test
  void c1ControlsSeparatorsNoncharactersAndBidiOverridesAreRefusedEverywhere() {
    for (String bad :
        new String[] {
          "a\u0085b",
          "a\u009bb",
          "a\u2028b",
          "a\u2029b",
          "a\uFFFEb",
          "a\uFFFFb",
          "a\u202Eb",
          "a\u202Ab",
          "a\u2066b",
          "a\u2069b",
          "a\uFDD0b",
          "a\uD83F\uDFFEb", // U+1FFFE
          "a\uDBFF\uDFFFb" // U+10FFFF
        }) {
      org.junit.jupiter.api.Assertions.assertNotNull(SafeText.problemInText(bad), bad);
      org.junit.jupiter.api.Assertions.assertNotNull(SafeText.problemInLine(bad), bad);
    }
    // Zero-width characters inside text stay (emoji sequences, BOMs pasted with text).
    assertNull(SafeText.problemInText("整改\u200b清单\uFEFF"));
    assertNull(SafeText.problemInText("👨\u200d👩"));
  }

  @Test
  void textOfOnlyInvisibleCharactersIsBlankAndRefused() {
    org.junit.jupiter.api.Assertions.assertTrue(SafeText.isBlank("\u3000\u00a0"));
    for (String blank :
        new String[] {
          "\u200b",
          "\uFEFF",
          " \u200b\u2060 ",
          "\uFE0F",
          "\u3164",
          "\u034F",
          "\u2800",
          "\u2800 \u2800"
        }) {
      org.junit.jupiter.api.Assertions.assertTrue(SafeText.isBlank(blank), blank);
      org.junit.jupiter.api.Assertions.assertNotNull(SafeText.problemInText(blank), blank);
    }
    org.junit.jupiter.api.Assertions.assertFalse(SafeText.isBlank("\u200b整改"));
    org.junit.jupiter.api.Assertions.assertFalse(SafeText.isBlank("\u2800整改"));
    // Unicode White_Space that Java's isWhitespace leaves out is blank too (0207).
    for (String blank :
        new String[] {"\u0085", "\u2028\u2029", "\u202F\u2007\u00A0", "\u180E\u200B"}) {
      org.junit.jupiter.api.Assertions.assertTrue(SafeText.isBlank(blank), blank);
    }
    // Private use characters are text: offices write rare name characters (造字) with them.
    assertNull(SafeText.problemInText("\uE000"));
    assertNull(SafeText.problemInText("\uD83D\uDC4D\uFE0F"));
    assertNull(SafeText.problemInText(""));
  }

  @Test
  void csvCellsWithInvisibleCharactersBeforeAFormulaAreQuotedText() {
    for (String lead :
        new String[] {"\u00a0", "\u200b", "\uFEFF", "\u202E", "\u0085", " ", "\u3000"}) {
      String cell = CsvCell.of(lead + "=HYPERLINK(\"x\")");
      org.junit.jupiter.api.Assertions.assertTrue(cell.startsWith("\"'"), lead + " -> " + cell);
    }
    org.junit.jupiter.api.Assertions.assertEquals("\u200b整改", CsvCell.of("\u200b整改"));
  }

  @Test
  void csvCellsStartingWithAFullWidthOrSmallFormOfAFormulaSignAreQuotedText() {
    for (String sign : new String[] {"＝", "＋", "－", "＠", "﹦", "﹢", "﹣", "﹫", "⁼", "₊"}) {
      for (String lead : new String[] {"", " ", "\u3000", "\t ", "\u200b"}) {
        String cell = CsvCell.of(lead + sign + "1+1");
        org.junit.jupiter.api.Assertions.assertEquals(
            "\"'" + lead + sign + "1+1\"", cell, "U+" + Integer.toHexString(sign.charAt(0)));
      }
    }
    // A character folding to something else stays as it is.
    org.junit.jupiter.api.Assertions.assertEquals("（一）整改", CsvCell.of("（一）整改"));
    org.junit.jupiter.api.Assertions.assertEquals("ｅ＝1", CsvCell.of("ｅ＝1"));
  }

  @Test
  void cleanedLeavesOutExactlyWhatFreeTextRefuses() {
    java.util.List<String> removed = new java.util.ArrayList<>();
    String cleaned =
        SafeText.cleaned(
            "整改\u202E措施\uFDD0\u0001\t第一\u2028第二\uE000\uD83D\uDE00\uD83F\uDFFE", removed);
    assertEquals("整改措施\t第一\n第二\uE000\uD83D\uDE00", cleaned);
    assertEquals(java.util.List.of("U+202E", "U+FDD0", "U+0001", "U+1FFFE"), removed);
    assertNull(SafeText.problemInText(cleaned));
    removed.clear();
    assertEquals("表情😀", SafeText.cleaned("表情😀", removed));
    // NEL is a line break like U+2028/U+2029: a line feed in text read from a file (0207)
    assertEquals("第一\n第二\n第三\n第四", SafeText.cleaned("第一\u0085第二\u2028第三\u2029第四", removed));
    assertEquals(java.util.List.of(), removed);
  }
}
