package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.OutlineParserSeedTest.placing;
import static org.bihuan.problem.importing.OutlineParserSeedTest.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sections and numbering of an outline: headings read by meaning, numbering jumps, ignored
 * sections, no outline.
 */
class OutlineParserSectionsTest {

  private final OutlineParser parser = new OutlineParser();

  private ParsedDocument parse(String document) {
    return parser.parse(Documents.text(document));
  }

  // --- own self-examination documents ---

  @Test
  void inlineEnumerationsBecomeProblemsOfTheirCategory() {
    ParsedDocument doc = parse("self_examination_inline.txt");
    assertEquals(
        List.of(
            "理论学习不够系统，学用结合不够紧密",
            "政治敏锐性不强，对意识形态领域的新情况研判不够",
            "贯彻落实上级决策部署有时打折扣，存在“上热中温下冷”现象",
            "调查研究不够深入，存在“走马观花”现象",
            "联系群众不够紧密，解决群众急难愁盼问题办法不多",
            "廉政风险防控不到位",
            "执行制度不够严格"),
        titles(doc.problems()));
    assertEquals(
        List.of(
            List.of("政治建设方面"),
            List.of("政治建设方面"),
            List.of("政治建设方面"),
            List.of("作风建设方面"),
            List.of("作风建设方面"),
            List.of("纪律建设方面"),
            List.of("纪律建设方面")),
        doc.problems().stream().map(ParsedProblem::categoryPath).toList());
    assertEquals("理论学习不够系统，学用结合不够紧密。对党的创新理论学得不深不透。", doc.problems().get(0).description());
    assertEquals("贯彻落实上级决策部署有时打折扣，存在“上热中温下冷”现象。", doc.problems().get(2).description());
    assertEquals("对重点岗位、关键环节的风险点排查不全面。", doc.problems().get(5).description());
    assertEquals(
        List.of("理想信念有所弱化", "宗旨意识有所淡化", "纪律意识有所松懈"),
        doc.causes().stream().map(ParsedCause::title).toList());
    assertEquals("对“严”的主基调认识不到位。", doc.causes().get(2).description());
    assertEquals(
        List.of("坚持理论武装", "坚持人民立场"),
        doc.proposedMeasures().stream().map(ProposedMeasure::title).toList());
    assertEquals(List.of(), placing(doc.warnings()));
  }

  @Test
  void sectionsAreFoundByMeaningInAnyOrder() {
    ParsedDocument doc = parse("self_examination_numbered.txt");
    assertEquals(
        List.of("在政治理论学习上", "统筹谋划不够，对全局性工作思考不深", "抓落实不够有力，有的工作部署多、督查少", "在作风建设上"),
        titles(doc.problems()));
    assertEquals(
        List.of(List.of("在政治理论学习上"), List.of("在履职尽责上"), List.of("在履职尽责上"), List.of("在作风建设上")),
        doc.problems().stream().map(ParsedProblem::categoryPath).toList());
    assertEquals("统筹谋划不够，对全局性工作思考不深。", doc.problems().get(1).description());
    assertEquals("习惯于在办公室听汇报，深入基层调研少。", doc.problems().get(3).description());
    assertEquals(
        List.of("理想信念有所松懈", "宗旨意识有所淡化"), doc.causes().stream().map(ParsedCause::title).toList());
    assertEquals(
        List.of("强化理论武装", "提升履职能力"),
        doc.proposedMeasures().stream().map(ProposedMeasure::title).toList());
    assertEquals("每周安排固定时间学习党的创新理论。", doc.proposedMeasures().get(0).description());
    assertEquals(List.of(), placing(doc.warnings()));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "存在的问题与不足,PROBLEMS",
    "查摆出的主要问题,PROBLEMS",
    "存在的差距和不足,PROBLEMS",
    "存在问题及整改措施,PROBLEMS",
    "对照检查情况,PROBLEMS",
    "存在问题及原因分析,PROBLEMS",
    "上年度民主生活会整改措施落实情况,IGNORED",
    "原因分析,CAUSES",
    "问题产生的根源,CAUSES",
    "剖析问题产生的原因,CAUSES",
    "今后努力方向和整改措施,MEASURES",
    "下一步努力方向,MEASURES",
    "整改任务,MEASURES",
    "整改措施,MEASURES",
    "保障措施,IGNORED",
    "组织保障,IGNORED",
    "工作要求,IGNORED",
    "加强组织领导,IGNORED",
    "指导思想,IGNORED",
    "整改目标,IGNORED",
    "学习收获,IGNORED",
    "财务管理方面,UNKNOWN",
  })
  void sectionHeadingsAreReadByMeaning(String heading, SectionKind kind) {
    assertEquals(kind, SectionKind.of(heading));
  }

  @Test
  void numberingThatContinuesAcrossGroupsAndNumberingThatRestartsBothWork() {
    String continues = "一、存在的问题\n（一）甲方面\n1.问题一\n2.问题二\n（二）乙方面\n3.问题三\n4.问题四\n";
    String restarts = "一、存在的问题\n（一）甲方面\n1.问题一\n2.问题二\n（二）乙方面\n1.问题三\n2.问题四\n";
    for (String text : List.of(continues, restarts)) {
      ParsedDocument doc = parser.parse(text);
      assertEquals(List.of("问题一", "问题二", "问题三", "问题四"), titles(doc.problems()));
      assertEquals(List.of("乙方面"), doc.problems().get(3).categoryPath());
      assertEquals(List.of(), doc.warnings());
    }
  }

  @Test
  void measuresWithResponsibilityInASelfExaminationStayProposedMeasuresWithTheirDuties() {
    ParsedDocument doc =
        parser.parse(
            "一、存在的问题\n1.学习不深\n二、整改措施\n（一）强化理论武装。每月学习一次。\n责任单位：党委办公室；完成时限：2024年底\n"
                + "（二）改进作风。深入基层调研。\n责任单位：各支部\n");
    assertEquals(List.of("学习不深"), titles(doc.problems()));
    assertEquals(
        List.of("强化理论武装", "改进作风"),
        doc.proposedMeasures().stream().map(ProposedMeasure::title).toList());
    // The duty lines are the measure's duties (0332), no part of its text.
    assertFalse(doc.proposedMeasures().get(0).description().contains("责任单位"));
    assertEquals(List.of("党委办公室"), doc.proposedMeasures().get(0).duties().responsibleUnits());
    assertEquals(List.of("各支部"), doc.proposedMeasures().get(1).duties().responsibleUnits());
  }

  @Test
  void aJumpInTheNumberingIsReported() {
    ParsedDocument doc = parser.parse("一、存在的问题\n1.问题一\n3.问题三\n");
    assertEquals(2, doc.problems().size());
    assertEquals(1, doc.warnings().size());
    assertTrue(doc.warnings().get(0).contains("问题三"));
  }

  @Test
  void itemsWithoutGroupsHaveAnEmptyCategoryPath() {
    ParsedDocument doc =
        parser.parse("一、存在的不足\n1、学习不够深入。具体表现为浅尝辄止。\n2、调研不够扎实\n下基层次数少。\n二、整改措施\n1、加强学习。\n");
    assertEquals(List.of("学习不够深入", "调研不够扎实"), titles(doc.problems()));
    assertEquals("学习不够深入。具体表现为浅尝辄止。", doc.problems().get(0).description());
    assertEquals("下基层次数少。", doc.problems().get(1).description());
    assertEquals(List.of(), doc.problems().get(0).categoryPath());
  }

  @Test
  void greetingPreambleAndIgnoredSectionsNeverBecomeProblemsAndAreNamed() {
    ParsedDocument doc =
        parser.parse(
            "关于对照检查的报告\n同志们：\n现将情况报告如下。\n一、存在的问题\n对照要求，查摆如下。\n"
                + "1.学习不深\n二、保障措施\n1.加强组织领导\n2.严格督查考核\n三、工作要求\n（一）按时完成\n");
    assertEquals(List.of("学习不深"), titles(doc.problems()));
    assertEquals(
        List.of(
            "Line 2 「同志们：」 comes before the first section; it introduces the document, is not a problem"
                + " and was not imported.",
            "Line 3 「现将情况报告如下。」 comes before the first section; it introduces the document, is not a"
                + " problem and was not imported.",
            "Line 5 「对照要求，查摆如下。」 introduces the section 「存在的问题」; it is not an item and was not"
                + " imported.",
            "Lines 7–9: the section 「二、保障措施」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was"
                + " not imported.",
            "Lines 10–11: the section 「三、工作要求」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was"
                + " not imported."),
        doc.warnings());
  }

  @Test
  void sectionHeadingsWithoutNumbersAreRecognisedWhenTheDocumentUsesThem() {
    ParsedDocument doc =
        parser.parse(
            "个人对照检查材料\n存在的问题\n1.学习不深。满足于读原文。\n2.调研不实\n原因分析\n1.理想信念弱化。放松了改造。\n"
                + "整改措施\n1.加强学习。每周学习一次。\n");
    assertEquals(List.of("学习不深", "调研不实"), titles(doc.problems()));
    assertEquals(List.of("理想信念弱化"), doc.causes().stream().map(ParsedCause::title).toList());
    assertEquals(
        List.of("加强学习"), doc.proposedMeasures().stream().map(ProposedMeasure::title).toList());
    assertEquals(List.of(), doc.warnings());
  }

  @Test
  void aShortLineInsideANumberedOutlineStaysText() {
    ParsedDocument doc = parser.parse("一、存在的问题\n1.学习不深\n整改措施\n二、原因分析\n（一）理想信念弱化。放松了改造。\n");
    assertEquals(List.of("学习不深"), titles(doc.problems()));
    assertEquals("整改措施", doc.problems().get(0).description());
  }

  @Test
  void anUnrecognisedSectionIsSkippedWithAWarning() {
    ParsedDocument doc = parser.parse("一、存在的问题\n1.学习不深\n二、其他事项\n1.某事\n");
    assertEquals(List.of("学习不深"), titles(doc.problems()));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("其他事项")));
  }

  @Test
  void numberedItemsWithoutAnySectionHeadingAreReadAsProblemsWithAWarning() {
    ParsedDocument doc = parser.parse("（一）政治方面\n1.学习不深\n2.调研不实\n（二）作风方面\n3.文山会海\n");
    assertEquals(List.of("学习不深", "调研不实", "文山会海"), titles(doc.problems()));
    assertEquals(List.of("作风方面"), doc.problems().get(2).categoryPath());
    assertEquals(1, doc.warnings().size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   \n\n",
        "这是一段没有任何编号的文字。我们认真学习了文件精神。",
        "同志们：\n今天的会议很重要。\n谢谢大家。",
        "一、保障措施\n（一）加强领导\n二、工作要求\n1.按时完成"
      })
  void aDocumentWithoutARecognisableOutlineGivesNoProblemsAndAWarning(String text) {
    ParsedDocument doc = parser.parse(text);
    assertTrue(doc.problems().isEmpty());
    assertFalse(doc.warnings().isEmpty());
  }
}
