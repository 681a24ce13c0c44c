package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A measure with no 整改时限 takes its time limit from its own words: 于2024年9月底前完成, 2024年10月31日前完成,
 * 确保年底前完成 (the document's year, or the year its text names before it, with a warning saying which),
 * 长期坚持 (LONG_TERM), 立行立改 and 即日起 (IMMEDIATE, no date: never today); two dates, the later one; a
 * labelled 整改时限 wins over the words. From a text and a .docx of paragraphs through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0372).
 */
@QuarkusTest
class ImportDeadlinesInMeasureTextTest {

  static final String PLAN =
      """
      县财政局关于巡察反馈问题的整改方案
      一、问题清单及整改措施
      1.预算执行进度缓慢。
      整改措施：建立预算执行通报制度，于2024年9月底前完成。
      责任单位：预算股；责任人：王芳
      2.政府采购程序不规范。
      整改措施：修订政府采购内部管理办法，2024年10月31日前完成。
      责任单位：采购股；责任人：李明
      3.资产台账不健全。
      整改措施：全面清查固定资产，确保年底前完成。
      责任单位：资产股；责任人：赵刚
      4.干部作风建设有差距。
      整改措施：严格落实作风建设各项规定，长期坚持。
      责任单位：办公室；责任人：孙丽
      5.公务用车管理不严。
      整改措施：立行立改，清退违规使用车辆。
      责任单位：办公室；责任人：孙丽
      6.会议室管理混乱。
      整改措施：即日起实行会议室预约登记。
      责任单位：办公室；责任人：孙丽
      7.档案管理不规范。
      整改措施：2025年3月底前完成档案清理，年底前完成数字化。
      责任单位：档案室；责任人：周强
      8.票据管理不严。
      整改措施：建立票据领用登记制度，2024年7月底前完成。
      责任单位：财务股；责任人：钱勇；整改时限：2024年6月30日
      """;

  private static Map<String, Object> one(
      String title, int line, String text, String unit, String person, String timing, String at) {
    return problem(
        title,
        title + "。",
        List.of(),
        lines(line, line + 2, null),
        List.of(measure(text, List.of(unit), null, person, timing, at)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aMeasureWithoutATimeLimitTakesTheOneItsWordsGive(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            one("预算执行进度缓慢", 3, "建立预算执行通报制度，于2024年9月底前完成。", "预算股", "王芳", "DEADLINE", "2024-09-30"),
            one(
                "政府采购程序不规范",
                6,
                "修订政府采购内部管理办法，2024年10月31日前完成。",
                "采购股",
                "李明",
                "DEADLINE",
                "2024-10-31"),
            one("资产台账不健全", 9, "全面清查固定资产，确保年底前完成。", "资产股", "赵刚", "DEADLINE", "2024-12-31"),
            one("干部作风建设有差距", 12, "严格落实作风建设各项规定，长期坚持。", "办公室", "孙丽", "LONG_TERM", null),
            one("公务用车管理不严", 15, "立行立改，清退违规使用车辆。", "办公室", "孙丽", "IMMEDIATE", null),
            one("会议室管理混乱", 18, "即日起实行会议室预约登记。", "办公室", "孙丽", "IMMEDIATE", null),
            one("档案管理不规范", 21, "2025年3月底前完成档案清理，年底前完成数字化。", "档案室", "周强", "DEADLINE", "2025-12-31"),
            one("票据管理不严", 24, "建立票据领用登记制度，2024年7月底前完成。", "财务股", "钱勇", "DEADLINE", "2024-06-30")),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    w.contains("「年底前」 in the measure's text was read as its time limit")
                        && w.contains("read in the document's year, 2024")),
        answer.prettify());
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    w.contains("「2025年3月底前」「年底前」")
                        && w.contains("read in the year the measure's text names before it, 2025")
                        && w.contains("the latest, 2025-12-31, is the deadline")),
        answer.prettify());
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    w.contains("「即日起」")
                        && w.contains("IMMEDIATE")
                        && w.contains("default deadline")),
        answer.prettify());
    assertTrue(
        warnings.stream()
            .anyMatch(
                w ->
                    w.contains(
                        "names 2024-07-31 as its time limit, its 整改时限 2024-06-30; the 整改时限 was kept")),
        answer.prettify());
  }
}
