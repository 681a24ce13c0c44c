package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.RuledPdfs;
import org.bihuan.problem.support.RuledPdfs.RuledPage;
import org.junit.jupiter.api.Test;

/**
 * A ruled PDF table whose row is split by a page break (docs/decisions/0225): the upper part of the
 * row's cells on one page, the rest at the top of the next — after a page number, with or without
 * the table's header row repeated — is one row, its cells' texts joined. PDFs PDFBox writes here,
 * read through {@code POST /sources/{id}/import?dryRun=true} with every field of every problem and
 * measure compared. A header row repeated on the next page keeps its row number in the origins.
 */
@QuarkusTest
class ImportPdfRowsOverPageBreaksTest {

  private static final float[] WIDTHS = {30, 110, 110, 80, 40, 100};

  private static final List<String> HEADER = List.of("序号", "问题描述", "整改措施", "责任部门", "责任人", "完成时限");

  private static final String TITLE = "××局巡察反馈问题整改任务清单";

  private static final List<String> FIRST =
      List.of("1", "公务接待不规范，\n陪餐人数超标。", "修订接待制度，\n严格审批程序。", "办公室", "张三", "2024年6月30日");

  private static final List<String> THIRD =
      List.of("3", "调研不深入，\n成果转化少。", "开展专题调研。", "党委办公室、\n纪委办公室", "赵六", "2024年9月30日");

  private static final List<String> FOURTH =
      List.of("4", "档案管理不规范。", "开展档案整理。", "档案室", "钱七", "2024年10月31日");

  private static Map<String, Object> first() {
    return problem(
        "公务接待不规范，陪餐人数超标",
        "公务接待不规范，陪餐人数超标。",
        List.of("作风建设方面"),
        rows(1, 2, 2, 1),
        List.of(measure("修订接待制度，严格审批程序。", List.of("办公室"), null, "张三", "DEADLINE", "2024-06-30")));
  }

  private static Map<String, Object> second(String description, String measure) {
    return problem(
        description.substring(0, description.length() - 1),
        description,
        List.of("作风建设方面"),
        rows(1, 3, 3, 1),
        List.of(measure(measure, List.of("办公室"), null, "李四", "DEADLINE", "2024-07-31")));
  }

  private static Map<String, Object> third(int row) {
    return problem(
        "调研不深入，成果转化少",
        "调研不深入，成果转化少。",
        List.of("作风建设方面"),
        rows(1, row, row, 2),
        List.of(
            measure("开展专题调研。", List.of("党委办公室", "纪委办公室"), null, "赵六", "DEADLINE", "2024-09-30")));
  }

  private static Map<String, Object> fourth(int row) {
    return problem(
        "档案管理不规范",
        "档案管理不规范。",
        List.of("作风建设方面"),
        rows(1, row, row, 2),
        List.of(measure("开展档案整理。", List.of("档案室"), null, "钱七", "DEADLINE", "2024-10-31")));
  }

  /**
   * Two pages: problem 1 and the upper part of problem 2's row on page 1 (a page number under the
   * table), then page 2 with a running header, the header row when {@code repeated}, the rest of
   * the row and problems 3 and 4.
   */
  private static JsonPath read(List<String> upper, List<String> rest, boolean repeated) {
    List<List<String>> second = new ArrayList<>();
    if (repeated) {
      second.add(HEADER);
    }
    second.add(rest);
    second.add(THIRD);
    second.add(FOURTH);
    byte[] pdf =
        RuledPdfs.ruledPages(
            List.of(
                new RuledPage(
                    List.of(TITLE, "一、作风建设方面"), List.of(HEADER, FIRST, upper), List.of("— 3 —")),
                new RuledPage(List.of(TITLE), second, List.of("— 4 —"))),
            WIDTHS);
    return dryRunPath("整改任务清单PDF", pdf, DocumentText.PDF);
  }

  private static final List<String> PROBLEM_SPLIT =
      List.of("2", "会议偏多，\n时间偏长，", "精简会议，\n压缩会期。", "办公室", "李四", "2024年7月31日");

  private static final List<String> MEASURE_SPLIT =
      List.of("2", "会议偏多，\n时间偏长。", "精简会议，\n压缩会期，", "办公室", "李四", "2024年7月31日");

  private static final List<String> BOTH_SPLIT =
      List.of("2", "会议偏多，\n时间偏长，", "精简会议，\n压缩会期，", "办公室", "李四", "2024年7月31日");

  @Test
  void aRowWhoseProblemCellGoesOnOverThePageBreakIsOneProblem() {
    for (boolean repeated : List.of(false, true)) {
      JsonPath answer = read(PROBLEM_SPLIT, List.of("", "会议效果不佳。", "", "", "", ""), repeated);
      assertEquals(
          List.of(
              first(),
              second("会议偏多，时间偏长，会议效果不佳。", "精简会议，压缩会期。"),
              third(repeated ? 5 : 4),
              fourth(repeated ? 6 : 5)),
          problems(answer),
          answer.prettify());
    }
  }

  @Test
  void aRowWhoseMeasureCellGoesOnOverThePageBreakIsOneMeasure() {
    for (boolean repeated : List.of(false, true)) {
      JsonPath answer = read(MEASURE_SPLIT, List.of("", "", "严格控制会议规模。", "", "", ""), repeated);
      assertEquals(
          List.of(
              first(),
              second("会议偏多，时间偏长。", "精简会议，压缩会期，严格控制会议规模。"),
              third(repeated ? 5 : 4),
              fourth(repeated ? 6 : 5)),
          problems(answer),
          answer.prettify());
    }
  }

  @Test
  void aRowWhoseProblemAndMeasureCellsGoOnOverThePageBreakIsOneProblemAndOneMeasure() {
    for (boolean repeated : List.of(false, true)) {
      JsonPath answer = read(BOTH_SPLIT, List.of("", "会议效果不佳。", "严格控制会议规模。", "", "", ""), repeated);
      assertEquals(
          List.of(
              first(),
              second("会议偏多，时间偏长，会议效果不佳。", "精简会议，压缩会期，严格控制会议规模。"),
              third(repeated ? 5 : 4),
              fourth(repeated ? 6 : 5)),
          problems(answer),
          answer.prettify());
    }
  }

  @Test
  void aRowWhoseUnitAndTimeLimitAreCutByThePageBreakIsOneMeasureWithOneUnitAndItsDate() {
    // the break cuts every cell of row 2: 后勤 | 服务中心 and 2024年7 | 月31日 too (docs/decisions/0232)
    List<String> upper = List.of("2", "会议偏多，\n时间偏长，", "精简会议，", "后勤", "李四", "2024年7");
    for (boolean repeated : List.of(false, true)) {
      JsonPath answer = read(upper, List.of("", "会议效果不佳。", "压缩会期。", "服务中心", "", "月31日"), repeated);
      Map<String, Object> second =
          problem(
              "会议偏多，时间偏长，会议效果不佳",
              "会议偏多，时间偏长，会议效果不佳。",
              List.of("作风建设方面"),
              rows(1, 3, 3, 1),
              List.of(
                  measure("精简会议，压缩会期。", List.of("后勤服务中心"), null, "李四", "DEADLINE", "2024-07-31")));
      assertEquals(
          List.of(first(), second, third(repeated ? 5 : 4), fourth(repeated ? 6 : 5)),
          problems(answer),
          answer.prettify());
      assertEquals(
          List.of(
              "The line 「××局巡察反馈问题整改任务清单」, repeated at the top or bottom of page(s) 1–2, was read"
                  + " as a running header or footer and left out of the text."),
          answer.getList("warnings"),
          answer.prettify());
    }
  }

  @Test
  void rowsThatStartOnTheNextPageWithTheirOwnNumberOrDutiesStayRows() {
    // page 2 starts with a further measure of problem 2 (its own unit, person and date), then
    // problems 3 and 4 with their own 序号: nothing is joined to the row above
    List<String> whole = List.of("2", "会议偏多，\n时间偏长。", "精简会议，\n压缩会期。", "办公室", "李四", "2024年7月31日");
    for (boolean repeated : List.of(false, true)) {
      JsonPath answer =
          read(whole, List.of("", "", "合并同类会议。", "综合科", "王五", "2024年8月31日"), repeated);
      Map<String, Object> second =
          problem(
              "会议偏多，时间偏长",
              "会议偏多，时间偏长。",
              List.of("作风建设方面"),
              rows(1, 3, repeated ? 5 : 4, 1),
              List.of(
                  measure("精简会议，压缩会期。", List.of("办公室"), null, "李四", "DEADLINE", "2024-07-31"),
                  measure("合并同类会议。", List.of("综合科"), null, "王五", "DEADLINE", "2024-08-31")));
      assertEquals(
          List.of(first(), second, third(repeated ? 6 : 5), fourth(repeated ? 7 : 6)),
          problems(answer),
          answer.prettify());
    }
  }
}
