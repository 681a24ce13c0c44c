package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Points under a plan's item and labelled problem titles (docs/decisions/0248). */
class OutlinePointsAndTitleLabelsTest {

  private static ParsedDocument parse(String... lines) {
    return new OutlineParser().parse(String.join("\n", lines));
  }

  private static List<String> titles(ParsedDocument doc) {
    return doc.problems().stream().map(ParsedProblem::title).toList();
  }

  private static List<List<String>> measures(ParsedDocument doc) {
    return doc.problems().stream()
        .map(p -> p.measures().stream().map(ParsedMeasure::measure).toList())
        .toList();
  }

  @Test
  void pointsUnderAnItemBeforeItsEnumeratedMeasureAreItsDescription() {
    ParsedDocument doc =
        parse(
            "整改方案",
            "一、存在问题及整改措施",
            "（一）后勤管理方面",
            "（1）公务用车管理不规范。",
            "整改措施：完善派车制度。",
            "责任单位：办公室；整改时限：2024年9月30日",
            "（2）食堂管理不规范。",
            "一是食材采购未公开招标；",
            "二是出入库台账不全；",
            "三是留样制度执行不严。",
            "整改措施：",
            "一是修订食堂管理制度；",
            "二是建立出入库台账。",
            "责任领导：张三；责任单位：后勤科；整改时限：2024年10月31日");
    assertEquals(List.of("公务用车管理不规范", "食堂管理不规范"), titles(doc), doc.toString());
    assertEquals(
        "食堂管理不规范。\n一是食材采购未公开招标；\n二是出入库台账不全；\n三是留样制度执行不严。", doc.problems().get(1).description());
    assertEquals(List.of("后勤管理方面"), doc.problems().get(1).categoryPath());
    assertEquals(List.of(List.of("完善派车制度。"), List.of("修订食堂管理制度", "建立出入库台账。")), measures(doc));
    assertEquals("张三", doc.problems().get(1).measures().get(1).leaderInCharge());
    assertEquals(Origin.lines(7, 14), doc.problems().get(1).origin());
    assertEquals(List.of(), doc.warnings());
  }

  @Test
  void subPointsUnderAProblemIntroducedByYiShiAreItsDescriptionAndItsMeasures() {
    ParsedDocument doc =
        parse(
            "整改方案",
            "一、存在问题及整改措施",
            "一是会议制度落实不到位。",
            "（1）会前准备不充分；",
            "（2）会议记录不完整。",
            "整改措施：严格执行会议制度。",
            "责任单位：办公室；整改时限：2024年9月30日",
            "二是档案管理不规范。",
            "整改措施：",
            "（1）全面清理档案；",
            "（2）建立借阅登记制度。",
            "责任单位：档案室；整改时限：2024年10月31日");
    assertEquals(List.of("会议制度落实不到位", "档案管理不规范"), titles(doc), doc.toString());
    assertEquals("会议制度落实不到位。\n（1）会前准备不充分；\n（2）会议记录不完整。", doc.problems().get(0).description());
    assertEquals(List.of(List.of("严格执行会议制度。"), List.of("全面清理档案", "建立借阅登记制度。")), measures(doc));
    assertEquals(List.of("档案室"), doc.problems().get(1).measures().get(1).responsibleUnits());
    assertEquals(List.of(), doc.warnings());
  }

  @Test
  void labelsAndNumbersBeforeAProblemAreNoPartOfItsTitle() {
    ParsedDocument doc =
        parse(
            "整改方案",
            "一、存在问题及整改措施",
            "【问题1】学习制度落实不严格。",
            "整改措施：制定学习计划。",
            "责任单位：办公室；整改时限：2024年9月30日",
            "问题2：",
            "问题描述：财务审批不规范，存在先支付后审批现象。",
            "整改措施：严格审批流程。",
            "责任单位：财务科；整改时限：2024年10月31日",
            "第3项问题：干部档案管理不规范。",
            "整改措施：专项审核干部档案。",
            "责任单位：组织科；整改时限：2024年11月30日",
            "巡察指出：（4）议事规则执行不到位。",
            "整改措施：修订议事规则。",
            "责任单位：办公室；整改时限：2024年12月31日",
            "（5）公车管理不规范。",
            "整改措施：完善派车制度。",
            "责任单位：办公室；整改时限：2024年12月31日");
    assertEquals(
        List.of("学习制度落实不严格", "财务审批不规范，存在先支付后审批现象", "干部档案管理不规范", "议事规则执行不到位", "公车管理不规范"),
        titles(doc),
        doc.toString());
    assertEquals("财务审批不规范，存在先支付后审批现象。", doc.problems().get(1).description());
    assertEquals(
        List.of(
            List.of("制定学习计划。"),
            List.of("严格审批流程。"),
            List.of("专项审核干部档案。"),
            List.of("修订议事规则。"),
            List.of("完善派车制度。")),
        measures(doc));
    assertEquals(Origin.lines(6, 9), doc.problems().get(1).origin());
    assertEquals(Origin.lines(16, 18), doc.problems().get(4).origin());
  }

  @Test
  void aNumberedTitleWithAProblemDescriptionLabelBelowIsDescribedByIt() {
    ParsedDocument doc =
        parse(
            "整改方案",
            "一、存在问题及整改措施",
            "1.财务审批不规范",
            "问题描述：存在先支付后审批现象，涉及金额12万元。",
            "整改措施：严格审批流程。",
            "责任单位：财务科；整改时限：2024年10月31日");
    assertEquals(List.of("财务审批不规范"), titles(doc));
    assertEquals("存在先支付后审批现象，涉及金额12万元。", doc.problems().get(0).description());
  }

  @ParameterizedTest(name = "{0} → {1} = {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "第4项问题：干部档案管理不规范|PROBLEM|干部档案管理不规范",
        "巡察指出：议事规则执行不到位|PROBLEM|议事规则执行不到位",
        "巡视发现：学习不深入|PROBLEM|学习不深入",
        "审计指出：预算执行率偏低|PROBLEM|预算执行率偏低",
      })
  void inspectionFindingsAndItemNumbersAreProblemLabels(
      String line, Labels.Label label, String value) {
    List<Labels.Labelled> labels = Labels.of(line);
    assertEquals(1, labels.size(), labels.toString());
    assertEquals(label, labels.get(0).label());
    assertEquals(value, labels.get(0).value());
  }
}
