package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberingTest {

  @ParameterizedTest(name = "{0} → rank {1}, number {2}, text {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "一、存在的问题与不足|0|1|存在的问题与不足",
        "十二、其他|0|12|其他",
        "二十三、其他|0|23|其他",
        "（一）政治建设方面|1|1|政治建设方面",
        "(二)作风建设方面|1|2|作风建设方面",
        "（三)纪律建设方面|1|3|纪律建设方面",
        "（十一）第十一类|1|11|第十一类",
        "1.理论学习方面|2|1|理论学习方面",
        "1. 理论学习方面|2|1|理论学习方面",
        "2．政治素质方面|2|2|政治素质方面",
        "3、能力本领方面|2|3|能力本领方面",
        "12.第十二项|2|12|第十二项",
        "2024.第2024项|2|2024|第2024项",
        "10000.第一万项|2|10000|第一万项",
        "60000、第六万项|2|60000|第六万项",
        "999999．第九十九万九千九百九十九项|2|999999|第九十九万九千九百九十九项",
        "（1）统筹谋划不够|3|1|统筹谋划不够",
        "(2)抓落实不够有力|3|2|抓落实不够有力",
        "3）第三点|3|3|第三点",
        "①第一点|4|1|第一点",
        "⑫第十二点|4|12|第十二点",
        "⑴统筹谋划不够|3|1|统筹谋划不够",
        "⑵抓落实不够有力|3|2|抓落实不够有力",
        "⒈理论学习方面|2|1|理论学习方面",
        "１．全角数字|2|1|全角数字",
        "１、全角顿号|2|1|全角顿号",
        "（１）全角括号|3|1|全角括号",
        "1)半角右括号|3|1|半角右括号",
        "（1）、括号加顿号|3|1|括号加顿号",
        "一是理论学习不够深入|5|1|理论学习不够深入",
        "二是，调研不实|5|2|调研不实",
        "十是第十点|5|10|第十点",
        // dash items whose text begins with digits or a range's word (0291)
        "1-1 2023年以来，督查检查过多|1|1|2023年以来，督查检查过多",
        "1-2 12345热线反映的问题|1|2|12345热线反映的问题",
        "2-2年轻干部培养不足|1|2|年轻干部培养不足",
        "1-2年轻干部培养不足|1|2|年轻干部培养不足",
        "3-1个别单位未整改|1|1|个别单位未整改",
        // an item's number followed at once by a year (0305)
        "1.2023年以来12345热线投诉办理不及时|2|1|2023年以来12345热线投诉办理不及时",
        "1、2024年1月以来信访件超期|2|1|2024年1月以来信访件超期",
        "5.2023年度结案率偏低|2|5|2023年度结案率偏低",
        "２．2024年上半年投诉量上升|2|2|2024年上半年投诉量上升",
        "1.2 预算编制不细化|1|2|预算编制不细化",
        "3.1.2 制度执行不严格|2|2|制度执行不严格",
      })
  void numberingStylesNestByTheirFixedRank(String line, int rank, int number, String text) {
    Numbering n = Numbering.of(TextNoise.clean(line));
    assertNotNull(n, line);
    assertEquals(rank, n.rank());
    assertEquals(number, n.number());
    assertEquals(text, n.text());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "理论学习方面",
        "2024年6月30日前完成",
        "2024.5.31前完成",
        "1.5倍于去年",
        "100000.00元已退回",
        "12345.6万元专项资金",
        "20240531、完成整改",
        "1000000.第一百万项",
        "13812345678、张三",
        "一是否可行",
        "“两个确立”",
        "一体推进“三不腐”",
        "（注：此处为说明）",
        "十分重要。",
        "1-2个月内完成",
        "3-5年内完成",
        "5-31日前完成",
        "1-2 30%的单位未整改",
        "2024.6.30前完成",
        "2.5万元专项经费未拨付",
        "1.2023万元结余资金",
        "12.2023.5.31前完成",
      })
  void ordinaryTextHasNoNumbering(String line) {
    assertNull(Numbering.of(line), line);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({"一,1", "九,9", "十,10", "十一,11", "二十,20", "九十九,99", "一百,100", "一百零五,105", "甲,-1"})
  void chineseNumeralsAreRead(String numeral, int value) {
    assertEquals(value, Numbering.chineseNumber(numeral));
  }
}
