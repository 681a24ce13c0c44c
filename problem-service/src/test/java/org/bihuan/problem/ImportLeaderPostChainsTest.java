package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.sheetRows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.FormatFiles;
import org.junit.jupiter.api.Test;

/**
 * A leader written with posts that end in 助理 or 总…师, with posts joined by 兼, or with posts listed
 * before the one written with the name, is stored by name, in a plan (text and .docx) and in a
 * ledger (.xlsx and .xls), through {@code POST /sources/{id}/import?dryRun=true}; names that hold a
 * post's last character stay whole (docs/decisions/0309).
 */
@QuarkusTest
class ImportLeaderPostChainsTest {

  private static final String PLAN =
      """
      ××局关于2024年度内部巡察反馈问题的整改方案
      一、问题清单及整改措施
      （一）领导班子建设方面
      1.议事规则执行不严格。
      整改措施：修订党组议事规则。
      责任领导：局党组成员、局长助理刘春 责任单位：办公室 整改时限：2024年10月31日
      2.民主集中制落实不到位。
      整改措施：严格执行“三重一大”集体决策制度。
      责任领导：党委副书记、纪委书记王强 责任单位：纪检组 整改时限：2024年11月30日
      3.干部选拔程序不规范。
      整改措施：规范干部选拔任用全流程纪实。
      责任领导：总会计师孙悦 责任单位：人事科 整改时限：2024年12月31日
      4.基层调研不足。
      整改措施：班子成员每年蹲点调研不少于2次。
      责任领导：三级调研员周平 责任单位：办公室 整改时限：2025年6月30日
      5.督办落实不及时。
      整改措施：建立督办事项销号制度。
      责任领导：局长助理兼办公室主任赵磊 责任单位：办公室 整改时限：2024年9月30日
      6.工程变更审批不严。
      整改措施：完善工程变更审批流程。
      责任领导：副局长王五、副总工程师李长江 责任单位：基建科 整改时限：2024年12月31日
      """;

  private static Map<String, Object> item(
      String title, int from, String measure, String leader, String unit, String deadline) {
    return problem(
        title,
        title + "。",
        List.of("领导班子建设方面"),
        lines(from, from + 2, null),
        List.of(measure(measure, List.of(unit), leader, null, "DEADLINE", deadline)));
  }

  @Test
  void aPlansLeadersAreStoredByNameWhateverPostsAreWrittenBeforeThem() throws IOException {
    List<Map<String, Object>> expected =
        List.of(
            item("议事规则执行不严格", 4, "修订党组议事规则。", "刘春", "办公室", "2024-10-31"),
            item("民主集中制落实不到位", 7, "严格执行“三重一大”集体决策制度。", "王强", "纪检组", "2024-11-30"),
            item("干部选拔程序不规范", 10, "规范干部选拔任用全流程纪实。", "孙悦", "人事科", "2024-12-31"),
            item("基层调研不足", 13, "班子成员每年蹲点调研不少于2次。", "周平", "办公室", "2025-06-30"),
            item("督办落实不及时", 16, "建立督办事项销号制度。", "赵磊", "办公室", "2024-09-30"),
            item("工程变更审批不严", 19, "完善工程变更审批流程。", "王五、李长江", "基建科", "2024-12-31"));
    List<String> warnings =
        List.of(
            "责任领导 written with a post are stored by name only, so that the reports count each"
                + " leader once: 「局党组成员、局长助理刘春」 → 「刘春」, 「党委副书记、纪委书记王强」 → 「王强」,"
                + " 「总会计师孙悦」 → 「孙悦」, 「三级调研员周平」 → 「周平」, 「局长助理兼办公室主任赵磊」 → 「赵磊」,"
                + " 「副局长王五」 → 「王五」, 「副总工程师李长江」 → 「李长江」.");
    for (JsonPath answer :
        List.of(
            TableImportTest.dryRun(
                PLAN.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8"),
            TableImportTest.dryRun(FormatFiles.paragraphs(PLAN), DocumentText.DOCX))) {
      assertEquals(expected, problems(answer), answer.prettify());
      assertEquals(warnings, answer.getList("warnings"), answer.prettify());
    }
  }

  private static final List<List<String>> LEDGER =
      List.of(
          List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "整改时限"),
          List.of("1", "科研经费报销不规范。", "开展科研经费专项审计。", "校长助理刘春", "科研处", "吴九", "2024年10月31日"),
          List.of("2", "财务审批把关不严。", "修订财务审批办法。", "总会计师孙悦", "财务处", "郑一", "2024年11月30日"),
          List.of("3", "招标文件审核不细。", "建立招标文件会审制度。", "副校长王长江", "招标办", "陈十", "2024年12月31日"));

  private static byte[] ledger(Workbook wb) throws IOException {
    try (wb) {
      Sheet sheet = wb.createSheet("台账");
      for (int r = 0; r < LEDGER.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < LEDGER.get(r).size(); c++) {
          row.createCell(c).setCellValue(LEDGER.get(r).get(c));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void aLedgersLeaderCellWithAnAssistantsPostGivesTheName() throws IOException {
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "科研经费报销不规范",
                "科研经费报销不规范。",
                List.of(),
                sheetRows("台账", 2, 2),
                List.of(
                    measure("开展科研经费专项审计。", List.of("科研处"), "刘春", "吴九", "DEADLINE", "2024-10-31"))),
            problem(
                "财务审批把关不严",
                "财务审批把关不严。",
                List.of(),
                sheetRows("台账", 3, 3),
                List.of(
                    measure("修订财务审批办法。", List.of("财务处"), "孙悦", "郑一", "DEADLINE", "2024-11-30"))),
            problem(
                "招标文件审核不细",
                "招标文件审核不细。",
                List.of(),
                sheetRows("台账", 4, 4),
                List.of(
                    measure(
                        "建立招标文件会审制度。", List.of("招标办"), "王长江", "陈十", "DEADLINE", "2024-12-31"))));
    List<String> warnings =
        List.of(
            "责任领导 written with a post are stored by name only, so that the reports count each"
                + " leader once: 「校长助理刘春」 → 「刘春」, 「总会计师孙悦」 → 「孙悦」, 「副校长王长江」 → 「王长江」.");
    for (String format : List.of("xlsx", "xls")) {
      JsonPath answer =
          dryRunTableFile(
              format, ledger(format.equals("xlsx") ? new XSSFWorkbook() : new HSSFWorkbook()));
      assertEquals(expected, problems(answer), format + answer.prettify());
      assertEquals(warnings, answer.getList("warnings"), format + answer.prettify());
    }
  }
}
