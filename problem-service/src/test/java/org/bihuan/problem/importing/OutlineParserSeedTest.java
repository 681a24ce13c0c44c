package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The outline of the seed self-examination: its problems, groups, descriptions, causes and
 * measures.
 */
class OutlineParserSeedTest {

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

  static List<String> titles(List<ParsedProblem> problems) {
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
