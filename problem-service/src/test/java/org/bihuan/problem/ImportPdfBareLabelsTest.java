package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A plan whose duty labels are written without a colon, a space between each label and its value
 * (责任人 吴九 整改时限 2024年11月30日), saved as a PDF: the space between a bare label and a value that starts
 * with a digit is the label's colon, not a gap a PDF leaves between a Chinese character and a
 * digit, so the time limit is read as it is from the Word file, in any order of the labels and on a
 * line of its own. Read through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfBareLabelsTest {

  private static final List<String> PLAN =
      List.of(
          "某局整改方案",
          "一、整改任务",
          "（一）作风方面",
          "1.请销假制度执行不严。",
          "整改措施：严格请销假管理。",
          "责任领导 李四 责任单位 人事科 责任人 吴九 整改时限 2024年11月30日",
          "2.值班制度落实不到位。",
          "整改措施：完善值班制度。",
          "责任单位 办公室 责任人 王五 整改时限 2024年10月31日 责任领导 张三",
          "3.公文处理不及时。",
          "整改措施：建立公文办理督办机制。",
          "责任领导 张三",
          "责任单位 办公室",
          "责任人 王五",
          "整改时限 2024年9月30日",
          "4.档案管理不规范。",
          "整改措施：开展档案清理。",
          "责任领导：李四 责任单位：人事科 责任人：吴九 整改时限：2024年11月30日");

  private static Map<String, Object> problem(
      String title, int from, int to, Map<String, Object> measure) {
    return ImportAnswers.problem(
        title, title + "。", List.of("作风方面"), lines(from, to, 1), List.of(measure));
  }

  private static final List<Map<String, Object>> EXPECTED =
      List.of(
          problem(
              "请销假制度执行不严",
              4,
              6,
              measure("严格请销假管理。", List.of("人事科"), "李四", "吴九", "DEADLINE", "2024-11-30")),
          problem(
              "值班制度落实不到位",
              7,
              9,
              measure("完善值班制度。", List.of("办公室"), "张三", "王五", "DEADLINE", "2024-10-31")),
          problem(
              "公文处理不及时",
              10,
              15,
              measure("建立公文办理督办机制。", List.of("办公室"), "张三", "王五", "DEADLINE", "2024-09-30")),
          problem(
              "档案管理不规范",
              16,
              18,
              measure("开展档案清理。", List.of("人事科"), "李四", "吴九", "DEADLINE", "2024-11-30")));

  @Test
  void bareLabelsWrittenInOneRunReadAsInTheWordFile() {
    JsonPath answer = TableImportTest.dryRun(ChinesePdf.of(List.of(PLAN)), DocumentText.PDF);
    TableImportTest.assertProblems(EXPECTED, answer);
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void bareLabelsDrawnGlyphByGlyphReadAsInTheWordFile() {
    JsonPath answer = ImportAnswers.dryRunLaidOutPdf(String.join("\n", PLAN));
    TableImportTest.assertProblems(EXPECTED, answer);
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  /**
   * A bare time-limit label cut in two at the page's right edge (整 / 改时限 2024年10月31日): the line
   * goes on in the next one, and neither piece of the label is a unit.
   */
  @Test
  void bareLabelCutAtThePageEdgeIsOneLabel() {
    JsonPath answer =
        ImportAnswers.dryRunLaidOutPdf(
            String.join(
                "\n",
                "某局整改方案",
                "一、整改任务",
                "（一）作风方面",
                "1.值班制度落实不到位。",
                "整改措施：完善值班制度。",
                "责任领导 张三 责任单位 办公室 责任人 王五 整",
                "改时限 2024年10月31日",
                "2.档案管理不规范。",
                "整改措施：开展档案清理。",
                "责任领导：李四 责任单位：人事科",
                "责任人：吴九 整改时限：2024年11月30日"));
    TableImportTest.assertProblems(
        List.of(
            problem(
                "值班制度落实不到位",
                4,
                7,
                measure("完善值班制度。", List.of("办公室"), "张三", "王五", "DEADLINE", "2024-10-31")),
            problem(
                "档案管理不规范",
                8,
                11,
                measure("开展档案清理。", List.of("人事科"), "李四", "吴九", "DEADLINE", "2024-11-30"))),
        answer);
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
