package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.bench.ChinesePdfRuled;
import org.junit.jupiter.api.Test;

/**
 * Units a line each in a PDFBox-ruled 责任单位 cell (the accuracy corpus's {@code
 * tasklist-court-beside-bureau-units-ruled}) six characters wide, each first unit filling its line,
 * so that the line cannot show whether its name ends there (docs/decisions/0358): a court or a
 * procuratorate holds its own 执行局 (one unit, 0346) but not a bureau of the government (城关人民法院 /
 * 县公安局, 县人民检察院 / 县司法局 are two), and a 交警大队 does not hold a 科 (城关交警大队 / 秩序科 are two: a 科 ranks with
 * a 大队). Through {@code POST /sources/{id}/import?dryRun=true}, every field.
 */
@QuarkusTest
class ImportPdfCourtBesideBureauUnitsTest {

  private static final Path CORPUS = Path.of("../bench/import-accuracy/corpus");

  @Test
  void aCourtHoldsItsOwnBureauNotTheGovernments() throws Exception {
    JsonPath answer =
        dryRunPath(
            "政法整改",
            new ChinesePdfRuled()
                .generate(CORPUS, List.of("tasklist-court-beside-bureau-units-ruled.ruled")),
            DocumentText.PDF);
    assertEquals(
        List.of(
            row(2, "执行联动不畅", "建立执行联动机制。", List.of("城关人民法院", "县公安局"), "王明", "张伟", "2025-03-31"),
            row(3, "执行案款发放滞后", "清理执行案款。", List.of("城关人民法院执行局"), "王明", "李娜", "2025-04-30"),
            row(4, "社区矫正衔接不严", "规范交付衔接程序。", List.of("县人民检察院", "县司法局"), "赵强", "陈静", "2025-05-31"),
            row(5, "路口秩序管理不严", "开展路口秩序整治。", List.of("城关交警大队", "秩序科"), "赵强", "刘洋", "2025-06-30")),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  private static Map<String, Object> row(
      int row,
      String title,
      String measure,
      List<String> units,
      String leader,
      String person,
      String deadline) {
    return problem(
        title,
        title + "。",
        List.of(),
        rows(1, row, row, 1),
        List.of(measure(measure, units, leader, person, "DEADLINE", deadline)));
  }
}
