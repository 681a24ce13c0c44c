package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A problem's text wrapped right before a label's name written without its colon (…部分问题的 /
 * 整改措施不具体…, …存在问题较多 / 整改进展 9.5亿元…): the words go on with the problem's sentence — its title and
 * description hold them, and no progress note is made of them — in a text file and in a PDF whose
 * line ends at the right edge of its text; the labels with their colons below stay labels. Read
 * through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0361).
 */
@QuarkusTest
class ImportLabelWordsAfterWrapsTest {

  static final String PLAN =
      """
      县发展和改革局关于巡察整改“回头看”发现问题的整改方案
      一、存在问题及整改措施
      （一）整改落实方面
      1.部分问题的
      整改措施不具体、不可操作，存在“以文件落实文件”现象。
      整改措施：逐项细化整改措施。
      责任领导：刘明；责任单位：办公室；责任人：陈红；整改时限：2024年9月30日
      2.个别科室报送的
      整改进展情况与实际不符，存在“纸面整改”现象。
      整改措施：建立整改进展核查制度。
      责任领导：刘明；责任单位：督查室；责任人：赵敏；整改时限：2024年10月31日
      3.部分科室对
      问题整改重视不够，整改工作推进缓慢。
      整改措施：召开整改工作推进会。
      责任领导：孙伟；责任单位：督查室；责任人：周亮；整改时限：2024年8月31日
      """;

  static final String LAID_OUT =
      String.join(
          "\n",
          "县发展和改革局巡察整改方案",
          "一、存在问题及整改措施",
          "（一）资金管理方面",
          "1.涉农资金统筹整合不到位，资金拨付进度缓慢，存在问题较多",
          "整改进展 9.5亿元资金未按期拨付。",
          "整改措施：加快涉农资金拨付。",
          "责任领导：刘明；责任单位：计划股；责任人：陈红",
          "整改时限：2024年9月30日",
          "2.部分项目前期工作不够扎实，项目储备不足，部分问题的整改",
          "措施不具体、不可操作，存在“以文件落实文件”现象。",
          "整改措施：逐项细化整改措施。",
          "责任领导：刘明；责任单位：项目股；责任人：赵敏",
          "整改时限：2024年10月31日",
          "3.整改台账不健全。",
          "整改措施：重新梳理整改台账。",
          "责任领导：孙伟；责任单位：办公室；责任人：周亮",
          "整改时限：2024年8月31日");

  private static Map<String, Object> wrapped(
      String title, String text, Map<String, Object> origin, Map<String, Object> measure) {
    return problem(title, text, List.of("整改落实方面"), origin, List.of(measure));
  }

  @Test
  void aLabelsNameWithoutItsColonAfterAWrapGoesOnWithTheText() throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan("text", PLAN);
    assertEquals(
        List.of(
            wrapped(
                "部分问题的整改措施不具体、不可操作，存在“以文件落实文件”现象",
                "部分问题的整改措施不具体、不可操作，存在“以文件落实文件”现象。",
                lines(4, 7, null),
                measure("逐项细化整改措施。", List.of("办公室"), "刘明", "陈红", "DEADLINE", "2024-09-30")),
            wrapped(
                "个别科室报送的整改进展情况与实际不符，存在“纸面整改”现象",
                "个别科室报送的整改进展情况与实际不符，存在“纸面整改”现象。",
                lines(8, 11, null),
                measure("建立整改进展核查制度。", List.of("督查室"), "刘明", "赵敏", "DEADLINE", "2024-10-31")),
            wrapped(
                "部分科室对问题整改重视不够，整改工作推进缓慢",
                "部分科室对问题整改重视不够，整改工作推进缓慢。",
                lines(12, 15, null),
                measure("召开整改工作推进会。", List.of("督查室"), "孙伟", "周亮", "DEADLINE", "2024-08-31"))),
        problems(answer),
        answer.prettify());
  }

  @Test
  void aPdfLineEndingAtTheEdgeGoesOnIntoALabelsNameWithoutItsColon() {
    JsonPath answer = ImportAnswers.dryRunLaidOutPdf(LAID_OUT);
    List<String> group = List.of("资金管理方面");
    assertEquals(
        List.of(
            problem(
                "涉农资金统筹整合不到位，资金拨付进度缓慢，存在问题较多整改进展9.5亿元资金未按期拨付",
                "涉农资金统筹整合不到位，资金拨付进度缓慢，存在问题较多整改进展9.5亿元资金未按期拨付。",
                group,
                lines(4, 8, 1),
                List.of(
                    measure("加快涉农资金拨付。", List.of("计划股"), "刘明", "陈红", "DEADLINE", "2024-09-30"))),
            problem(
                "部分项目前期工作不够扎实",
                "部分项目前期工作不够扎实，项目储备不足，部分问题的整改措施不具体、不可操作，存在“以文件落实文件”现象。",
                group,
                lines(9, 13, 1),
                List.of(
                    measure("逐项细化整改措施。", List.of("项目股"), "刘明", "赵敏", "DEADLINE", "2024-10-31"))),
            problem(
                "整改台账不健全",
                "整改台账不健全。",
                group,
                lines(14, 17, 1),
                List.of(
                    measure("重新梳理整改台账。", List.of("办公室"), "孙伟", "周亮", "DEADLINE", "2024-08-31")))),
        problems(answer),
        answer.prettify());
  }
}
