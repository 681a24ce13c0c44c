package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A shared formula as Excel reads it in a cell of its range away from its first cell
 * (docs/decisions/0319): relative references move, $-fixed rows and columns stay, text in quotes,
 * sheet names and function names are left as written.
 */
class SharedFormulaShiftTest {

  @Test
  void relativeReferencesMoveAndFixedOnesStay() {
    assertEquals("D4", SheetFormulas.shifted("D3", 1, 0));
    assertEquals("ROW()-2", SheetFormulas.shifted("ROW()-2", 3, 0));
    assertEquals("$A$1+B$2+$C5+E4", SheetFormulas.shifted("$A$1+A$2+$C3+D2", 2, 1));
    assertEquals("SUM(B5:C6)", SheetFormulas.shifted("SUM(A4:B5)", 1, 1));
    assertEquals("'台账'!B3&\"A1\"", SheetFormulas.shifted("'台账'!A2&\"A1\"", 1, 1));
    assertEquals("LOG10(A3)", SheetFormulas.shifted("LOG10(A2)", 1, 0));
  }

  @Test
  void aReferenceMovedOffTheSheetGivesNoFormula() {
    assertNull(SheetFormulas.shifted("A1", -1, 0));
  }
}
