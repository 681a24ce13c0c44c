package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.TrackedWord;
import org.junit.jupiter.api.Test;

/**
 * A Word plan edited with 修订 (track changes) on is read as Word shows it once every change is
 * accepted — inserted text read, deleted text, deleted paragraphs and deleted table rows not read,
 * moved text read once, a paragraph whose mark was deleted joined with the next — and a warning
 * counts the changes read as accepted. A footnote or endnote is named by the number Word shows for
 * it (its place among the references, in the note's number format and from its start — the
 * section's, else the document's settings', a start below 1 counting from 1), never by its w:id,
 * and a note whose reference was deleted is not named; marks and notes stay out of the problems.
 */
@QuarkusTest
class ImportTrackedChangesAndFootnotesTest {

  private static final List<String> HEADER = List.of("序号", "存在问题", "整改措施", "责任单位", "整改时限");

  @Test
  void paragraphsAreReadWithEveryTrackedChangeAccepted() throws IOException {
    byte[] docx;
    try (XWPFDocument d = new XWPFDocument()) {
      TrackedWord w = new TrackedWord(d);
      w.plain("××局整改方案");
      w.plain("一、作风建设方面");
      XWPFParagraph first = w.plain("1.公务接待不规范");
      w.inserted(first.getCTP(), "，陪餐超标");
      TrackedWord.text(first.getCTP(), "的问题");
      XWPFParagraph moved = d.createParagraph();
      w.movedFrom(moved.getCTP(), "整改措施：精简会议，合并同类会议。");
      w.markMovedFrom(moved.getCTP());
      XWPFParagraph measure = w.plain("整改措施：修订接待制度");
      w.deleted(measure.getCTP(), "，取消全部接待");
      TrackedWord.text(measure.getCTP(), "，明确审批程序。");
      w.plain("责任单位：办公室；整改时限：2024年6月30日");
      w.deletedParagraph("2.这一问题已被删去");
      XWPFParagraph cut = w.plain("2.会议偏多");
      w.markDeleted(cut.getCTP());
      w.plain("的问题");
      XWPFParagraph here = d.createParagraph();
      w.movedTo(here.getCTP(), "整改措施：精简会议，合并同类会议。");
      w.markMovedTo(here.getCTP());
      w.plain("责任单位：综合科；整改时限：2024年7月31日");
      docx = w.bytes();
    }
    JsonPath answer = ImportAnswers.dryRunPath("修订过的方案", docx, DocumentText.DOCX);
    assertEquals(
        List.of(
            problem(
                "公务接待不规范，陪餐超标的问题",
                "公务接待不规范，陪餐超标的问题",
                List.of("作风建设方面"),
                lines(3, 5, null),
                List.of(
                    measure(
                        "修订接待制度，明确审批程序。", List.of("办公室"), null, null, "DEADLINE", "2024-06-30"))),
            problem(
                "会议偏多的问题",
                "会议偏多的问题",
                List.of("作风建设方面"),
                lines(6, 8, null),
                List.of(
                    measure(
                        "精简会议，合并同类会议。", List.of("综合科"), null, null, "DEADLINE", "2024-07-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(trackedChanges(9)), answer.getList("warnings"));
  }

  @Test
  void deletedTableRowsAreNotReadAndInsertedRowsAndCellChangesAre() throws IOException {
    byte[] docx;
    try (XWPFDocument d = new XWPFDocument()) {
      TrackedWord w = new TrackedWord(d);
      w.plain("一、财务管理方面");
      XWPFTable table = d.createTable(4, HEADER.size());
      TrackedWord.row(table.getRow(0), HEADER);
      TrackedWord.row(table.getRow(1), List.of("1", "", "", "财务处", "2024年12月31日"));
      var cell = table.getRow(1).getCell(1);
      var cut = cell.getParagraphs().get(0).getCTP();
      TrackedWord.text(cut, "资产管理");
      w.markDeleted(cut);
      var problem = cell.addParagraph().getCTP();
      TrackedWord.text(problem, "混乱");
      w.inserted(problem, "，账实不符");
      var measure = table.getRow(1).getCell(2).getParagraphs().get(0).getCTP();
      TrackedWord.text(measure, "开展资产清查");
      w.deleted(measure, "，全部报废");
      TrackedWord.text(measure, "。");
      w.deletedRow(table.getRow(2), List.of("2", "这一问题已删去", "删去的措施。", "办公室", "2024年10月31日"));
      w.insertedRow(table.getRow(3), List.of("2", "档案数字化滞后", "推进档案数字化。", "档案室", "2025年6月30日"));
      docx = w.bytes();
    }
    JsonPath answer = ImportAnswers.dryRunPath("修订过的台账", docx, DocumentText.DOCX);
    assertEquals(
        List.of(
            problem(
                "资产管理混乱，账实不符",
                "资产管理混乱，账实不符",
                List.of("财务管理方面"),
                rows(1, 2, 2),
                List.of(measure("开展资产清查。", List.of("财务处"), null, null, "DEADLINE", "2024-12-31"))),
            problem(
                "档案数字化滞后",
                "档案数字化滞后",
                List.of("财务管理方面"),
                rows(1, 3, 3),
                List.of(
                    measure("推进档案数字化。", List.of("档案室"), null, null, "DEADLINE", "2025-06-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(trackedChanges(15)), answer.getList("warnings"));
  }

  @Test
  void notesAreNamedByTheNumbersWordShowsAndKeptOutOfProblems() throws IOException {
    byte[] docx;
    try (XWPFDocument d = new XWPFDocument()) {
      TrackedWord w = new TrackedWord(d);
      var law = w.footnote(3, "根据《党政机关厉行节约反对浪费条例》第二十六条。");
      var dropped = w.footnote(4, "已删去的注释。");
      var report = w.footnote(7, "见审计报告第3页。");
      var vehicles = w.endnote(5, "公务用车台账样式见附件2。");
      w.plain("一、财务管理方面");
      XWPFParagraph first = w.plain("1.资产管理混乱");
      w.reference(first.getCTP(), report, true, false);
      XWPFParagraph check = w.plain("整改措施：开展资产清查。");
      w.reference(check.getCTP(), dropped, true, true);
      w.plain("责任单位：财务处；整改时限：2024年12月31日");
      XWPFParagraph second = w.plain("2.公务用车管理不严");
      w.reference(second.getCTP(), vehicles, false, false);
      XWPFParagraph ledger = w.plain("整改措施：建立用车台账");
      w.reference(ledger.getCTP(), law, true, false);
      TrackedWord.text(ledger.getCTP(), "。");
      w.plain("责任单位：办公室；整改时限：2024年10月31日");
      docx = w.bytes();
    }
    JsonPath answer = ImportAnswers.dryRunPath("带脚注的方案", docx, DocumentText.DOCX);
    assertEquals(
        List.of(
            problem(
                "资产管理混乱",
                "资产管理混乱",
                List.of("财务管理方面"),
                lines(2, 4, null),
                List.of(measure("开展资产清查。", List.of("财务处"), null, null, "DEADLINE", "2024-12-31"))),
            problem(
                "公务用车管理不严",
                "公务用车管理不严",
                List.of("财务管理方面"),
                lines(5, 7, null),
                List.of(measure("建立用车台账。", List.of("办公室"), null, null, "DEADLINE", "2024-10-31")))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            trackedChanges(1),
            note("Footnote 1", "见审计报告第3页。"),
            note("Footnote 2", "根据《党政机关厉行节约反对浪费条例》第二十六条。"),
            note("Endnote i", "公务用车台账样式见附件2。")),
        answer.getList("warnings"));
  }

  @Test
  void noteNumbersFollowTheDocumentsSettingsWhereTheSectionSetsNone() throws IOException {
    byte[] docx;
    try (XWPFDocument d = new XWPFDocument()) {
      TrackedWord w = new TrackedWord(d);
      var basis = w.footnote(2, "根据《会计法》第十四条。");
      var form = w.footnote(3, "台账样式见附件1。");
      var plan = w.endnote(4, "见年度工作计划。");
      w.plain("一、财务管理方面");
      XWPFParagraph first = w.plain("1.票据管理混乱");
      w.reference(first.getCTP(), basis, true, false);
      XWPFParagraph check = w.plain("整改措施：清理票据台账。");
      w.reference(check.getCTP(), form, true, false);
      w.reference(check.getCTP(), plan, false, false);
      w.plain("责任单位：财务处；整改时限：2024年12月31日");
      // the document: footnotes a, b… from 3, endnotes I, II…; the section: footnotes A, B…,
      // endnotes from 0
      TrackedWord.noteProperties(d.getSettings().getCTSettings(), "footnotePr", "lowerLetter", "3");
      TrackedWord.noteProperties(d.getSettings().getCTSettings(), "endnotePr", "upperRoman", null);
      TrackedWord.noteProperties(w.section(), "footnotePr", "upperLetter", null);
      TrackedWord.noteProperties(w.section(), "endnotePr", null, "0");
      docx = w.bytes();
    }
    JsonPath answer = ImportAnswers.dryRunPath("带尾注的方案", docx, DocumentText.DOCX);
    assertEquals(
        List.of(
            problem(
                "票据管理混乱",
                "票据管理混乱",
                List.of("财务管理方面"),
                lines(2, 4, null),
                List.of(measure("清理票据台账。", List.of("财务处"), null, null, "DEADLINE", "2024-12-31")))),
        problems(answer),
        answer.prettify());
    // the section's format or start, else the document's; an endnote start of 0 counts from 1
    assertEquals(
        List.of(
            note("Footnote C", "根据《会计法》第十四条。"),
            note("Footnote D", "台账样式见附件1。"),
            note("Endnote I", "见年度工作计划。")),
        answer.getList("warnings"));
  }

  private static String trackedChanges(int count) {
    return "The document holds "
        + count
        + " tracked "
        + (count == 1 ? "change" : "changes")
        + " (insertions, deletions, moves) not yet accepted; it was read as Word shows it with every"
        + " change accepted.";
  }

  private static String note(String name, String text) {
    return name
        + " 「"
        + text
        + "」 is a note to the text, not part of a problem; it and its mark were not imported.";
  }
}
