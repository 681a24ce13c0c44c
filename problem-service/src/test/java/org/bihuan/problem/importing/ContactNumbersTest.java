package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactNumbersTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "王建国 13912345678|王建国",
        "刘芳（0571-88886666）|刘芳",
        "周九(010)12345678|周九",
        "王五 电话：88886666|王五",
        "赵六 手机：139 1234 5678|赵六",
        "钱七、孙八 电话:0571-8888666转123|钱七、孙八",
        "张三13812345678、李四|张三、李四",
        "+86 13812345678 吴敏|吴敏",
      })
  void phoneNumbersTheirLabelsAndBracketsAreLeftOut(String cell, String names) {
    assertEquals(names, ContactNumbers.without(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"第3党支部", "刘芳", "王强（副局长）", "2024年9月30日"})
  void otherDigitsStay(String cell) {
    assertFalse(ContactNumbers.holds(cell));
    assertEquals(cell, ContactNumbers.without(cell));
  }
}
