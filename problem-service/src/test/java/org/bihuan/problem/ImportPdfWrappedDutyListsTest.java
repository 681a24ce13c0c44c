package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.titledProblem;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ChinesePdf;
import org.junit.jupiter.api.Test;

/**
 * A PDF rectification plan (paragraphs, problems numbered 1. 2. 3. as its duty lists are) whose
 * numbered duty lists the page's edge cut, a line beginning with digits after a duty line that ends
 * in a date, and a unit with the person who leads it in brackets, read through {@code POST
 * /sources/{id}/import?dryRun=true} and imported: every field of every problem and measure and
 * every warning compared (docs/decisions/0298).
 */
@QuarkusTest
class ImportPdfWrappedDutyListsTest {

  /**
   * The page's text block ends where line 4 and line 18, its longest, end. Line 4's list of three
   * units is cut after item 1 (the wrap line holds items 2 and 3, then 责任人 and 整改时限); line 8's list
   * gives both measures a unit and ends in ；, so 3. after it is problem 3; line 12's list of two
   * units beside three measures expects item 3 on line 13 (3. again); line 14's 责任人 list goes on in
   * line 15; line 18's list of four units is cut inside 纪检监察室.
   */
  private static final List<String> CUT_LISTS =
      List.of(
          "××公司关于巡察反馈问题的整改方案",
          "一、存在问题及整改措施",
          "1.干部选拔任用程序不规范。",
          "整改措施：1.修订选拔任用办法；2.开展档案专项审核；3.建立干部档案台账。责任单位：1.办公室；",
          "2.人力资源部；3.财务处。责任人：赵六。整改时限：2024年9月30日",
          "2.薪酬发放不规范。",
          "整改措施：1.规范薪酬发放流程；2.开展薪酬专项检查。",
          "责任人：王芳。整改时限：2024年12月31日。责任单位：1.财务处；2.人力资源部；",
          "3.制度执行不严格。",
          "部分制度落实流于形式。",
          "整改措施：1.修订制度执行办法；2.开展制度执行检查；3.建立执行台账。",
          "责任单位：1.办公室；2.人力资源部",
          "3.纪检监察室。",
          "责任人：1.张三；2.李四；",
          "3.王五。整改时限：2024年10月31日",
          "4.公车管理不规范。",
          "整改措施：1.建立公车台账；2.开展公车检查；3.规范用车审批；4.加强用车培训。",
          "责任领导：周平。整改时限：2024年11月30日前完成。责任人：孙七、吴九。责任单位：1.办公室；2.财务处；3.纪检监察",
          "室；4.人力资源部。",
          "5.会议记录不完整。",
          "整改措施：补齐会议记录。",
          "责任单位：办公室　整改时限：2024年8月31日");

  private static final String PEOPLE = "孙七、吴九";

  private static List<Map<String, Object>> cutLists() {
    return List.of(
        problem(
            "干部选拔任用程序不规范",
            "干部选拔任用程序不规范。",
            List.of(),
            lines(3, 5, 1),
            List.of(
                measure("修订选拔任用办法", List.of("办公室"), null, "赵六", "DEADLINE", "2024-09-30"),
                measure("开展档案专项审核", List.of("人力资源部"), null, "赵六", "DEADLINE", "2024-09-30"),
                measure("建立干部档案台账。", List.of("财务处"), null, "赵六", "DEADLINE", "2024-09-30"))),
        problem(
            "薪酬发放不规范",
            "薪酬发放不规范。",
            List.of(),
            lines(6, 8, 1),
            List.of(
                measure("规范薪酬发放流程", List.of("财务处"), null, "王芳", "DEADLINE", "2024-12-31"),
                measure("开展薪酬专项检查。", List.of("人力资源部"), null, "王芳", "DEADLINE", "2024-12-31"))),
        problem(
            "制度执行不严格",
            "制度执行不严格。\n部分制度落实流于形式。",
            List.of(),
            lines(9, 15, 1),
            List.of(
                measure("修订制度执行办法", List.of("办公室"), null, "张三", "DEADLINE", "2024-10-31"),
                measure("开展制度执行检查", List.of("人力资源部"), null, "李四", "DEADLINE", "2024-10-31"),
                measure("建立执行台账。", List.of("纪检监察室"), null, "王五", "DEADLINE", "2024-10-31"))),
        problem(
            "公车管理不规范",
            "公车管理不规范。",
            List.of(),
            lines(16, 19, 1),
            List.of(
                measure("建立公车台账", List.of("办公室"), "周平", PEOPLE, "DEADLINE", "2024-11-30"),
                measure("开展公车检查", List.of("财务处"), "周平", PEOPLE, "DEADLINE", "2024-11-30"),
                measure("规范用车审批", List.of("纪检监察室"), "周平", PEOPLE, "DEADLINE", "2024-11-30"),
                measure("加强用车培训。", List.of("人力资源部"), "周平", PEOPLE, "DEADLINE", "2024-11-30"))),
        titledProblem(
            "会议记录不完整",
            20,
            22,
            1,
            measure("补齐会议记录。", List.of("办公室"), null, null, "DEADLINE", "2024-08-31")));
  }

  @Test
  void numberedDutyListsCutAtThePageEdgeGoOnWhereTheyWereCut() {
    JsonPath answer = TableImportTest.dryRun(ChinesePdf.of(List.of(CUT_LISTS)), DocumentText.PDF);
    assertEquals(cutLists(), problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void numberedDutyListsCutAtThePageEdgeAreImportedAsTheDryRunReadThem() {
    JsonPath imported =
        Api.importAnswer(
                RestAssured.given(),
                Api.source("折行的责任清单"),
                ChinesePdf.of(List.of(CUT_LISTS)),
                DocumentText.PDF)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    // the import's answer gives each problem as stored, without the origin of the dry run
    assertEquals(
        withoutOrigins(cutLists()), withoutOrigins(problems(imported)), imported.prettify());
    assertEquals(List.of(), imported.getList("warnings"), imported.prettify());
  }

  /**
   * Lines 5, 8 and 11, the page's longest, end in a date at the text block's edge; lines 6 and 12
   * begin with digits. Line 6 is followed by its own 整改措施 and duties; line 12 by the next problem.
   */
  private static final List<String> DIGITS_AFTER_DATES =
      List.of(
          "××公司关于巡察反馈问题的整改方案",
          "一、存在问题及整改措施",
          "1.干部选拔任用程序不规范。",
          "整改措施：修订选拔任用办法。",
          "责任单位：办公室　责任人：李四　整改时限：2024年6月30日",
          "2023年以来共开展督查检查36次，发现问题未及时整改。",
          "整改措施：建立督查台账。",
          "责任单位：督查室　责任人：王五　整改时限：2024年9月30日",
          "2.薪酬发放不规范。",
          "整改措施：规范薪酬发放流程。",
          "责任单位：财务处　责任人：赵六　整改时限：2024年6月30日",
          "12345热线反映问题办理不及时。",
          "3.制度执行不严格。",
          "整改措施：开展制度执行检查。",
          "责任单位：办公室　责任人：张三　整改时限：2024年10月31日");

  @Test
  void aLineBeginningWithDigitsAfterADateIsNotGluedToTheDate() {
    JsonPath answer =
        TableImportTest.dryRun(ChinesePdf.of(List.of(DIGITS_AFTER_DATES)), DocumentText.PDF);
    assertEquals(
        List.of(
            titledProblem(
                "干部选拔任用程序不规范",
                3,
                5,
                1,
                measure("修订选拔任用办法。", List.of("办公室"), null, "李四", "DEADLINE", "2024-06-30")),
            titledProblem(
                "2023年以来共开展督查检查36次，发现问题未及时整改",
                6,
                8,
                1,
                measure("建立督查台账。", List.of("督查室"), null, "王五", "DEADLINE", "2024-09-30")),
            problem(
                "薪酬发放不规范",
                "薪酬发放不规范。\n12345热线反映问题办理不及时。",
                List.of(),
                lines(9, 12, 1),
                List.of(
                    measure("规范薪酬发放流程。", List.of("财务处"), null, "赵六", "DEADLINE", "2024-06-30"))),
            titledProblem(
                "制度执行不严格",
                13,
                15,
                1,
                measure("开展制度执行检查。", List.of("办公室"), null, "张三", "DEADLINE", "2024-10-31"))),
        problems(answer),
        answer.prettify());
    assertEquals(
        List.of(
            "Line 6 「2023年以来共开展督查检查36次，发现问题未及时整改。」 follows the duties of the problem before"
                + " it, with no number that was read, and the 整改措施 and duties after it are its own; it"
                + " was read as the problem 「2023年以来共开展督查检查36次，发现问题未及时整改」.",
            "Line 12 「12345热线反映问题办理不及时。」 follows the responsibility and time-limit lines; it was"
                + " added to the description of the problem 「薪酬发放不规范」."),
        answer.getList("warnings"),
        answer.prettify());
  }

  @Test
  void aPersonInTheUnitsBracketIsTheResponsiblePerson() {
    JsonPath answer =
        TableImportTest.dryRun(
            ChinesePdf.of(
                List.of(
                    List.of(
                        "××公司关于巡察反馈问题的整改方案",
                        "一、存在问题及整改措施",
                        "1.干部选拔任用程序不规范。",
                        "整改措施：修订选拔任用办法。",
                        "责任单位：办公室（牵头：张三）",
                        "整改时限：2024年9月30日",
                        "2.薪酬发放不规范。",
                        "整改措施：规范薪酬发放流程。",
                        "责任单位：财务处（牵头人：李四、王五）　整改时限：2024年12月31日"))),
            DocumentText.PDF);
    assertEquals(
        List.of(
            titledProblem(
                "干部选拔任用程序不规范",
                3,
                6,
                1,
                measure("修订选拔任用办法。", List.of("办公室"), null, "张三", "DEADLINE", "2024-09-30")),
            titledProblem(
                "薪酬发放不规范",
                7,
                9,
                1,
                measure("规范薪酬发放流程。", List.of("财务处"), null, "李四、王五", "DEADLINE", "2024-12-31"))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
