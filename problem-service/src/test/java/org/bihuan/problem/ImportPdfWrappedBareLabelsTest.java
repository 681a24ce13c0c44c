package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.titledProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A plan whose duty labels are written without a colon (责任领导 张娜 整改时限 2025年6月5日), saved as a PDF
 * laid out as Word lays out its lines: a value that goes on to the next line, whole or cut at the
 * right edge or at a page's foot, is still its label's value, and a date on a line of its own right
 * after its label ends nothing. Read through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfWrappedBareLabelsTest {

  /**
   * 整改时限 ends its line and the date, too wide for what is left of it, stands whole on the next
   * line: it is the time limit, not the 落款 that closes the document, and the problems after it are
   * imported.
   */
  @Test
  void aDateMovedWholeAfterItsBareLabelIsItsValueAndClosesNothing() {
    JsonPath answer =
        ImportAnswers.dryRunLaidOutPdf(
            String.join(
                "\n",
                "某局整改方案",
                "一、整改任务",
                "1.请销假制度执行不严。",
                "整改措施：严格请销假管理。",
                "牵头单位 宣传部、工会、团委 具体责任人 孙洋 责任领导 张娜 整改时限",
                "2025年6月5日",
                "2.值班制度落实不到位。",
                "整改措施：完善值班制度。",
                "责任单位 办公室 责任人 王五 整改时限 2024年10月31日 责任领导 张三",
                "3.档案管理不规范。",
                "整改措施：开展档案清理。",
                "责任人 吴九 责任单位 人事科 责任领导 李四 整改时限 2024年11月30日"));
    TableImportTest.assertProblems(
        List.of(
            titledProblem(
                "请销假制度执行不严",
                3,
                6,
                1,
                measure(
                    "严格请销假管理。", List.of("宣传部", "工会", "团委"), "张娜", "孙洋", "DEADLINE", "2025-06-05")),
            titledProblem(
                "值班制度落实不到位",
                7,
                9,
                1,
                measure("完善值班制度。", List.of("办公室"), "张三", "王五", "DEADLINE", "2024-10-31")),
            titledProblem(
                "档案管理不规范",
                10,
                12,
                1,
                measure("开展档案清理。", List.of("人事科"), "李四", "吴九", "DEADLINE", "2024-11-30"))),
        answer);
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  /**
   * A full-width space before a bare label whose value starts with a digit (人事处　完成时限 2025年…)
   * separates the label from the value before it, as a plain space does.
   */
  @Test
  void aFullWidthSpaceBeforeABareLabelSeparatesIt() {
    JsonPath answer =
        ImportAnswers.dryRunLaidOutPdf(
            String.join(
                "\n",
                "关于巡察反馈问题的整改方案",
                "一、问题及整改措施",
                "1.财务报销审核把关不严。",
                "整改措施：完善报销审核制度。",
                "牵头单位 人事处\u3000完成时限 2025年10月4日\u3000责任人 许强\u3000责任领导 卫平刚",
                "2.档案归档不及时。",
                "整改措施：建立按月归档制度。",
                "责任单位 档案室\u3000责任人 张三\u3000整改时限 2025年5月1日"));
    TableImportTest.assertProblems(
        List.of(
            titledProblem(
                "财务报销审核把关不严",
                3,
                5,
                1,
                measure("完善报销审核制度。", List.of("人事处"), "卫平刚", "许强", "DEADLINE", "2025-10-04")),
            titledProblem(
                "档案归档不及时",
                6,
                8,
                1,
                measure("建立按月归档制度。", List.of("档案室"), null, "张三", "DEADLINE", "2025-05-01"))),
        answer);
  }
}
