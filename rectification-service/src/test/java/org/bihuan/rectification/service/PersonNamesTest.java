package org.bihuan.rectification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which written names are the same person's. */
class PersonNamesTest {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "赵验收|赵验收|true",
        "趙驗收|赵验收|true",
        "赵 验收|赵验收|true",
        "赵验收\u200B|赵验收|true",
        "\u200C赵\u200D验收|赵验收|true",
        "\uFEFF赵验收\u2060|赵验收|true",
        "赵\u3000验收|赵验收|true",
        "赵\u00A0验收|赵验收|true",
        "赵\t验收|赵验收|true",
        "劉備|刘备|true",
        "張學友|张学友|true",
        "鄭麗華|郑丽华|true",
        "买买提·艾力|买买提艾力|true",
        "ＺＨＡＯ　ＹＡＮＳＨＯＵ|Zhao Yanshou|true",
        "赵验|赵验收|false",
        "钱七|赵验收|false",
        "张三|张三丰|false",
        "\u200B|\u200B|false",
        "' '|' '|false",
      })
  void namesAreComparedAfterFolding(String a, String b, boolean same) {
    assertEquals(same, PersonNames.same(a, b));
  }

  @ParameterizedTest
  @CsvSource({"趙驗收,赵验收", "'  Zhao  San ',zhaosan", "ａｂｃ,abc"})
  void theKeyIsSimplifiedLowerCaseWithoutSpaces(String name, String key) {
    assertEquals(key, PersonNames.key(name));
  }
}
