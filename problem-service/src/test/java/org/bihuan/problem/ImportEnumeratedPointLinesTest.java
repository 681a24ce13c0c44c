package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.FormatFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Problems split from one paragraph by its points (一是…；二是…；三是…) under a group heading: the points
 * on the heading's own line, on the line below a heading that stands alone, and on two lines below
 * it. Each problem's origin names the lines its own text is on, the heading's line only where the
 * point is written on it (docs/decisions/0339) — as text, as the paragraphs of a Word file, and as
 * a PDF written by PDFBox (its page too). Through {@code POST /sources/{id}/import?dryRun=true},
 * every field of every problem, and no warning.
 */
@QuarkusTest
class ImportEnumeratedPointLinesTest {

  private static final String TEXT =
      """
      县审计局巡察反馈问题整改方案
      一、存在的问题
      （一）思想认识不到位。一是理论学习不深入，学习流于形式；二是对巡察整改重视不够，研究部署不及时；三是主体责任落实不力，传导压力层层递减。
      （二）作风建设不扎实
      一是调查研究不深入，走马观花。二是文山会海仍然存在，会议多文件多。
      三是服务群众意识不强，办事效率不高。
      （三）制度执行不严格
      一是财务审批不规范；二是公务接待超标准；
      三是档案管理混乱。
      """;

  private static Map<String, Object> point(
      String title, String description, String group, int first, int last, Integer page) {
    return problem(title, description, List.of(group), lines(first, last, page), List.of());
  }

  private static List<Map<String, Object>> expected(Integer page) {
    return List.of(
        point("理论学习不深入，学习流于形式", "理论学习不深入，学习流于形式", "思想认识不到位", 3, 3, page),
        point("对巡察整改重视不够，研究部署不及时", "对巡察整改重视不够，研究部署不及时", "思想认识不到位", 3, 3, page),
        point("主体责任落实不力，传导压力层层递减", "主体责任落实不力，传导压力层层递减。", "思想认识不到位", 3, 3, page),
        point("调查研究不深入，走马观花", "调查研究不深入，走马观花。", "作风建设不扎实", 5, 5, page),
        point("文山会海仍然存在，会议多文件多", "文山会海仍然存在，会议多文件多。", "作风建设不扎实", 5, 5, page),
        point("服务群众意识不强，办事效率不高", "服务群众意识不强，办事效率不高。", "作风建设不扎实", 6, 6, page),
        point("财务审批不规范", "财务审批不规范", "制度执行不严格", 8, 8, page),
        point("公务接待超标准", "公务接待超标准", "制度执行不严格", 8, 8, page),
        point("档案管理混乱", "档案管理混乱。", "制度执行不严格", 9, 9, page));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx", "pdf"})
  void eachPointIsToldByTheLinesItIsOn(String format) throws IOException {
    JsonPath answer =
        switch (format) {
          case "text" ->
              dryRunPath(
                  "要点行号", TEXT.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
          case "docx" -> dryRunPath("要点行号", FormatFiles.paragraphs(TEXT), DocumentText.DOCX);
          default -> dryRunPath("要点行号", ChinesePdf.ofText(TEXT), DocumentText.PDF);
        };
    assertEquals(expected(format.equals("pdf") ? 1 : null), problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
