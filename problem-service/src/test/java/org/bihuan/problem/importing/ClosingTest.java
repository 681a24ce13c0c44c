package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which lines {@link Closing} takes for a closing formula. */
class ClosingTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "以上是我的对照检查，请批评指正。|true",
        "以上整改方案，妥否，请批示。|true",
        "以上整改措施，请各责任单位认真抓好落实，整改情况于每月25日前报局办公室。|true",
        "以上任务，望各科室遵照执行。|true",
        "特此报告。|true",
        "请各位批评指正。|true",
        // not formulas: problems and measures that merely mention 以上 or 落实
        "以上级文件代替落实的问题。|false",
        "落实以上措施的责任不明确。|false",
        "会议以上率下作用发挥不够。|false",
      })
  void closingFormulas(String line, boolean formula) {
    assertEquals(formula, Closing.isFormula(line));
  }
}
