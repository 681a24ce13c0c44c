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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 配合单位 named under a later measure only — measures without numbers each followed by their own
 * duty lines, or numbered one a line — is that measure's: the measures above it, which have duties
 * of their own, get no units that help. A 整改时限 after the last measure still fills the measures
 * above that have none. Read from a text and a .docx plan through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0311).
 */
@QuarkusTest
class ImportCoUnitsOfOneMeasureTest {

  private static final String PLAN =
      """
      ××县卫生健康局巡察整改方案
      一、存在问题及整改措施
      1.政务公开不及时。
      整改措施：
      全面清理应公开未公开信息
      责任单位：办公室  责任人：张三  整改时限：2025年3月31日
      修订政务公开工作制度
      责任单位：法规科  配合单位：信息中心  责任人：李四  整改时限：2025年6月30日
      2.合同管理不规范。
      整改措施：1.开展合同清理。
      责任单位：财务科
      2.建立合同审查制度。
      责任单位：法规科
      配合单位：办公室、审计科
      整改时限：2025年9月30日
      """;

  private static Map<String, Object> helped(Map<String, Object> measure, List<String> coUnits) {
    Map<String, Object> m = new LinkedHashMap<>(measure);
    m.put("coResponsibleUnits", coUnits);
    return m;
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aCoUnitUnderALaterMeasureIsThatMeasuresOnly(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "政务公开不及时",
                "政务公开不及时。",
                List.of(),
                lines(3, 8, null),
                List.of(
                    measure("全面清理应公开未公开信息", List.of("办公室"), null, "张三", "DEADLINE", "2025-03-31"),
                    helped(
                        measure("修订政务公开工作制度", List.of("法规科"), null, "李四", "DEADLINE", "2025-06-30"),
                        List.of("信息中心")))),
            problem(
                "合同管理不规范",
                "合同管理不规范。",
                List.of(),
                lines(9, 15, null),
                List.of(
                    measure("开展合同清理。", List.of("财务科"), null, null, "DEADLINE", "2025-09-30"),
                    helped(
                        measure("建立合同审查制度。", List.of("法规科"), null, null, "DEADLINE", "2025-09-30"),
                        List.of("办公室", "审计科"))))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
