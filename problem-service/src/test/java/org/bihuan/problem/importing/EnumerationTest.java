package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnumerationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "一是加强学习；二是建立制度。|加强学习#建立制度。",
        "主要有：一是加强学习。二是建立制度。三是严格考核。|加强学习。#建立制度。#严格考核。",
        "（1）制定计划；（2）建立台账。|制定计划#建立台账。",
        "(1)制定计划 (2)建立台账|制定计划#建立台账",
        "①制定计划；②建立台账|制定计划#建立台账",
        "措施如下：1.制定计划。2.建立台账。|制定计划。#建立台账。",
        "（一）制定计划。（二）建立台账。|制定计划。#建立台账。",
        "一是加强学习，（1）读原文（2）写笔记；二是建立制度|加强学习，（1）读原文（2）写笔记#建立制度",
        // an item's number followed at once by a year (0305)
        "1.2023年以来的台账全部补齐；2.2024年起每月通报。|2023年以来的台账全部补齐#2024年起每月通报。",
        "1、2024年6月底前完成；2、长期坚持|2024年6月底前完成#长期坚持",
      })
  void enumerationsInRunningTextAreSplit(String text, String items) {
    Enumeration.Items found = Enumeration.of(text);
    assertEquals(List.of(items.split("#")), found.items());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "坚持统一是原则。",
        "只有（2）没有一",
        "一是加强学习，别无其他。",
        "增长1.5倍，2.0版本",
        "截至2024.6.30，1.2万元，2.5万元",
        "一体推进“三不腐”",
      })
  void aSingleOrStrayMarkerIsNoEnumeration(String text) {
    assertNull(Enumeration.of(text), text);
  }
}
