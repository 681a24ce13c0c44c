package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Api;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 整改台账 sheets (.xlsx: a title merged across the columns, a bold centred header, five problems, text
 * cells wrapped and set flush left, rows as tall as their text) printed to PDF by LibreOffice Calc
 * 24 ({@code soffice --headless --convert-to pdf}) without gridlines, landscape, fitted to the
 * page's width (docs/decisions/0393): the 序号 set flush right touches the 问题描述 beside it and a cell
 * filled to its padding touches the next, so only where each column's cells start tells the columns
 * apart. Each sheet lays its columns out otherwise — 责任单位 before 整改措施, units and people centred,
 * long unit lists at the bottom of their rows, the 序号 typed as text in a wide column — and its
 * PDF's dry run gives every field of every problem as the .xlsx's does; a sheet whose columns are
 * all centred starts no column twice at one x and is refused, never misread. Through {@code POST
 * /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfCalcLedgerColumnsTest {

  private static final String[] TITLES = {
    "理论学习中心组学习不够系统，学习计划落实不到位，专题研讨流于形式",
    "民主集中制执行不够严格，部分重大事项未经集体研究决定",
    "财务报销审核把关不严，存在发票不规范、附件不齐全等情况",
    "公务用车管理不规范，派车单填写不完整，车辆使用记录缺失",
    "意识形态工作责任制落实不到位，阵地管理存在薄弱环节"
  };

  private static final String[] MEASURES = {
    "制定年度学习计划，每月开展一次集中学习，建立学习台账",
    "修订议事规则，明确集体决策事项清单，严格执行会议纪要制度",
    "全面清查近两年报销凭证，补齐附件，建立审核责任追究制度",
    "完善管理制度，实行派车审批登记，安装车辆定位系统",
    "召开专题会议研究部署，建立工作台账，定期通报进展情况"
  };

  private static final String[] UNITS = {"党委办公室", "组织人事部", "财务处", "后勤管理处", "宣传部"};

  private static final List<List<String>> LONG_UNITS =
      List.of(
          List.of("党委办公室", "纪委办公室", "组织部"),
          List.of("组织人事部", "工会"),
          List.of("财务处", "审计处", "资产管理处", "后勤管理处"),
          List.of("后勤管理处"),
          List.of("宣传部", "网络信息中心"));

  private static final String[] CO_UNITS = {"宣传部", "工会", "审计处", "信息中心", null};
  private static final String[] PEOPLE = {"张明", "王强", "刘洋", "杨帆", "徐静"};
  private static final String[] LEADERS = {"李建国", "王春华", "陈志强", "刘德明", "李建国"};
  private static final String[] DEADLINES = {
    "2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2025-05-31"
  };

  private static JsonPath dryRun(String file, String type) throws IOException {
    return ImportAnswers.dryRunPath("整改台账", ImportAnswers.resource("/documents/" + file), type);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "calc-columns-reordered",
        "calc-columns-centred-units",
        "calc-columns-long-units-bottom",
        "calc-columns-seq-as-text"
      })
  void aLedgerPrintedWithoutGridlinesReadsEveryFieldAsItsWorkbookDoes(String name)
      throws IOException {
    JsonPath sheet = dryRun(name + ".xlsx", DocumentText.XLSX);
    JsonPath pdf = dryRun(name + ".pdf", DocumentText.PDF);
    assertEquals(withoutOrigins(problems(sheet)), withoutOrigins(problems(pdf)));
    boolean longUnits = name.endsWith("long-units-bottom");
    assertEquals(5, pdf.getList("problems").size());
    for (int i = 0; i < 5; i++) {
      String p = "problems[" + i + "].";
      String m = p + "measures[0].";
      assertEquals(TITLES[i], pdf.getString(p + "title"));
      assertEquals(1, pdf.getList(p + "measures").size());
      assertEquals(MEASURES[i], pdf.getString(m + "measure"));
      assertEquals(
          longUnits ? LONG_UNITS.get(i) : List.of(UNITS[i]), pdf.getList(m + "responsibleUnits"));
      assertEquals(
          longUnits || CO_UNITS[i] == null ? List.of() : List.of(CO_UNITS[i]),
          pdf.getList(m + "coResponsibleUnits"));
      assertEquals(PEOPLE[i], pdf.getString(m + "responsiblePerson"));
      assertEquals(longUnits ? null : LEADERS[i], pdf.getString(m + "leaderInCharge"));
      assertEquals("DEADLINE", pdf.getString(m + "timing"));
      assertEquals(DEADLINES[i], pdf.getString(m + "deadline"));
    }
    assertEquals(sheet.getList("warnings"), pdf.getList("warnings"));
  }

  @Test
  void aLedgerOverTwoPagesWithItsCellsAtTheBottomReadsEveryRowAsItsWorkbookDoes()
      throws IOException {
    // 30 rows, the header on page 1 only: page 2 begins with the first lines of row 13, whose 序号
    // stands on its last line — the row above is not cut by the page break (0393)
    JsonPath sheet = dryRun("calc-columns-two-pages-bottom.xlsx", DocumentText.XLSX);
    JsonPath pdf = dryRun("calc-columns-two-pages-bottom.pdf", DocumentText.PDF);
    assertEquals(withoutOrigins(problems(sheet)), withoutOrigins(problems(pdf)));
    assertEquals(30, pdf.getList("problems").size());
    for (int i = 0; i < 30; i++) {
      String p = "problems[" + i + "].";
      String m = p + "measures[0].";
      int k = i % 5;
      assertEquals(TITLES[k] + "（第" + (i + 1) + "批）", pdf.getString(p + "title"));
      assertEquals(1, pdf.getList(p + "measures").size());
      assertEquals(MEASURES[k], pdf.getString(m + "measure"));
      assertEquals(List.of(UNITS[k]), pdf.getList(m + "responsibleUnits"));
      assertEquals(
          CO_UNITS[k] == null ? List.of() : List.of(CO_UNITS[k]),
          pdf.getList(m + "coResponsibleUnits"));
      assertEquals(PEOPLE[k], pdf.getString(m + "responsiblePerson"));
      assertEquals(LEADERS[k], pdf.getString(m + "leaderInCharge"));
      assertEquals(DEADLINES[k], pdf.getString(m + "deadline"));
    }
  }

  @Test
  void aLedgerWhoseColumnsAreAllCentredIsRefusedNotMisread() throws IOException {
    ImportAnswers.unreadableTable(
        ImportAnswers.imported(
            Api.source("整改台账"),
            ImportAnswers.resource("/documents/calc-columns-all-centred.pdf"),
            DocumentText.PDF,
            true));
    // the workbook it was printed from reads right
    assertEquals(
        5, dryRun("calc-columns-all-centred.xlsx", DocumentText.XLSX).getList("problems").size());
  }
}
