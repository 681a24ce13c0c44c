package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What is a category, a problem, its title and its measures in a text or Word outline
 * (docs/decisions/0371): a （一） problem that introduces its 1. 2. sub-points, problems that open
 * with the same 方面 lead-in clause, 首先/其次/最后 points, a measure sub-heading naming several problems
 * by number — each read from a text and a .docx plan through {@code POST
 * /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportOutlineStructureTest {

  private static final String INTRODUCED_POINTS =
      """
      ××县民政局关于县委巡察反馈问题的整改方案
      一、存在的问题及整改措施
      （一）落实意识形态工作责任制不到位，主要表现在：
      1.意识形态工作专题研究次数偏少，全年仅研究1次。
      2.网络阵地管理不规范，信息审核把关不严。
      整改措施：每季度专题研究一次意识形态工作，建立信息发布三审制度。
      责任单位：办公室
      整改时限：2025年6月30日
      （二）落实全面从严治党主体责任不到位，主要表现在：
      1.党组研究党风廉政建设次数偏少。
      2.对下属单位监督检查不够。
      整改措施：每半年专题研究一次党风廉政建设，开展下属单位监督检查。
      责任单位：机关党委
      整改时限：2025年9月30日
      """;

  /**
   * A （一） problem that introduces its 1. 2. sub-points: one problem, the points its description.
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void pointsIntroducedByABracketedProblemDescribeIt(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, INTRODUCED_POINTS);
    assertEquals(
        List.of(
            problem(
                "落实意识形态工作责任制不到位",
                "落实意识形态工作责任制不到位，主要表现在：\n1.意识形态工作专题研究次数偏少，全年仅研究1次。\n2.网络阵地管理不规范，信息审核把关不严。",
                List.of(),
                lines(3, 8, null),
                List.of(
                    measure(
                        "每季度专题研究一次意识形态工作，建立信息发布三审制度。",
                        List.of("办公室"),
                        null,
                        null,
                        "DEADLINE",
                        "2025-06-30"))),
            problem(
                "落实全面从严治党主体责任不到位",
                "落实全面从严治党主体责任不到位，主要表现在：\n1.党组研究党风廉政建设次数偏少。\n2.对下属单位监督检查不够。",
                List.of(),
                lines(9, 14, null),
                List.of(
                    measure(
                        "每半年专题研究一次党风廉政建设，开展下属单位监督检查。",
                        List.of("机关党委"),
                        null,
                        null,
                        "DEADLINE",
                        "2025-09-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  private static final String GROUP_OF_PROBLEMS =
      """
      ××县民政局关于县委巡察反馈问题的整改方案
      一、存在的问题及整改措施
      （一）党的政治建设方面
      1.意识形态工作专题研究次数偏少，全年仅研究1次。
      整改措施：每季度专题研究一次意识形态工作。
      责任单位：办公室
      整改时限：2025年6月30日
      2.网络阵地管理不规范，信息审核把关不严。
      整改措施：建立信息发布三审制度。
      责任单位：办公室
      整改时限：2025年6月30日
      """;

  /** A guard: a （一） heading that names a group keeps its 1. 2. items as its problems. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aGroupHeadingKeepsItsItems(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, GROUP_OF_PROBLEMS);
    assertEquals(
        List.of(
            problem(
                "意识形态工作专题研究次数偏少，全年仅研究1次",
                "意识形态工作专题研究次数偏少，全年仅研究1次。",
                List.of("党的政治建设方面"),
                lines(4, 7, null),
                List.of(
                    measure(
                        "每季度专题研究一次意识形态工作。", List.of("办公室"), null, null, "DEADLINE", "2025-06-30"))),
            problem(
                "网络阵地管理不规范，信息审核把关不严",
                "网络阵地管理不规范，信息审核把关不严。",
                List.of("党的政治建设方面"),
                lines(8, 11, null),
                List.of(
                    measure("建立信息发布三审制度。", List.of("办公室"), null, null, "DEADLINE", "2025-06-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  private static final String SHARED_LEAD_IN =
      """
      ××县财政局关于巡察反馈问题的整改方案
      一、存在的问题及整改措施
      1.在落实中央八项规定精神方面，第1个问题表现为公务接待超标准，陪餐人数超过规定。
      整改措施：严格执行公务接待标准。
      责任单位：办公室
      整改时限：2025年6月30日
      2.在落实中央八项规定精神方面，第2个问题表现为公车使用不规范，派车登记不全。
      整改措施：建立公车使用台账。
      责任单位：办公室
      整改时限：2025年6月30日
      3.在落实中央八项规定精神方面，第3个问题是会议文件偏多，文山会海问题仍然存在。
      整改措施：精简会议文件。
      责任单位：办公室
      整改时限：2025年6月30日
      """;

  /**
   * Problems opening with the same 方面 clause: titled by their own words, the clause the category.
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aSharedLeadInClauseIsTheCategory(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, SHARED_LEAD_IN);
    List<String> category = List.of("落实中央八项规定精神方面");
    assertEquals(
        List.of(
            problem(
                "公务接待超标准，陪餐人数超过规定",
                "在落实中央八项规定精神方面，第1个问题表现为公务接待超标准，陪餐人数超过规定。",
                category,
                lines(3, 6, null),
                List.of(
                    measure("严格执行公务接待标准。", List.of("办公室"), null, null, "DEADLINE", "2025-06-30"))),
            problem(
                "公车使用不规范，派车登记不全",
                "在落实中央八项规定精神方面，第2个问题表现为公车使用不规范，派车登记不全。",
                category,
                lines(7, 10, null),
                List.of(
                    measure("建立公车使用台账。", List.of("办公室"), null, null, "DEADLINE", "2025-06-30"))),
            problem(
                "会议文件偏多，文山会海问题仍然存在",
                "在落实中央八项规定精神方面，第3个问题是会议文件偏多，文山会海问题仍然存在。",
                category,
                lines(11, 14, null),
                List.of(measure("精简会议文件。", List.of("办公室"), null, null, "DEADLINE", "2025-06-30")))),
        problems(answer),
        answer.prettify());
  }

  private static final String ORDINAL_POINTS_WITH_MEASURES =
      """
      ××县财政局关于巡察反馈问题的整改方案
      一、存在的问题及整改措施
      （一）理论学习方面
      首先，理论学习不深入，学用结合不紧密。
      整改措施：制定年度学习计划。
      责任单位：办公室
      整改时限：2025年6月30日
      其次，学习记录不完整，台账缺失。
      整改措施：建立学习台账。
      责任单位：办公室
      整改时限：2025年6月30日
      最后，青年理论学习小组活动开展不经常。
      整改措施：每月开展青年理论学习小组活动。
      责任单位：团委
      整改时限：2025年9月30日
      """;

  /** 首先，… 其次，… 最后，… each with its own measure: a problem per point, each its measure. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void ordinalPointsWithTheirMeasuresAreProblems(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, ORDINAL_POINTS_WITH_MEASURES);
    List<String> category = List.of("理论学习方面");
    assertEquals(
        List.of(
            problem(
                "理论学习不深入，学用结合不紧密",
                "理论学习不深入，学用结合不紧密。",
                category,
                lines(4, 7, null),
                List.of(
                    measure("制定年度学习计划。", List.of("办公室"), null, null, "DEADLINE", "2025-06-30"))),
            problem(
                "学习记录不完整，台账缺失",
                "学习记录不完整，台账缺失。",
                category,
                lines(8, 11, null),
                List.of(measure("建立学习台账。", List.of("办公室"), null, null, "DEADLINE", "2025-06-30"))),
            problem(
                "青年理论学习小组活动开展不经常",
                "青年理论学习小组活动开展不经常。",
                category,
                lines(12, 15, null),
                List.of(
                    measure(
                        "每月开展青年理论学习小组活动。", List.of("团委"), null, null, "DEADLINE", "2025-09-30")))),
        problems(answer),
        answer.prettify());
  }

  private static final String ORDINAL_POINTS_IN_ONE_PARAGRAPH =
      """
      ××县财政局党组关于巡察反馈问题的自查报告
      一、存在的问题
      （一）理论学习方面
      首先，理论学习不深入，学用结合不紧密。其次，学习记录不完整，台账缺失。最后，青年理论学习小组活动开展不经常。
      （二）作风建设方面
      1.督查检查过多过频。
      2.会议文件偏多。
      """;

  /** 首先，… 其次，… 最后，… in one paragraph under a group: a problem per point, as 一是 二是 are. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void ordinalPointsInOneParagraphAreProblems(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, ORDINAL_POINTS_IN_ONE_PARAGRAPH);
    assertEquals(
        List.of(
            problem(
                "理论学习不深入，学用结合不紧密",
                "理论学习不深入，学用结合不紧密。",
                List.of("理论学习方面"),
                lines(4, 4, null),
                List.of()),
            problem(
                "学习记录不完整，台账缺失", "学习记录不完整，台账缺失。", List.of("理论学习方面"), lines(4, 4, null), List.of()),
            problem(
                "青年理论学习小组活动开展不经常",
                "青年理论学习小组活动开展不经常。",
                List.of("理论学习方面"),
                lines(4, 4, null),
                List.of()),
            problem("督查检查过多过频", "督查检查过多过频。", List.of("作风建设方面"), lines(6, 6, null), List.of()),
            problem("会议文件偏多", "会议文件偏多。", List.of("作风建设方面"), lines(7, 7, null), List.of())),
        problems(answer),
        answer.prettify());
  }

  private static final String MEASURES_FOR_SEVERAL_PROBLEMS =
      """
      ××县财政局党组关于巡察反馈问题的整改方案
      一、存在的问题
      1.理论学习不深入，学用结合不紧密。
      2.会议文件偏多，文山会海问题仍然存在。
      3.督查检查过多过频，基层负担较重。
      二、整改措施
      （一）针对第1个问题：
      1.制定年度学习计划，每月开展一次集中学习。
      责任单位：办公室
      整改时限：2025年6月30日
      （二）针对第2、3个问题：
      1.精简会议文件，严控督查检查频次。
      责任单位：办公室
      整改时限：2025年9月30日
      """;

  /** 针对第2、3个问题： gives its measures to problems 2 and 3, as 针对第1个问题： to problem 1. */
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aMeasureHeadingNamingSeveralProblemsLinksEach(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, MEASURES_FOR_SEVERAL_PROBLEMS);
    var shared = measure("精简会议文件，严控督查检查频次。", List.of("办公室"), null, null, "DEADLINE", "2025-09-30");
    assertEquals(
        List.of(
            problem(
                "理论学习不深入，学用结合不紧密",
                "理论学习不深入，学用结合不紧密。",
                List.of(),
                lines(3, 3, null),
                List.of(
                    measure(
                        "制定年度学习计划，每月开展一次集中学习。",
                        List.of("办公室"),
                        null,
                        null,
                        "DEADLINE",
                        "2025-06-30"))),
            problem(
                "会议文件偏多，文山会海问题仍然存在",
                "会议文件偏多，文山会海问题仍然存在。",
                List.of(),
                lines(4, 4, null),
                List.of(shared)),
            problem(
                "督查检查过多过频，基层负担较重",
                "督查检查过多过频，基层负担较重。",
                List.of(),
                lines(5, 5, null),
                List.of(shared))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  private static final String ORDINAL_LABELS_AND_PARTS_HEADING =
      """
      ××县财政局党组关于巡察反馈问题的整改方案
      一、问题及整改要求
      （一）第一类问题：理论学习不深入，学用结合不紧密。
      整改措施：制定年度学习计划。
      责任单位：办公室
      整改时限：2025年6月30日
      （二）第二类问题：作风建设不扎实，督查检查过多过频。
      整改措施：精简督查检查。
      责任单位：办公室
      整改时限：2025年9月30日
      """;

  /**
   * 第一类问题： labels the problem (its title is what follows), and 问题及整改要求 names the document's parts,
   * no category.
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void anOrdinalLabelTitlesNothingAndAPartsHeadingIsNoCategory(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, ORDINAL_LABELS_AND_PARTS_HEADING);
    assertEquals(
        List.of(
            problem(
                "理论学习不深入，学用结合不紧密",
                "第一类问题：理论学习不深入，学用结合不紧密。",
                List.of(),
                lines(3, 6, null),
                List.of(
                    measure("制定年度学习计划。", List.of("办公室"), null, null, "DEADLINE", "2025-06-30"))),
            problem(
                "作风建设不扎实，督查检查过多过频",
                "第二类问题：作风建设不扎实，督查检查过多过频。",
                List.of(),
                lines(7, 10, null),
                List.of(measure("精简督查检查。", List.of("办公室"), null, null, "DEADLINE", "2025-09-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  private static final String BARE_NUMBERS_AND_SOURCE_TAGS =
      """
      ××县财政局关于巡察反馈问题的整改方案
      一、存在的问题及整改措施
      1.
      理论学习不深入，学用结合不紧密。
      整改措施：制定年度学习计划。
      责任单位：办公室
      整改时限：2025年6月30日
      2.【审计反馈】公务接待超标准，陪餐人数超过规定。
      整改措施：严格执行公务接待标准。
      责任单位：办公室
      整改时限：2025年9月30日
      """;

  /**
   * An item's number alone on its line goes with the text on the next line; a source tag (【审计反馈】)
   * is no part of the title, and stays in the description.
   */
  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aBareNumberTakesTheNextLineAndASourceTagIsNoTitle(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, BARE_NUMBERS_AND_SOURCE_TAGS);
    assertEquals(
        List.of(
            problem(
                "理论学习不深入，学用结合不紧密",
                "理论学习不深入，学用结合不紧密。",
                List.of(),
                lines(3, 7, null),
                List.of(
                    measure("制定年度学习计划。", List.of("办公室"), null, null, "DEADLINE", "2025-06-30"))),
            problem(
                "公务接待超标准，陪餐人数超过规定",
                "【审计反馈】公务接待超标准，陪餐人数超过规定。",
                List.of(),
                lines(8, 11, null),
                List.of(
                    measure("严格执行公务接待标准。", List.of("办公室"), null, null, "DEADLINE", "2025-09-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
