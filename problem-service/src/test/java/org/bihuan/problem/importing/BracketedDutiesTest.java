package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BracketedDutiesTest {

  @ParameterizedTest(name = "{0} → {1} + {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "整改措施：清理账户。（责任领导：李四；责任单位：财务科；整改时限：2024年12月31日）|整改措施：清理账户。"
            + "|责任领导：李四；责任单位：财务科；整改时限：2024年12月31日",
        "整改措施：规范结算。(牵头领导：王五；牵头单位：办公室)|整改措施：规范结算。|牵头领导：王五；牵头单位：办公室",
        "整改措施：按季度报批（分管领导：钱伟；责任人：孙敏）。|整改措施：按季度报批。|分管领导：钱伟；责任人：孙敏",
        "1.会议材料过多的问题（责任单位：办公室；完成时限：2024年9月30日）|1.会议材料过多的问题" + "|责任单位：办公室；完成时限：2024年9月30日",
        "整改措施：建立台账（责任单位：财务科（牵头）、审计科）|整改措施：建立台账|责任单位：财务科（牵头）、审计科",
        "（责任人：赵六；整改时限：立行立改）||责任人：赵六；整改时限：立行立改",
      })
  void aClosingBracketOfDutiesIsSplitFromTheTextBeforeIt(String line, String text, String duties) {
    assertEquals(List.of(text == null ? "" : text, duties), BracketedDuties.split(line));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "整改措施：精简会议材料（2024年9月底前完成）。",
        "整改措施：建立台账（牵头）",
        "整改措施：建立台账（备注：与财政局对账）",
        "1.理论学习不深入（问题表现：学用脱节）",
        "整改措施：（责任单位：办公室）在前面，后面还有字",
        "责任单位：财务科",
        "",
      })
  void otherBracketsStayInTheirText(String line) {
    assertNull(BracketedDuties.split(line));
  }
}
