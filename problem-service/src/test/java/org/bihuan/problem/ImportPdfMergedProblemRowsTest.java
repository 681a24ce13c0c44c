package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * Word 整改任务清单 tables printed to PDF without borders whose 序号 and 存在问题 cells are merged down over a
 * problem's two or three measure rows (docs/decisions/0398). With no rule between the rows, the
 * rows of one problem were read as one: its measures run together and carried by each measure, its
 * units and persons joined (王强、李娜). Such PDFs are refused (422 pdf-table-unreadable) naming the
 * page and the persons run together — also where a row leaves a duty cell blank — while the .docx
 * they were printed from reads right. A 责任人 with a date in brackets (王强（2024年入职）) is a person's
 * note, not another column's date: a table of such rows reads as its .docx. Through {@code POST
 * /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfMergedProblemRowsTest {

  private static ValidatableResponse answer(String sourceId, String name, String type, boolean dry)
      throws IOException {
    return ImportAnswers.imported(
        sourceId, ImportAnswers.resource("/documents/" + name), type, dry);
  }

  private static void refused(String name, String why) throws IOException {
    ImportAnswers.unreadableTable(
        answer(source("整改台账"), name, DocumentText.PDF, true),
        why,
        "runs several rows' names together");
  }

  @Test
  void measureRowsJoinedUnderAMergedProblemCellAreRefusedAndNothingIsWritten() throws IOException {
    refused(
        "word-merged-problem-rows-joined.pdf",
        "page 1: the 责任人 「王强、李娜」 of 「部分党员干部理论学习不深入，学用结合不紧密」");
    String sourceId = source("整改台账");
    answer(sourceId, "word-merged-problem-rows-joined.pdf", DocumentText.PDF, false)
        .statusCode(422)
        .body("type", endsWith("/problems/pdf-table-unreadable"));
    asViewer()
        .queryParam("sourceId", sourceId)
        .get("/api/v1/problems")
        .then()
        .statusCode(200)
        .body("items", empty());
    // the .docx: five problems, twelve measures, one unit and one person each
    answer(source("整改台账"), "word-merged-problem-rows-joined.docx", DocumentText.DOCX, true)
        .statusCode(200)
        .body("problems.size()", is(5))
        .body("problems.measures.flatten().size()", is(12))
        .body("problems[0].title", is("部分党员干部理论学习不深入，学用结合不紧密"))
        .body("problems[0].measures.size()", is(2))
        .body("problems[0].measures[0].measure", is("开展财务专项检查，规范报销审批流程"))
        .body("problems[0].measures[0].responsibleUnits", contains("组织部"))
        .body("problems[0].measures[0].responsiblePerson", is("王强"))
        .body("problems[0].measures[0].deadline", is("2024-10-31"))
        .body("problems[0].measures[1].measure", is("建立学习台账，定期通报学习情况"))
        .body("problems[0].measures[1].responsibleUnits", contains("宣传部"))
        .body("problems[0].measures[1].responsiblePerson", is("李娜"))
        .body("problems[0].measures[1].timing", is("LONG_TERM"))
        .body("problems[0].measures[1].progress", is("持续推进"));
  }

  @Test
  void measureRowsWithABlankDutyCellAreRefused() throws IOException {
    refused(
        "word-merged-problem-rows-blank-duty.pdf",
        "page 1: the 责任人 「王强、李娜」 of 「理论学习中心组学习制度落实不到位，学习计划执行不严格」");
    answer(source("整改台账"), "word-merged-problem-rows-blank-duty.docx", DocumentText.DOCX, true)
        .statusCode(200)
        .body("problems.size()", is(5))
        .body("problems.measures.flatten().size()", is(10))
        .body("problems[0].measures[1].measure", is("严格执行干部选拔任用程序，全程纪实"))
        .body("problems[0].measures[1].responsibleUnits", empty())
        .body("problems[0].measures[1].responsiblePerson", is("李娜"))
        .body("problems[1].measures[1].measure", is("修订完善“三会一课”实施细则，规范会议记录"))
        .body("problems[1].measures[1].responsibleUnits", contains("各党支部"))
        .body("problems[1].measures[1].responsiblePerson", nullValue())
        .body("problems[1].measures[1].timing", is("IMMEDIATE"));
  }

  @Test
  void aPersonsNoteInBracketsWithTheNextRowsPersonsIsRefused() throws IOException {
    refused(
        "word-merged-problem-person-note.pdf",
        "page 1: the 责任人 「王强（2024年入职）李娜张明」 of 「理论学习中心组学习制度落实不到位，学习计划执行不严格」");
    answer(source("整改台账"), "word-merged-problem-person-note.docx", DocumentText.DOCX, true)
        .statusCode(200)
        .body("problems.size()", is(5))
        .body("problems.measures.flatten().size()", is(12))
        .body("problems[0].measures.responsiblePerson", contains("王强（2024年入职）", "李娜", "张明"));
  }

  @Test
  void aPersonWithADateInBracketsReadsAsTheDocx() throws IOException {
    for (String[] file :
        new String[][] {
          {"word-person-note-in-brackets.pdf", DocumentText.PDF},
          {"word-person-note-in-brackets.docx", DocumentText.DOCX}
        }) {
      answer(source("整改台账"), file[0], file[1], true)
          .statusCode(200)
          .body("problems.size()", is(5))
          .body(
              "problems.title",
              contains(
                  "“三重一大”事项集体决策制度执行不严格",
                  "党风廉政建设主体责任压得不实",
                  "财务报销审核把关不严，存在超标准列支现象",
                  "理论学习中心组学习制度落实不到位，学习计划执行不严格",
                  "部分党员干部理论学习不深入，学用结合不紧密"))
          .body("problems.measures.flatten().size()", is(5))
          .body(
              "problems.measures.flatten().measure",
              contains(
                  "将理论学习纳入年度考核，督促党员干部学深悟透",
                  "严格执行干部选拔任用程序，全程纪实",
                  "建立问题整改长效机制，定期开展回头看",
                  "严格执行干部选拔任用程序，全程纪实",
                  "组织专题培训，提升业务人员能力"))
          .body(
              "problems.measures.flatten().responsibleUnits.flatten()",
              contains("组织部", "宣传部", "党委办公室", "纪检监察室", "人力资源部"))
          .body(
              "problems.measures.flatten().responsiblePerson",
              contains("王强（2024年入职）", "李娜", "张明（2024年入职）", "赵敏", "孙丽（2024年入职）"))
          .body(
              "problems.measures.flatten().deadline",
              contains("2024-10-31", "2024-12-31", "2025-03-31", "2024-11-30", "2025-06-30"))
          .body("problems.measures.flatten().coResponsibleUnits.flatten()", empty())
          .body(
              "problems.measures.flatten().leaderInCharge", contains(null, null, null, null, null));
    }
  }

  @Test
  void oneRowsTwoPersonsAndTwoStagesReadAsTheDocx() throws IOException {
    // not joined rows: each problem one row, two persons a line each beside one measure whose time
    // limit of two stages (立行立改，长期坚持) gives two measures of one text, and a person with a note in
    // brackets that is no date (各县（市、区）主要负责同志)
    for (String[] file :
        new String[][] {
          {"word-two-persons-two-stages.pdf", DocumentText.PDF},
          {"word-two-persons-two-stages.docx", DocumentText.DOCX}
        }) {
      answer(source("整改台账"), file[0], file[1], true)
          .statusCode(200)
          .body("problems.size()", is(5))
          .body("problems.measures.flatten().size()", is(8))
          .body(
              "problems.measures.flatten().responsiblePerson",
              contains("张伟、李娜", "张伟、李娜", "王强", "王强", "各县（市、区）主要负责同志", "赵敏、孙丽", "赵敏、孙丽", "周涛"))
          .body(
              "problems.measures.flatten().timing",
              contains(
                  "IMMEDIATE",
                  "LONG_TERM",
                  "DEADLINE",
                  "LONG_TERM",
                  "DEADLINE",
                  "IMMEDIATE",
                  "LONG_TERM",
                  "DEADLINE"))
          .body(
              "problems.measures.flatten().deadline",
              contains(null, null, "2024-12-31", null, "2025-03-31", null, null, "2025-06-30"))
          .body(
              "problems.measures.flatten().responsibleUnits.flatten()",
              contains("党委办公室", "党委办公室", "组织部", "组织部", "各党支部", "宣传部", "团委", "宣传部", "团委", "人力资源部"))
          .body("problems[0].measures[0].measure", is("制定年度学习计划，每季度至少开展一次集中学习研讨"))
          .body("problems[2].measures[0].measure", is("修订完善“三会一课”实施细则，规范会议记录"));
    }
  }
}
