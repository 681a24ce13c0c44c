package org.bihuan.platform.input;

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
  void csvCellsThatCouldBeFormulasAreQuotedText() {
    org.junit.jupiter.api.Assertions.assertEquals("\"'=1+1\"", CsvCell.of("=1+1"));
    org.junit.jupiter.api.Assertions.assertEquals("\"'-1\"", CsvCell.of("-1"));
    org.junit.jupiter.api.Assertions.assertEquals("\"'@SUM(A1)\"", CsvCell.of("@SUM(A1)"));
    org.junit.jupiter.api.Assertions.assertEquals("a=b", CsvCell.of("a=b"));
    org.junit.jupiter.api.Assertions.assertEquals("\"a,b\"", CsvCell.of("a,b"));
  }
}
