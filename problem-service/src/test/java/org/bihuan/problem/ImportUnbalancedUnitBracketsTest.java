package org.bihuan.problem;

import static org.bihuan.problem.support.UnitDutyCases.of;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.support.UnitDutyCases;
import org.bihuan.problem.support.UnitDutyCases.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A units value whose brackets do not pair: an unclosed bracket is closed where the next unit
 * begins or at the end (医政股（张明 → 医政股 and 张明), a closing bracket with nothing opening it opens after
 * the unit's name when a name follows (医政股张明） → 医政股 and 张明) and is left out otherwise (办公室）), a
 * bracket inside the bracket is left out of it (办公室（张三（副）） → 办公室 and 张三). No bracket is left in a
 * stored name and each repair is named in a warning. Plans (text, .docx) and tables (.docx, .xlsx)
 * through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0323).
 */
@QuarkusTest
class ImportUnbalancedUnitBracketsTest {

  private static final List<Case> CASES =
      List.of(
          of(
              "医政股（张明",
              null,
              List.of("医政股"),
              "张明",
              "a bracket after a unit in 「医政股（张明」 is not closed; it was read as 「（张明）」."),
          of(
              "医政股（张明、法规科（郑丽）",
              null,
              List.of("医政股", "法规科"),
              "张明、郑丽",
              "a bracket after a unit in 「医政股（张明、法规科（郑丽）」 is not closed; it was read as 「（张明）」."),
          of(
              "办公室（车管",
              null,
              List.of("办公室（车管）"),
              null,
              "a bracket after a unit in 「办公室（车管」 is not closed; it was read as 「（车管）」."),
          of(
              "医政股张明）",
              null,
              List.of("医政股"),
              "张明",
              "the closing bracket in 「医政股张明）」 has nothing opening it; 「张明」 after the unit 「医政股」"
                  + " was read as in brackets."),
          of(
              "办公室）",
              null,
              List.of("办公室"),
              null,
              "the closing bracket 「）」 in 「办公室）」 has nothing opening it; it was left out."),
          of(
              "办公室（张三（副））",
              null,
              List.of("办公室"),
              "张三",
              "the bracket 「（副）」 inside the bracket after a unit was left out of it (「办公室（张三（副））」)."));

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansUnpairedBracketsAreMadeWholeAndNamed(String format) throws IOException {
    UnitDutyCases.assertPlan(format, CASES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aTablesUnpairedBracketsAreMadeWholeAndNamed(String format) {
    UnitDutyCases.assertTable(format, CASES);
  }
}
