package org.bihuan.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which written unit names are one unit, which are refused, and how they are stored. */
class UnitNamesTest {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "党委办公室|党委办公室|true",
        "党委 办公室|党委办公室|true",
        "党委　办公室|党委办公室|true",
        "黨委辦公室|党委办公室|true",
        "党委办公室\u200B|党委办公室|true",
        "ＡＢ科|ab科|true",
        "财务科|党委办公室|false",
        "第一党支部|第二党支部|false",
      })
  void sameUnit(String a, String b, boolean same) {
    assertEquals(same, UnitNames.same(a, b));
  }

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "党委办公室|党委办公室|true",
        "党委 办公室|党委办公室|true",
        "党委　办公室|党委办公室|true",
        "黨委辦公室|党委办公室|true",
        "後勤處|后勤处|true",
        "幹部科|干部科|true",
        "發展改革委|发展改革委|true",
        "ＡＢ科|ab科|true",
        "Finance Dept|FINANCE DEPT|true",
        "财务科（一）|财务科(一)|true",
        "乾部科|干部科|false",
        "l号车间|1号车间|false",
        "I号车间|1号车间|false",
        "I号车间|l号车间|false",
        "\u0410科|A科|false",
        "著作科|着作科|false",
        "财务科（一）|财务科一|false",
        "第1-1车间|第11车间|false",
        "财务科|党委办公室|false",
        "|党委办公室|false",
      })
  void certainlySameUnit(String a, String b, boolean same) {
    assertEquals(same, UnitNames.certainlySame(a, b));
    assertEquals(same, UnitNames.certainlySame(b, a));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"党委办公室\u200B", "\uFEFF党委办公室", "党委\u2060办公室", "党委\u00AD办公室", "党委办公室\u200E"})
  void anInvisibleCharacterIsRefused(String name) {
    assertNotNull(UnitNames.problemIn(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"党委办公室", "党委 办公室", "Finance Dept", "财务科（一）"})
  void aVisibleNameIsAccepted(String name) {
    assertNull(UnitNames.problemIn(name));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {"党委 办公室|党委办公室", " 党委　办公室 |党委办公室", "Finance   Dept|Finance Dept", "财务科|财务科"})
  void blanksAreWrittenAsInPeoplesNames(String given, String written) {
    assertEquals(written, UnitNames.written(given));
  }
}
