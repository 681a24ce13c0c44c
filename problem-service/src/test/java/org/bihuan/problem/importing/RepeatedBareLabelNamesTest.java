package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line that repeats its bare labels (责任领导 张三 责任单位 财务科 … again and again) names each leader once,
 * as the colon form does, so that the measure's leader is no 60,000-character list no ticket can
 * take (docs/decisions/0280).
 */
class RepeatedBareLabelNamesTest {

  @Test
  void aLeaderRepeatedByBareLabelsIsNamedOnce() {
    StringBuilder text = new StringBuilder("一、学习方面\n1.理论学习不够深入。\n整改措施：建立学习台账。\n");
    for (int i = 0; i < 50; i++) {
      text.append("责任领导 张三 责任单位 财务科 完成时限 2026年12月31日 ");
    }
    text.append('\n');
    ParsedDocument doc = new OutlineParser().parse(text.toString());
    List<ParsedMeasure> measures = doc.problems().get(0).measures();
    assertEquals(1, measures.size());
    assertEquals("张三", measures.get(0).leaderInCharge());
    assertEquals(List.of("财务科"), measures.get(0).responsibleUnits());
  }

  @Test
  void aBareLabelWithoutItsValueIsNoUnit() {
    StringBuilder text = new StringBuilder("一、学习方面\n1.理论学习不够深入。\n整改措施：建立学习台账。\n");
    for (int i = 0; i < 50; i++) {
      text.append("责任领导 张三 责任单位 财务科 完成时限 ");
    }
    text.append('\n');
    ParsedMeasure m =
        new OutlineParser().parse(text.toString()).problems().get(0).measures().get(0);
    assertEquals("张三", m.leaderInCharge());
    assertEquals(List.of("财务科"), m.responsibleUnits());
  }

  @Test
  void aBareLabelWithoutItsValueAfterALeaderIsNoName() {
    StringBuilder text = new StringBuilder("一、学习方面\n1.理论学习不够深入。\n整改措施：建立学习台账。\n");
    for (int i = 0; i < 50; i++) {
      text.append("责任单位 财务科 办公室 责任领导 张三 完成时限 ");
    }
    text.append('\n');
    ParsedMeasure m =
        new OutlineParser().parse(text.toString()).problems().get(0).measures().get(0);
    assertEquals("张三", m.leaderInCharge());
    assertEquals(List.of("财务科", "办公室"), m.responsibleUnits());
  }
}
