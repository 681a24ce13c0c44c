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
 * The everyday synonyms of 立行立改 in a time limit — 即查即改, 立知立改, 即知即改, 立查立改 — make the measure
 * IMMEDIATE (the rectification service gives it its default deadline), with no warning that the
 * time limit was not read. Read through {@code POST /sources/{id}/import?dryRun=true} from a text
 * file (docs/decisions/0361).
 */
@QuarkusTest
class ImportImmediateSynonymsTest {

  static final String PLAN =
      """
      县市场监督管理局关于巡察反馈问题的整改方案
      一、问题清单及整改措施
      1.执法案卷归档不及时。
      整改措施：开展执法案卷集中归档。
      责任单位：法规股；责任人：陈红；整改时限：即查即改
      2.投诉举报回复超期。
      整改措施：建立投诉举报办理台账。
      责任单位：消保股；责任人：赵敏；整改时限：立知立改
      3.检查记录填写不规范。
      整改措施：统一检查记录格式。
      责任单位：稽查大队；责任人：周亮；整改时限：即知即改
      4.特种设备台账不全。
      整改措施：补齐特种设备台账。
      责任单位：特设股；责任人：孙伟；整改时限：立查立改
      """;

  private static Map<String, Object> immediate(
      String title, int line, String measure, String unit, String person) {
    return problem(
        title,
        title + "。",
        List.of(),
        lines(line, line + 2, null),
        List.of(measure(measure, List.of(unit), null, person, "IMMEDIATE", null)));
  }

  @Test
  void synonymsOfActingAtOnceAreImmediate() throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan("text", PLAN);
    assertEquals(
        List.of(
            immediate("执法案卷归档不及时", 3, "开展执法案卷集中归档。", "法规股", "陈红"),
            immediate("投诉举报回复超期", 6, "建立投诉举报办理台账。", "消保股", "赵敏"),
            immediate("检查记录填写不规范", 9, "统一检查记录格式。", "稽查大队", "周亮"),
            immediate("特种设备台账不全", 12, "补齐特种设备台账。", "特设股", "孙伟")),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(),
        answer.<String>getList("warnings").stream()
            .filter(w -> w.contains("is not a date"))
            .toList(),
        answer.prettify());
  }
}
