package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.bihuan.problem.importing.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * A self-examination whose text gives its problems, 原因分析 and 整改措施 and which ends with a 整改措施 table
 * of the same problems: the table's problems are imported with their measures and duties, and the
 * causes and proposed measures of the text are read too, none of its paragraphs named as left out.
 * A .docx written by POI through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0366).
 */
@QuarkusTest
class ImportSelfExaminationBeforeATableTest {

  static final String TEXT =
      """
      县统计局党组巡察整改自查报告
      一、存在的主要问题
      1.统计数据质量把关不严，个别企业数据多次修改。
      2.统计执法检查覆盖面不足。
      二、原因分析
      1.依法统计意识不强，对数据质量重视不够。
      2.执法力量薄弱，检查机制不健全。
      三、整改措施
      1.强化数据质量控制，建立数据审核责任制。
      2.加大执法检查力度，每年开展两轮双随机检查。
      附：整改措施清单
      """;

  static final List<List<String>> TABLE =
      List.of(
          List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
          List.of("1", "统计数据质量把关不严，个别企业数据多次修改", "建立数据审核责任制", "综合股", "王芳", "2024年9月30日"),
          List.of("2", "统计执法检查覆盖面不足", "开展双随机执法检查", "执法股", "赵磊", "2024年12月31日"));

  private static byte[] document() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      for (String line : TEXT.strip().split("\n")) {
        document.createParagraph().createRun().setText(line);
      }
      XWPFTable table = document.createTable(TABLE.size(), TABLE.get(0).size());
      for (int r = 0; r < TABLE.size(); r++) {
        for (int c = 0; c < TABLE.get(r).size(); c++) {
          table.getRow(r).getCell(c).setText(TABLE.get(r).get(c));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void theTextsCausesAndMeasuresAreReadBesideTheTable() throws IOException {
    JsonPath answer = dryRunPath("自查报告", document(), DocumentText.DOCX);
    assertEquals(
        List.of(
            problem(
                "统计数据质量把关不严，个别企业数据多次修改",
                "统计数据质量把关不严，个别企业数据多次修改",
                List.of(),
                rows(1, 2, 2),
                List.of(
                    measure("建立数据审核责任制", List.of("综合股"), null, "王芳", "DEADLINE", "2024-09-30"))),
            problem(
                "统计执法检查覆盖面不足",
                "统计执法检查覆盖面不足",
                List.of(),
                rows(1, 3, 3),
                List.of(
                    measure("开展双随机执法检查", List.of("执法股"), null, "赵磊", "DEADLINE", "2024-12-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            Map.of("title", "依法统计意识不强，对数据质量重视不够", "description", "依法统计意识不强，对数据质量重视不够。"),
            Map.of("title", "执法力量薄弱，检查机制不健全", "description", "执法力量薄弱，检查机制不健全。")),
        answer.getList("causes"),
        answer.prettify());
    assertEquals(
        List.of("强化数据质量控制，建立数据审核责任制", "加大执法检查力度，每年开展两轮双随机检查"),
        answer.getList("proposedMeasures.title"),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertEquals(
        List.of(),
        warnings.stream().filter(w -> w.contains("not imported")).toList(),
        answer.prettify());
  }
}
