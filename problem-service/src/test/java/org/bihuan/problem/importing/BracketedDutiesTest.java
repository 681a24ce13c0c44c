package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
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
        "责任单位：财务科",
        "",
      })
  void otherBracketsStayInTheirText(String line) {
    assertNull(BracketedDuties.split(line));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "整改措施：规范台账（责任领导：李四；责任单位：党建办；整改时限：2024年9月30日），每月检查一次。"
            + "|整改措施：规范台账，每月检查一次。|责任领导：李四；责任单位：党建办；整改时限：2024年9月30日|",
        "建立台账（责任单位：办公室），按月更新。|建立台账，按月更新。|责任单位：办公室|",
        "建立台账[责任单位：办公室]，按月更新。|建立台账，按月更新。|责任单位：办公室|",
        "建立台账【责任单位：办公室】|建立台账|责任单位：办公室|",
        "整改措施：（责任单位：办公室）在前面，后面还有字|整改措施：在前面，后面还有字|责任单位：办公室|",
        "整改措施：清理账户。（责任领导：王五）（责任单位：财务科）（整改时限：2024年9月30日）"
            + "|整改措施：清理账户。|责任领导：王五|责任单位：财务科,整改时限：2024年9月30日",
        "整改措施：建账（2024年9月底前完成）（责任单位：办公室）。" + "|整改措施：建账（2024年9月底前完成）。|责任单位：办公室|",
      })
  void bracketsOfDutiesAnywhereInTheLineAreEachTakenOut(
      String line, String text, String first, String more) {
    List<String> expected = new java.util.ArrayList<>(List.of(text, first));
    if (more != null) {
      expected.addAll(List.of(more.split(",")));
    }
    assertEquals(expected, BracketedDuties.split(line));
  }

  @Test
  void anUnclosedBracketOfDutiesIsText() {
    assertNull(BracketedDuties.split("整改措施：规范台账（责任领导：李四；责任单位：党建办，每月检查一次。"));
    assertEquals(
        List.of("建立台账（备注：另行通知，按月更新。", "责任单位：办公室"),
        BracketedDuties.split("建立台账（备注：另行通知【责任单位：办公室】，按月更新。"));
  }

  @Test
  void aBracketOfDutiesLeftOpenAtTheLineEndGoesOnInTheNextLine() {
    assertTrue(BracketedDuties.leftOpen("整改措施：清理账户。（责任领导：李四；责任单位：财务科；整改"));
    assertTrue(BracketedDuties.leftOpen("整改措施：规范结算。（责任领导：王五；"));
    assertFalse(BracketedDuties.leftOpen("整改措施：规范结算。（责任领导：王五）"));
    assertFalse(BracketedDuties.leftOpen("整改措施：精简会议材料（2024年9月底"));
    assertFalse(BracketedDuties.leftOpen("1.财务审批不规范"));
  }

  @Test
  void aWrappedBracketOfDutiesIsJoinedAndOneLeftOpenSwallowsNoProblem() {
    ParsedDocument doc =
        new OutlineParser()
            .parse(
                String.join(
                    "\n",
                    "整改方案",
                    "一、整改任务",
                    "1.银行账户管理混乱的问题",
                    "整改措施：清理银行账户。（责任领导：李四；责任单位：财务科；整改",
                    "时限：2024年12月31日）",
                    "2.票据管理不规范的问题",
                    "整改措施：规范票据管理。（责任单位：财务科；",
                    "3.印章管理不规范的问题",
                    "整改措施：规范印章管理。",
                    "责任单位：办公室；整改时限：2024年10月31日"));
    assertEquals(
        List.of("银行账户管理混乱的问题", "票据管理不规范的问题", "印章管理不规范的问题"),
        doc.problems().stream().map(ParsedProblem::title).toList());
    ParsedMeasure first = doc.problems().get(0).measures().get(0);
    assertEquals("清理银行账户。", first.measure());
    assertEquals("李四", first.leaderInCharge());
    assertEquals(List.of("财务科"), first.responsibleUnits());
    assertEquals(java.time.LocalDate.of(2024, 12, 31), first.deadline());
    assertEquals(Origin.lines(3, 5), doc.problems().get(0).origin());
    assertEquals("规范票据管理。（责任单位：财务科", doc.problems().get(1).measures().get(0).measure());
  }

  @Test
  void eachBracketIsMatchedWithItsNestingInOnePass() {
    assertEquals(
        List.of(-1, 3, -1, -1, -1, 9, 8, -1, -1, -1, -1),
        java.util.Arrays.stream(BracketedDuties.closings("（（a）b（【c】）d")).boxed().toList());
    assertEquals(-1, BracketedDuties.closings("a（（b）")[1]);
  }

  @Test
  void aLineOfAMillionOpenBracketsIsReadInOnePass() {
    // matched from each opener again, this line costs 10^12 steps (hours); in one pass it is
    // instant
    String line = "责任人：" + "（".repeat(1_000_000);
    assertNull(BracketedDuties.split(line));
    assertFalse(BracketedDuties.leftOpen(line));
    String nested = "整改措施：建账" + "（".repeat(200_000) + "责任单位：办公室" + "）".repeat(200_000);
    assertEquals("责任单位：办公室", BracketedDuties.split(nested).get(1));
  }
}
