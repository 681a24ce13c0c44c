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
 * Labels written with a dash for their colon (责任单位——办公室, 责任领导—李强) and labels glued to their value
 * (完成时限2024年8月31日, 责任人张三) fill their fields; label words inside a measure's sentence (责任人员要…,
 * 责任领导带头…) stay its text. From a text and a .docx of paragraphs through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0372).
 */
@QuarkusTest
class ImportDashedAndGluedLabelsTest {

  static final String PLAN =
      """
      区卫健局巡察整改方案
      一、问题清单及整改措施
      1.医疗废物处置台账不全。
      整改措施：补齐医疗废物处置台账。
      责任单位——办公室
      整改时限——2024年6月30日
      2.药品采购记录不规范。
      整改措施：统一药品采购记录格式。
      责任领导—李强；责任单位—药剂科；责任人—王敏
      完成时限2024年8月31日
      3.院感培训不到位。
      整改措施：开展院感专题培训。
      责任单位：医务科
      责任人张三
      完成时限2024年9月30日
      4.值班制度落实不严。
      整改措施：责任人员要严格值班纪律，责任领导带头检查。
      责任单位：医务科；整改时限：2024年7月31日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void dashesAndGluedLabelsFillTheirFields(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "医疗废物处置台账不全",
                "医疗废物处置台账不全。",
                List.of(),
                lines(3, 6, null),
                List.of(
                    measure("补齐医疗废物处置台账。", List.of("办公室"), null, null, "DEADLINE", "2024-06-30"))),
            problem(
                "药品采购记录不规范",
                "药品采购记录不规范。",
                List.of(),
                lines(7, 10, null),
                List.of(
                    measure("统一药品采购记录格式。", List.of("药剂科"), "李强", "王敏", "DEADLINE", "2024-08-31"))),
            problem(
                "院感培训不到位",
                "院感培训不到位。",
                List.of(),
                lines(11, 15, null),
                List.of(
                    measure("开展院感专题培训。", List.of("医务科"), null, "张三", "DEADLINE", "2024-09-30"))),
            problem(
                "值班制度落实不严",
                "值班制度落实不严。",
                List.of(),
                lines(16, 18, null),
                List.of(
                    measure(
                        "责任人员要严格值班纪律，责任领导带头检查。",
                        List.of("医务科"),
                        null,
                        null,
                        "DEADLINE",
                        "2024-07-31")))),
        problems(answer),
        answer.prettify());
  }
}
