package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.tableOrSheetRows;
import static org.bihuan.problem.support.Ledgers.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 责任领导 or 责任人 cell that writes its own label (责任领导：王五, 责任人：李四, 主要责任人：钱伟, 具体责任人：周八；联系人：吴九) gives
 * the names only, as a 责任单位 cell 责任单位：办公室 gives 办公室. Tables (.docx, .xlsx) through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0342).
 */
@QuarkusTest
class ImportSelfLabelledPeopleCellsTest {

  private static final Ledgers.Table TABLE =
      new Ledgers.Table(
          "台账",
          List.of(
              row("序号", "存在问题", "整改措施", "责任单位", "责任领导", "责任人", "完成时限"),
              row(1, "公文处理不规范。", "修订公文处理办法。", "责任单位：办公室", "责任领导：王五", "责任人：李四", "2025年6月30日"),
              row(2, "财务报销审核不严。", "开展报销凭证复核。", "财务科", "分管领导：赵敏", "主要责任人：钱伟", "2025年7月31日"),
              row(3, "干部档案不完整。", "开展干部档案专项审核。", "人事科", "孙强", "具体责任人：周八；联系人：吴九", "2025年8月31日")),
          List.of(),
          7);

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aPeopleCellsOwnLabelIsNoPartOfTheName(String format) {
    JsonPath answer = dryRunTableFile(format, Ledgers.docxOrXlsx(format, "巡察整改任务清单", TABLE));
    assertEquals(
        List.of(
            problem(
                "公文处理不规范",
                "公文处理不规范。",
                List.of(),
                tableOrSheetRows(format, 2, 2),
                List.of(
                    measure("修订公文处理办法。", List.of("办公室"), "王五", "李四", "DEADLINE", "2025-06-30"))),
            problem(
                "财务报销审核不严",
                "财务报销审核不严。",
                List.of(),
                tableOrSheetRows(format, 3, 3),
                List.of(
                    measure("开展报销凭证复核。", List.of("财务科"), "赵敏", "钱伟", "DEADLINE", "2025-07-31"))),
            problem(
                "干部档案不完整",
                "干部档案不完整。",
                List.of(),
                tableOrSheetRows(format, 4, 4),
                List.of(
                    measure(
                        "开展干部档案专项审核。", List.of("人事科"), "孙强", "周八、吴九", "DEADLINE", "2025-08-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
