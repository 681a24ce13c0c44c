package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.resource;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.UnitParagraphCells;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 整改任务清单 whose 责任单位, 责任领导 and 责任人 cells hold a unit or a person a paragraph each ({@link
 * UnitParagraphCells}), printed by LibreOffice: cells set centred with borders and without, and
 * narrow centred cells where a unit or a name fills its line exactly. Each PDF reads as the Word
 * table does (docs/decisions/0329): 政务服务科 / 综合执法大队 are two units, three units three, a unit the
 * column wraps stays one (市行政审批服务局政务服务科, 市农业农村局科 / 技教育科), a wrapped unit between two others is one
 * of three, （牵头） / （配合） mark the lead and the helping unit, and 张伟 / 李娜 are two people. Through
 * {@code POST /sources/{id}/import?dryRun=true}, every field of every problem and measure, and no
 * warning.
 */
@QuarkusTest
class ImportPdfUnitParagraphsTest {

  private static Map<String, Object> row(
      int n,
      String problem,
      String measure,
      String leader,
      List<String> units,
      List<String> co,
      String person,
      String deadline) {
    Map<String, Object> m = measure(measure, units, leader, person, "DEADLINE", deadline);
    m.put("coResponsibleUnits", co);
    return problem(problem, problem + "。", List.of(), rows(1, n + 1, n + 1, 1), List.of(m));
  }

  private static final List<Map<String, Object>> EXPECTED =
      new ArrayList<>(
          List.of(
              row(
                  1,
                  "审批事项公开不全",
                  "全面梳理公开审批事项。",
                  "王明、李强",
                  List.of("政务服务科", "综合执法大队"),
                  List.of(),
                  "张伟、李娜",
                  "2024-09-30"),
              row(
                  2,
                  "窗口服务不规范",
                  "修订窗口服务规范。",
                  "王明",
                  List.of("办公室", "政务服务科", "综合执法大队"),
                  List.of(),
                  "李娜",
                  "2024-10-31"),
              row(
                  3,
                  "踏勘时限过长",
                  "压缩现场踏勘时限。",
                  "赵强",
                  List.of("市行政审批服务局政务服务科"),
                  List.of(),
                  "陈静",
                  "2024-11-30"),
              row(
                  4,
                  "执法衔接不畅",
                  "建立审管执法衔接机制。",
                  "赵强",
                  List.of("市场监督管理局综合执法大队", "政务服务科"),
                  List.of(),
                  "刘洋",
                  "2024-12-31"),
              row(
                  5,
                  "档案管理混乱",
                  "规范审批档案管理。",
                  "孙伟",
                  List.of("法规科", "市场监督管理局综合执法大队", "信息科"),
                  List.of(),
                  "王芳、刘洋、陈静",
                  "2024-12-31"),
              row(
                  6,
                  "科技项目审批慢",
                  "优化科技项目审批。",
                  "孙伟",
                  List.of("市农业农村局科技教育科"),
                  List.of(),
                  "王芳",
                  "2024-12-31"),
              row(
                  7,
                  "专项整治不力",
                  "开展专项整治。",
                  "孙伟",
                  List.of("政务服务科"),
                  List.of("综合执法大队"),
                  "王芳",
                  "2024-12-31"),
              row(
                  8,
                  "督办不及时",
                  "建立督办台账。",
                  "孙伟",
                  List.of("政务服务科"),
                  List.of("综合执法大队"),
                  "王芳",
                  "2024-12-31")));

  @ParameterizedTest
  @CsvSource({
    "unit-paragraphs-ruled-centred, true, false",
    "unit-paragraphs-borderless-centred, false, false",
    "unit-paragraphs-narrow, true, true"
  })
  void libreOfficesPdfReadsAsTheWordTable(String name, boolean ruled, boolean narrow)
      throws IOException {
    JsonPath word =
        dryRunPath("表格导入", UnitParagraphCells.docx(ruled, true, narrow), DocumentText.DOCX);
    assertEquals(withoutOrigins(EXPECTED), withoutOrigins(problems(word)), word.prettify());
    JsonPath read = dryRunPath("表格导入", resource("/formats/" + name + ".pdf"), DocumentText.PDF);
    assertEquals(EXPECTED, problems(read), read.prettify());
    assertEquals(List.of(), read.getList("warnings"), read.prettify());
  }
}
