package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.sheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.SheetFindings;
import org.junit.jupiter.api.Test;

/**
 * An .xlsx whose formulas a program left uncomputed ({@link SheetFindings#formulas}): a 序号 filled
 * down as Excel stores it — one shared formula ROW()-2 written in A3 and only {@code <f t="shared"
 * si="0"/>} in A4:A6 — is computed in every cell of its range, as is a 责任单位 filled down from the
 * cell above (=D3 shared over D4:D6, each cell referring to the one above it); a 责任人 =Z3 whose cell
 * is empty reads as empty, not 0. Through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0312, 0319).
 */
@QuarkusTest
class ImportSheetSharedFormulasTest {

  private static Map<String, Object> item(
      String title, int row, String measure, String person, String deadline) {
    return problem(
        title,
        title + "。",
        List.of(),
        sheetRows("台账", row, row),
        List.of(measure(measure, List.of("办公室"), null, person, "DEADLINE", deadline)));
  }

  @Test
  void sharedFormulasAreComputedBelowTheirFirstCellAndAnEmptyReferenceIsEmpty() {
    JsonPath answer = dryRunPath("公式台账", SheetFindings.formulas(), DocumentText.XLSX);
    assertEquals(
        List.of(
            item("督查检查过多过频", 3, "精简督查检查事项。", null, "2024-09-30"),
            item("文件会议偏多", 4, "压减文件会议数量。", "张伟", "2024-10-31"),
            item("公务接待超标准", 5, "修订公务接待管理办法。", "李娜", "2024-11-30"),
            item("会议室使用不规范", 6, "制定会议室管理制度。", null, "2024-12-31")),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
