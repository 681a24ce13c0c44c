package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.importing.ParsedMeasure.Timing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OutlineParserTest {

  private static final String SIX_ASPECTS = "《中共中央关于在全党深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育的意见》明确的6个方面";
  private static final String TWELVE_REQUIREMENTS = "习近平总书记关于以学铸魂、以学增智、以学正风、以学促干的12条具体要求";
  private static final String ACHIEVEMENT_VIEW = "树立和践行正确政绩观剖析情况";

  private final OutlineParser parser = new OutlineParser();

  private ParsedDocument parse(String document) {
    return parser.parse(Documents.text(document));
  }

  // --- the seed, end to end ---

  @Test
  void seedGivesElevenProblemsWithTheHeadingsAsTitles() {
    ParsedDocument seed = parse(Documents.SEED);
    assertEquals(
        List.of(
            "理论学习方面",
            "政治素质方面",
            "能力本领方面",
            "担当作为方面",
            "工作作风方面",
            "廉洁自律方面",
            "以学铸魂方面",
            "以学增智方面",
            "以学正风方面",
            "以学促干方面",
            ACHIEVEMENT_VIEW),
        titles(seed.problems()));
  }

  @Test
  void seedProblemsAreInTheirGroupsCategory() {
    List<ParsedProblem> problems = parse(Documents.SEED).problems();
    for (int i = 0; i < 6; i++) {
      assertEquals(List.of(SIX_ASPECTS), problems.get(i).categoryPath(), problems.get(i).title());
    }
    for (int i = 6; i < 10; i++) {
      assertEquals(List.of(TWELVE_REQUIREMENTS), problems.get(i).categoryPath());
    }
    assertEquals(List.of(ACHIEVEMENT_VIEW), problems.get(10).categoryPath());
  }

  @Test
  void seedDescriptionsAreTheParagraphsUnderEachHeading() {
    List<ParsedProblem> problems = parse(Documents.SEED).problems();
    assertTrue(problems.get(0).description().startsWith("我们认识到，理论学习的深度尚未达到预期水平。"));
    assertTrue(problems.get(0).description().endsWith("思想转化为具体工作思路的能力仍有待提升。"));
    assertEquals(
        "宗旨意识、为民情怀有待加强，在掌握群众所思所想所盼、身体力行攻坚克难指导、用心用情用力解决问题等方面仍有差距。"
            + "落实上级决策部署照搬照抄、上下一般粗的现象，不同形式不同程度地存在。"
            + "工作作风效能、服务意识还有所欠缺，缺乏躬身入局的自觉。调查研究工作还存在不深不透的现象。",
        problems.get(4).description());
    assertTrue(problems.get(10).description().startsWith("按依据本次专题民主生活会的工作指引"));
    assertTrue(problems.get(10).description().endsWith("以推动事业高质量发展，开启新篇章。"));
    problems.forEach(p -> assertTrue(p.measures().isEmpty()));
  }

  @Test
  void seedCausesAreTitledByTheirFirstSentence() {
    List<ParsedCause> causes = parse(Documents.SEED).causes();
    assertEquals(
        List.of("理论学习不够深入", "宗旨意识的牢固性还需加强", "履职担当不够到位", "管党治党不够严格"),
        causes.stream().map(ParsedCause::title).toList());
    assertEquals(
        "在深入全面学习习近平新时代中国特色社会主义思想方面尚有不足。对于党的创新理论的全面掌握存在偏差，" + "将党的最新理论成果用于推动工作发展、解决实际问题的能力还需提升。",
        causes.get(0).description());
    assertTrue(causes.get(2).description().endsWith("兼顾当前与长远发展的能力有待提高。"));
  }

  @Test
  void seedMeasureGroupsAreProposedMeasures() {
    List<ProposedMeasure> measures = parse(Documents.SEED).proposedMeasures();
    assertEquals(
        List.of("永葆对党忠诚本色", "增添干事创业成色", "擦亮清正廉洁底色"),
        measures.stream().map(ProposedMeasure::title).toList());
    assertTrue(measures.get(0).description().startsWith("我们致力于持续巩固学习和贯彻"));
    assertTrue(measures.get(2).description().endsWith("营造者和维护者。"));
  }

  @Test
  void seedCarriesNoNoiseAndWarnsOnlyOfItsIntroductions() {
    ParsedDocument seed = parse(Documents.SEED);
    for (String text : allText(seed)) {
      assertFalse(text.contains("##"), text);
      assertFalse(text.contains("paid"), text);
      assertFalse(text.contains("。。"), text);
      assertFalse(text.contains("同志们"), text);
      assertEquals(text.strip(), text);
    }
    assertEquals(List.of(), placing(seed.warnings()));
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
  void measuresWithResponsibilityInASelfExaminationStayProposedMeasures() {
    ParsedDocument doc =
        parser.parse(
            "一、存在的问题\n1.学习不深\n二、整改措施\n（一）强化理论武装。每月学习一次。\n责任单位：党委办公室；完成时限：2024年底\n"
                + "（二）改进作风。深入基层调研。\n责任单位：各支部\n");
    assertEquals(List.of("学习不深"), titles(doc.problems()));
    assertEquals(
        List.of("强化理论武装", "改进作风"),
        doc.proposedMeasures().stream().map(ProposedMeasure::title).toList());
    assertTrue(doc.proposedMeasures().get(0).description().contains("责任单位：党委办公室"));
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

  // --- rectification plans ---

  @Test
  void planWithSectionsGivesProblemsWithMeasuresAndResponsibility() {
    ParsedDocument doc = parse("rectification_plan_sections.txt");
    assertEquals(
        List.of(
            "学习贯彻党的创新理论不够深入的问题",
            "意识形态工作责任制落实不到位的问题",
            "落实“第一议题”制度不严格的问题",
            "“两个责任”落实不到位的问题",
            "违规发放津贴补贴的问题"),
        titles(doc.problems()));
    List<ParsedProblem> p = doc.problems();
    assertEquals(List.of("党的政治建设方面"), p.get(0).categoryPath());
    assertEquals(List.of("全面从严治党方面"), p.get(3).categoryPath());
    assertEquals("理论学习中心组学习流于形式，研讨发言质量不高。", p.get(0).description());
    assertEquals("落实“第一议题”制度不严格的问题", p.get(2).description());
    assertEquals(
        List.of(
            measure(
                "制定年度学习计划，每月开展一次集中学习研讨",
                List.of("党委办公室", "组织部"),
                "张明",
                "李华",
                Timing.DEADLINE,
                "2024-06-30"),
            measure(
                "建立学习督查通报制度。", List.of("党委办公室", "组织部"), "张明", "李华", Timing.DEADLINE, "2024-06-30")),
        p.get(0).measures());
    assertEquals(
        List.of(
            measure(
                "每半年专题研究一次意识形态工作。", List.of("党委宣传部"), "张明", "王芳", Timing.DEADLINE, "2024-09-30")),
        p.get(1).measures());
    assertEquals(
        List.of(
            measure("修订“第一议题”学习制度。", List.of("党委办公室", "纪委办公室"), "赵强", null, Timing.IMMEDIATE, null),
            measure("建立学习台账。", List.of("党委办公室", "纪委办公室"), "赵强", null, Timing.IMMEDIATE, null)),
        p.get(2).measures());
    assertEquals(
        List.of(
            new ParsedMeasure(
                "制定监督检查计划，实现全覆盖。",
                List.of("纪委办公室"),
                List.of("审计部"),
                "刘伟",
                "陈静",
                Timing.DEADLINE,
                LocalDate.of(2024, 12, 31),
                null,
                null)),
        p.get(3).measures());
    assertEquals(
        List.of(measure("立即清退违规发放款项，并建立长效机制。", List.of("财务部"), "刘伟", null, Timing.LONG_TERM, null)),
        p.get(4).measures());
    assertEquals(1, placing(doc.warnings()).size());
    assertTrue(placing(doc.warnings()).get(0).contains("违规发放津贴补贴的问题"));
    assertTrue(placing(doc.warnings()).get(0).contains("LONG_TERM"));
    assertTrue(doc.causes().isEmpty());
    assertTrue(doc.proposedMeasures().isEmpty());
  }

  @Test
  void planWithoutSectionsReadsEveryLabelVariantAndDateForm() {
    ParsedDocument doc = parse("rectification_plan_flat.txt");
    List<ParsedProblem> p = doc.problems();
    assertEquals(
        List.of("预算执行进度缓慢", "固定资产账实不符", "工程款超付", "项目档案管理不规范", "招标文件审核不严", "合同管理台账缺失"), titles(p));
    assertEquals(List.of("财务管理方面"), p.get(0).categoryPath());
    assertEquals(List.of("工程项目管理方面"), p.get(2).categoryPath());
    assertEquals("2023年预算执行率仅为78%，低于序时进度。", p.get(0).description());
    assertEquals("某项目超付工程款3.2万元。", p.get(2).description());
    assertEquals(
        List.of(
            measure(
                "建立预算执行月通报制度", List.of("财务科", "项目办"), "周平", "吴敏", Timing.DEADLINE, "2024-05-31"),
            measure(
                "对执行进度滞后的项目约谈项目负责人。",
                List.of("财务科", "项目办"),
                "周平",
                "吴敏",
                Timing.DEADLINE,
                "2024-05-31")),
        p.get(0).measures());
    assertEquals(
        List.of(measure("开展资产清查。", List.of("办公室"), "周平", "郑洁", Timing.DEADLINE, "2024-05-31")),
        p.get(1).measures());
    assertEquals(
        List.of(
            measure("追回超付款项。", List.of("工程部"), "孙涛", null, Timing.DEADLINE, "2024-05-31"),
            measure(
                "完善工程结算审核制度。", List.of("工程部", "审计科"), "孙涛", null, Timing.DEADLINE, "2024-04-30")),
        p.get(2).measures());
    assertEquals(
        List.of(measure("全面整理项目档案。", List.of("档案室"), "孙涛", null, Timing.LONG_TERM, null)),
        p.get(3).measures());
    assertEquals(
        List.of(measure("修订招标文件审核流程。", List.of("工程部"), null, null, null, null)),
        p.get(4).measures());
    assertEquals(
        List.of(
            measure("建立合同管理台账。", List.of("法务部", "办公室"), null, null, Timing.DEADLINE, "2024-06-30")),
        p.get(5).measures());
    assertEquals(1, doc.warnings().size());
    assertTrue(doc.warnings().get(0).contains("招标文件审核不严"));
    assertTrue(doc.warnings().get(0).contains("尽快完成"));
  }

  @Test
  void problemsMayStartWithTheirLabelInsteadOfANumber() {
    ParsedDocument doc =
        parser.parse(
            "整改清单\n问题表现：会议室超标。面积超出标准20平方米。\n整改措施：腾退超标面积。\n责任单位：办公室\n整改时限：2024年3月31日\n"
                + "问题表现：公车私用\n整改措施：加强车辆管理\n责任单位：车队\n整改时限：2024年4月\n");
    assertEquals(List.of("会议室超标", "公车私用"), titles(doc.problems()));
    assertEquals("会议室超标。面积超出标准20平方米。", doc.problems().get(0).description());
    assertEquals(
        List.of(measure("加强车辆管理", List.of("车队"), null, null, Timing.DEADLINE, "2024-04-30")),
        doc.problems().get(1).measures());
  }

  @Test
  void problemsNumberedInTheirLabelAreSeparated() {
    ParsedDocument doc =
        parser.parse(
            "问题一：学习不深。中心组学习流于形式。\n整改措施：制定学习计划\n责任单位：办公室；整改时限：2024年5月\n"
                + "问题二：调研不实\n整改措施：开展专题调研\n责任单位：研究室；整改时限：2024年6月\n");
    assertEquals(List.of("学习不深", "调研不实"), titles(doc.problems()));
    assertEquals("学习不深。中心组学习流于形式。", doc.problems().get(0).description());
    assertEquals(
        List.of(measure("开展专题调研", List.of("研究室"), null, null, Timing.DEADLINE, "2024-06-30")),
        doc.problems().get(1).measures());
  }

  @Test
  void aPlanPastedFromASpreadsheetAsTabSeparatedRowsIsRead() {
    ParsedDocument doc =
        parser.parse(
            "整改台账\n序号\t问题类别\t存在问题\t整改措施\t责任领导\t责任单位\t整改时限\n"
                + "1\t作风建设\t会议室超标\t腾退超标面积\t张明\t办公室、后勤部\t2024年3月31日\n"
                + "2\t作风建设\t公车私用\t加强车辆管理\t张明\t车队\t立行立改\n"
                + "以上为全部问题。\n");
    assertEquals(List.of("会议室超标", "公车私用"), titles(doc.problems()));
    assertEquals(
        List.of(
            measure("腾退超标面积", List.of("办公室", "后勤部"), "张明", null, Timing.DEADLINE, "2024-03-31")),
        doc.problems().get(0).measures());
    assertEquals(
        List.of(measure("加强车辆管理", List.of("车队"), "张明", null, Timing.IMMEDIATE, null)),
        doc.problems().get(1).measures());
  }

  @Test
  void textAfterTheResponsibilityLinesIsContextOfTheProblemNotPartOfTheMeasure() {
    ParsedDocument doc = parser.parse("1.公车私用问题\n整改措施：加强车辆管理\n责任单位：车队；整改时限：立行立改\n另外，车辆台账不全。\n");
    assertEquals("加强车辆管理", doc.problems().get(0).measures().get(0).measure());
    assertEquals("公车私用问题\n另外，车辆台账不全。", doc.problems().get(0).description());
  }

  @Test
  void aGoalAfterTheResponsibilityLinesIsAppendedToTheMeasure() {
    ParsedDocument doc = parser.parse("1.公车私用问题\n整改措施：加强车辆管理\n责任单位：车队；整改时限：立行立改\n整改目标：杜绝公车私用。\n");
    assertEquals("加强车辆管理\n整改目标：杜绝公车私用。", doc.problems().get(0).measures().get(0).measure());
    assertEquals("公车私用问题", doc.problems().get(0).description());
  }

  @Test
  void labelsOnTheProblemLineItselfAreRead() {
    ParsedDocument doc =
        parser.parse(
            "1.公车私用问题。整改措施：加强车辆管理。责任单位：车队；整改时限：立行立改\n"
                + "2.超标准接待问题。整改措施：严格接待标准。责任单位：办公室；整改时限：长期坚持\n");
    assertEquals(List.of("公车私用问题", "超标准接待问题"), titles(doc.problems()));
    assertEquals(
        List.of(measure("加强车辆管理。", List.of("车队"), null, null, Timing.IMMEDIATE, null)),
        doc.problems().get(0).measures());
    assertEquals(Timing.LONG_TERM, doc.problems().get(1).measures().get(0).timing());
  }

  @Test
  void measurePointsNumberedLikeTheProblemsStayInTheirProblem() {
    ParsedDocument doc =
        parser.parse(
            "1.学习不深的问题\n整改措施：\n1.制定学习计划\n2.开展专题研讨\n责任单位：办公室；整改时限：2024年5月\n"
                + "2.调研不实的问题\n整改措施：开展专题调研\n责任单位：研究室；整改时限：2024年6月\n");
    assertEquals(List.of("学习不深的问题", "调研不实的问题"), titles(doc.problems()));
    assertEquals(
        List.of("制定学习计划", "开展专题研讨"),
        doc.problems().get(0).measures().stream().map(ParsedMeasure::measure).toList());
  }

  @Test
  void missingResponsibilityAndTimeLimitAreWarnedAboutByProblem() {
    ParsedDocument doc = parser.parse("1.学习不深的问题\n整改措施：制定学习计划\n2.调研不实的问题\n问题表现：下基层少\n");
    assertEquals(2, doc.problems().size());
    ParsedMeasure m = doc.problems().get(0).measures().get(0);
    assertEquals(null, m.timing());
    assertEquals(List.of(), m.responsibleUnits());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("学习不深的问题") && w.contains("整改时限")));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("学习不深的问题") && w.contains("责任单位")));
    assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("调研不实的问题") && w.contains("整改措施")));
  }

  @Test
  void aLargeDocumentIsReadCompletely() {
    StringBuilder text = new StringBuilder("一、存在的问题\n");
    for (int g = 1; g <= 100; g++) {
      text.append("（").append(WordListNumbers.chinese(g)).append("）第").append(g).append("组\n");
      for (int i = 1; i <= 50; i++) {
        text.append(i).append(".问题").append(g).append('-').append(i).append("\n描述。\n");
      }
    }
    ParsedDocument doc = parser.parse(text.toString());
    assertEquals(5000, doc.problems().size());
    assertEquals(List.of("第100组"), doc.problems().get(4999).categoryPath());
  }

  private static ParsedMeasure measure(
      String text,
      List<String> units,
      String leader,
      String person,
      Timing timing,
      String deadline) {
    return new ParsedMeasure(
        text,
        units,
        List.of(),
        leader,
        person,
        timing,
        deadline == null ? null : LocalDate.parse(deadline),
        null,
        null);
  }

  /**
   * The warnings but those naming text that is never a problem and is not imported (the lines
   * before the first section, a section's introduction, a section that holds no problems).
   */
  static List<String> placing(List<String> warnings) {
    return warnings.stream()
        .filter(
            w ->
                !w.contains("」 comes before the first section;")
                    && !(w.contains("」 introduces the section 「") && w.endsWith("not imported."))
                    && !w.contains("」 holds no problems (such as"))
        .toList();
  }

  private static List<String> titles(List<ParsedProblem> problems) {
    return problems.stream().map(ParsedProblem::title).toList();
  }

  private static List<String> allText(ParsedDocument doc) {
    List<String> all = new ArrayList<>();
    for (ParsedProblem p : doc.problems()) {
      all.add(p.title());
      all.add(p.description());
      all.addAll(p.categoryPath());
    }
    doc.causes().forEach(c -> all.addAll(List.of(c.title(), c.description())));
    doc.proposedMeasures().forEach(c -> all.addAll(List.of(c.title(), c.description())));
    return all;
  }
}
