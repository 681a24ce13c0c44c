package org.bihuan.problem;

import static org.bihuan.problem.ParagraphImports.commit;
import static org.bihuan.problem.ParagraphImports.dryRun;
import static org.bihuan.problem.ParagraphImports.text;
import static org.bihuan.problem.support.LedgerSheets.row;
import static org.bihuan.problem.support.LedgerSheets.taskTable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.bench.WordParagraphs;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * An outside tester's paragraph plans (issue 11, docs/decisions/0251), as text, Word paragraphs and
 * a Word document with tables, through {@code POST /sources/{id}/import?dryRun=true} and for real:
 * an item numbered unlike its list (1. ⑵ 3.; ⑷ between two tables), points under an item (（1）（2）
 * under 1）, 一是 under 【问题1】, ⑴⑵ under 【问题2】 and under 2., （1）（2） under 问题3：), 第4项问题： then 问题描述：,
 * 问题1. as a label, 巡察指出：（5） alone on its line, a 整改措施 of empty brackets and a leader field of posts
 * alone. Every field of every problem and measure is asserted.
 */
@QuarkusTest
class ImportMixedNumberingAndPointsTest {

  private static final String TEXT = "text/plain; charset=UTF-8";

  static final List<String> MIXED =
      List.of(
          "××局巡察整改方案",
          "一、存在问题及整改措施",
          "1.学习制度落实不严格。",
          "整改措施：制定学习计划。",
          "责任单位：办公室；整改时限：2024年9月30日",
          "⑵财务审批不规范。",
          "整改措施：严格审批流程。",
          "责任单位：财务科；整改时限：2024年10月31日",
          "3.干部档案管理不规范。",
          "整改措施：专项审核干部档案。",
          "责任单位：组织科；整改时限：2024年11月30日");

  private static void assertMixed(JsonPath answer) {
    assertProblems(
        List.of(
            "学习制度落实不严格 | 学习制度落实不严格。 | [] | [3, 5]"
                + " || 制定学习计划。 | [办公室] | [] | null | null | DEADLINE | 2024-09-30 | null | null",
            "财务审批不规范 | 财务审批不规范。 | [] | [6, 8]"
                + " || 严格审批流程。 | [财务科] | [] | null | null | DEADLINE | 2024-10-31 | null | null",
            "干部档案管理不规范 | 干部档案管理不规范。 | [] | [9, 11]"
                + " || 专项审核干部档案。 | [组织科] | [] | null | null | DEADLINE | 2024-11-30 | null | null"),
        answer);
    assertEquals(
        List.of(
            "Line 6 「⑵财务审批不规范。」 is numbered unlike the items before and after it; it was read as their item 2."),
        answer.getList("warnings"));
  }

  @Test
  void anItemNumberedUnlikeItsListIsItsItemFromText() {
    byte[] body = text(MIXED);
    assertMixed(dryRun(body, TEXT));
    assertMixed(commit(body, TEXT));
  }

  @Test
  void anItemNumberedUnlikeItsListIsItsItemFromWordParagraphs() throws IOException {
    byte[] docx = WordParagraphs.docx(MIXED);
    assertMixed(dryRun(docx, DocumentText.DOCX));
    assertMixed(commit(docx, DocumentText.DOCX));
  }

  @Test
  void aParagraphItemNumberedUnlikeItsListBetweenTwoTablesIsAProblem() {
    LocalDate dec = LocalDate.of(2024, 12, 31);
    byte[] docx =
        Ledgers.docx(
            List.of(
                "××局巡察反馈问题整改方案",
                taskTable(
                    row(1, "公务接待不规范。", "修订接待制度。", "办公室", "李四", dec),
                    row(2, "政府采购程序不规范。", "规范采购流程。", "财务科", "王五", dec)),
                "3.资产账实不符。",
                "整改措施：开展资产清查。",
                "责任单位：财务科；整改时限：2024年11月30日",
                "⑷车辆管理不严格，存在公车私用。",
                "整改措施：建立派车登记制度。",
                "责任单位：办公室；整改时限：2024年12月31日",
                taskTable(row(5, "林下经济发展缓慢。", "制定发展规划。", "林业站", "赵六", dec))));
    for (JsonPath answer :
        List.of(dryRun(docx, DocumentText.DOCX), commit(docx, DocumentText.DOCX))) {
      assertProblems(
          List.of(
              "公务接待不规范 | 公务接待不规范。 | [] | {table=1, rows=[2, 2]}"
                  + " || 修订接待制度。 | [办公室] | [] | null | 李四 | DEADLINE | 2024-12-31 | null | null",
              "政府采购程序不规范 | 政府采购程序不规范。 | [] | {table=1, rows=[3, 3]}"
                  + " || 规范采购流程。 | [财务科] | [] | null | 王五 | DEADLINE | 2024-12-31 | null | null",
              "资产账实不符 | 资产账实不符。 | [] | [2, 4]"
                  + " || 开展资产清查。 | [财务科] | [] | null | null | DEADLINE | 2024-11-30 | null | null",
              "车辆管理不严格，存在公车私用 | 车辆管理不严格，存在公车私用。 | [] | [5, 7]"
                  + " || 建立派车登记制度。 | [办公室] | [] | null | null | DEADLINE | 2024-12-31 | null | null",
              "林下经济发展缓慢 | 林下经济发展缓慢。 | [] | {table=2, rows=[2, 2]}"
                  + " || 制定发展规划。 | [林业站] | [] | null | 赵六 | DEADLINE | 2024-12-31 | null | null"),
          answer);
      assertEquals(
          List.of(
              "2 problem(s) were read from the text outside the tables (「资产账实不符」 lines 2–4 (between"
                  + " tables 1 and 2), 「车辆管理不严格，存在公车私用」 lines 5–7 (between tables 1 and 2)) and 3"
                  + " from the tables; both are imported, in the document's order. Check the dry run if"
                  + " the text only summarises the tables.",
              "Line 5 「⑷车辆管理不严格，存在公车私用。」 is numbered unlike the items before and after it; it"
                  + " was read as their item 4."),
          answer.getList("warnings"));
    }
  }

  static final List<String> POINTS =
      List.of(
          "××局巡察整改方案",
          "一、存在问题及整改措施",
          "（一）制度执行方面",
          "1）会议制度落实不到位。",
          "（1）会前准备不充分；",
          "（2）会议记录不完整。",
          "整改措施：严格执行会议制度。",
          "责任单位：办公室；整改时限：2024年9月30日",
          "2）档案管理不规范。",
          "整改措施：全面清理档案。",
          "责任单位：档案室；整改时限：2024年12月31日",
          "（二）学习教育方面",
          "【问题1】学习制度落实不严格。",
          "一是学习计划不具体；",
          "二是学习记录不完整。",
          "整改措施：制定学习计划。",
          "责任单位：办公室；整改时限：2024年9月30日",
          "【问题2】理论学习不深入。",
          "⑴专题研讨次数少；",
          "⑵心得体会质量不高。",
          "整改措施：开展专题研讨。",
          "责任单位：党建办；整改时限：2024年10月31日",
          "问题3：财务管理不规范。",
          "（1）报销审核不严；",
          "（2）公务卡使用不规范。",
          "整改措施：严格报销审核。",
          "责任单位：财务科；整改时限：2024年10月31日",
          "（三）作风建设方面",
          "1.文风会风不实。",
          "整改措施：精简文件会议。",
          "责任单位：办公室；整改时限：2024年11月30日",
          "2.调查研究不深入。",
          "⑴调研次数少；",
          "⑵调研报告质量不高。",
          "整改措施：制定调研计划。",
          "责任单位：政策研究室；整改时限：2024年11月30日");

  private static void assertPoints(JsonPath answer) {
    assertProblems(
        List.of(
            "会议制度落实不到位 | 会议制度落实不到位。\n（1）会前准备不充分；\n（2）会议记录不完整。 | [制度执行方面] | [4, 8]"
                + " || 严格执行会议制度。 | [办公室] | [] | null | null | DEADLINE | 2024-09-30 | null | null",
            "档案管理不规范 | 档案管理不规范。 | [制度执行方面] | [9, 11]"
                + " || 全面清理档案。 | [档案室] | [] | null | null | DEADLINE | 2024-12-31 | null | null",
            "学习制度落实不严格 | 学习制度落实不严格。\n一是学习计划不具体；\n二是学习记录不完整。 | [学习教育方面] | [13, 17]"
                + " || 制定学习计划。 | [办公室] | [] | null | null | DEADLINE | 2024-09-30 | null | null",
            "理论学习不深入 | 理论学习不深入。\n⑴专题研讨次数少；\n⑵心得体会质量不高。 | [学习教育方面] | [18, 22]"
                + " || 开展专题研讨。 | [党建办] | [] | null | null | DEADLINE | 2024-10-31 | null | null",
            "财务管理不规范 | 财务管理不规范。\n（1）报销审核不严；\n（2）公务卡使用不规范。 | [学习教育方面] | [23, 27]"
                + " || 严格报销审核。 | [财务科] | [] | null | null | DEADLINE | 2024-10-31 | null | null",
            "文风会风不实 | 文风会风不实。 | [作风建设方面] | [29, 31]"
                + " || 精简文件会议。 | [办公室] | [] | null | null | DEADLINE | 2024-11-30 | null | null",
            "调查研究不深入 | 调查研究不深入。\n⑴调研次数少；\n⑵调研报告质量不高。 | [作风建设方面] | [32, 36]"
                + " || 制定调研计划。 | [政策研究室] | [] | null | null | DEADLINE | 2024-11-30 | null | null"),
        answer);
    assertEquals(List.of(), answer.getList("warnings"));
  }

  @Test
  void pointsUnderAnItemOrALabelledProblemStayInItsDescriptionFromText() {
    byte[] body = text(POINTS);
    assertPoints(dryRun(body, TEXT));
    assertPoints(commit(body, TEXT));
  }

  @Test
  void pointsUnderAnItemOrALabelledProblemStayInItsDescriptionFromWordParagraphs()
      throws IOException {
    byte[] docx = WordParagraphs.docx(POINTS);
    assertPoints(dryRun(docx, DocumentText.DOCX));
    assertPoints(commit(docx, DocumentText.DOCX));
  }

  static final List<String> LABELLED =
      List.of(
          "××局巡察整改方案",
          "一、存在问题及整改措施",
          "问题1.财务审批不规范。",
          "整改措施：严格审批流程。",
          "责任单位：财务科；整改时限：2024年10月31日",
          "第2项问题：公务接待不规范。",
          "问题描述：超标准接待2次，陪餐人数超标。",
          "整改措施：严格执行接待标准。",
          "责任领导：局长、副局长；责任单位：办公室；整改时限：2024年9月30日",
          "巡察指出：（3）",
          "会议记录不完整，存在补记现象。",
          "整改措施：（）",
          "整改措施：规范会议记录。",
          "责任单位：办公室；整改时限：2024年10月31日");

  @Test
  void numberedLabelsTitleTheirProblemAndEmptyMeasuresAndPostsAloneAreNotStored()
      throws IOException {
    byte[] body = text(LABELLED);
    byte[] docx = WordParagraphs.docx(LABELLED);
    for (JsonPath answer :
        List.of(
            dryRun(body, TEXT),
            commit(body, TEXT),
            dryRun(docx, DocumentText.DOCX),
            commit(docx, DocumentText.DOCX))) {
      assertProblems(
          List.of(
              "财务审批不规范 | 财务审批不规范。 | [] | [3, 5]"
                  + " || 严格审批流程。 | [财务科] | [] | null | null | DEADLINE | 2024-10-31 | null | null",
              "公务接待不规范 | 公务接待不规范。\n超标准接待2次，陪餐人数超标。 | [] | [6, 9]"
                  + " || 严格执行接待标准。 | [办公室] | [] | null | null | DEADLINE | 2024-09-30 | null | null",
              "会议记录不完整，存在补记现象 | 会议记录不完整，存在补记现象。 | [] | [10, 14]"
                  + " || 规范会议记录。 | [办公室] | [] | null | null | DEADLINE | 2024-10-31 | null | null"),
          answer);
      assertEquals(
          List.of(
              "Line 12 「整改措施：（）」 names no measure (only empty brackets); it was not imported, in the"
                  + " problem 「会议记录不完整，存在补记现象」.",
              "责任领导 「局长、副局长」 names posts and no person; no leader was stored for the measure(s)"
                  + " that give it (a leader is stored by name): fill in the leader's name."),
          answer.getList("warnings"));
    }
  }

  /** The expected problems of a committed answer: as a dry run's, without the origins. */
  static List<String> committed(List<String> expected) {
    return expected.stream().map(e -> e.replaceFirst(" \\| [\\[{][^|]*(?= \\|\\|)", "")).toList();
  }

  /** Asserts the problems of a dry run and, without origins, of a commit. */
  static void assertProblems(List<String> expected, JsonPath answer) {
    boolean dry = answer.getString("problems[0].id") == null;
    assertEquals(dry ? expected : committed(expected), problems(answer), answer.prettify());
  }

  /** The problems of an answer, one line each: its fields, then each measure's after ||. */
  static List<String> problems(JsonPath answer) {
    List<String> out = new ArrayList<>();
    List<Map<String, Object>> problems = answer.getList("problems");
    for (Map<String, Object> p : problems) {
      Object origin = p.get("origin");
      if (origin instanceof Map<?, ?> o && o.containsKey("lines") && !o.containsKey("page")) {
        origin = o.get("lines");
      }
      // the committed answer has no origin
      StringBuilder s =
          new StringBuilder(
              p.get("title")
                  + " | "
                  + p.get("description")
                  + " | "
                  + p.get("categoryPath")
                  + (origin == null ? "" : " | " + origin));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> measures = (List<Map<String, Object>>) p.get("measures");
      for (Map<String, Object> m : measures) {
        s.append(" || ")
            .append(m.get("measure"))
            .append(" | ")
            .append(m.get("responsibleUnits"))
            .append(" | ")
            .append(m.get("coResponsibleUnits"))
            .append(" | ")
            .append(m.get("leaderInCharge"))
            .append(" | ")
            .append(m.get("responsiblePerson"))
            .append(" | ")
            .append(m.get("timing"))
            .append(" | ")
            .append(m.get("deadline"))
            .append(" | ")
            .append(m.get("progress"))
            .append(" | ")
            .append(m.get("statusHint"));
      }
      out.add(s.toString());
    }
    return out;
  }
}
