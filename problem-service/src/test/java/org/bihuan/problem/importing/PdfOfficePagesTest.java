package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bihuan.problem.support.OfficePdf;
import org.junit.jupiter.api.Test;

/**
 * PDFs as LibreOffice exports a Word document — a clip of the whole page, a running header and a
 * page number around the body ({@link OfficePdf}, drawn by PDFBox), a header touching the first
 * line (LibreOffice's own PDF of {@link org.bihuan.problem.support.OfficeHeaderPlan}) — read as the
 * same document in Word is.
 */
class PdfOfficePagesTest {

  private static final float[] WIDTHS = {30, 100, 100, 45, 55, 40, 84.1f};

  private static final List<String> HEADER =
      List.of("序号", "存在问题", "整改措施", "责任领导", "责任科室", "责任人", "整改时限");

  private final DocumentReader reader = new DocumentReader(new DocumentText(10L * 1024 * 1024));

  private ParsedDocument read(byte[] pdf) {
    return reader.read(pdf, DocumentText.PDF).document();
  }

  private static List<List<List<String>>> tablePages() {
    return List.of(
        List.of(
            List.of("一、干部队伍建设方面"),
            List.of("1", "年轻干部培养选拔\n力度不够。", "制定年轻干部培养\n三年行动计划。", "柏林", "干部科", "史磊", "2024年12月底"),
            List.of("2", "干部档案审核不严。", "开展干部人事档案\n专项审核。", "柏林", "干部监督科", "史磊", "2024年10月底")),
        List.of(
            List.of("二、基层组织建设方面"),
            List.of(
                "3", "软弱涣散村党组织\n整顿成效不明显。", "实行县级领导包联\n整顿，销号管理。", "傅强", "组织科", "侯斌", "2024年11月底"),
            List.of("4", "发展党员工作不规范。", "健全发展党员全程\n纪实制度。", "常青", "组织科", "侯斌", "2024年9月底")));
  }

  @Test
  void pageNumbersAndRunningHeadersNeverEnterARuledTablesCells() {
    ParsedDocument read = read(OfficePdf.tables("某某县委组织部巡察整改问题清单", HEADER, tablePages(), WIDTHS));
    assertEquals(
        List.of("年轻干部培养选拔力度不够", "干部档案审核不严", "软弱涣散村党组织整顿成效不明显", "发展党员工作不规范"),
        read.problems().stream().map(ParsedProblem::title).toList());
    assertEquals(
        List.of("柏林", "柏林", "傅强", "常青"),
        read.problems().stream().map(p -> p.measures().get(0).leaderInCharge()).toList());
    assertEquals(
        List.of("2024-12-31", "2024-10-31", "2024-11-30", "2024-09-30"),
        read.problems().stream().map(p -> p.measures().get(0).deadline().toString()).toList());
    assertEquals(
        List.of("开展干部人事档案专项审核。", "健全发展党员全程纪实制度。"),
        List.of(
            read.problems().get(1).measures().get(0).measure(),
            read.problems().get(3).measures().get(0).measure()));
  }

  @Test
  void aSectionRowDrawnAcrossTheColumnsIsTheCategoryOfTheRowsUnderIt() {
    ParsedDocument read = read(OfficePdf.tables("某某县委组织部巡察整改问题清单", HEADER, tablePages(), WIDTHS));
    assertEquals(4, read.problems().size(), read.problems().toString());
    assertEquals(
        List.of(List.of("干部队伍建设方面"), List.of("干部队伍建设方面"), List.of("基层组织建设方面"), List.of("基层组织建设方面")),
        read.problems().stream().map(ParsedProblem::categoryPath).toList());
  }

  @Test
  void aRunningHeaderTouchingThePagesFirstLineIsLeftOutAndTheLabelBelowItKept() throws Exception {
    byte[] pdf;
    try (var in = getClass().getResourceAsStream("/documents/office-plan-header-touching.pdf")) {
      pdf = in.readAllBytes();
    }
    ParsedDocument read = read(pdf);
    assertEquals(
        List.of("思政课教师队伍配备不足", "科研设备开放共享率低", "横向科研经费管理不规范"),
        read.problems().stream().map(ParsedProblem::title).toList());
    assertEquals(
        List.of("制定思政课教师专项招聘计划。", "建设大型仪器设备共享平台。", "修订横向科研经费管理办法。"),
        read.problems().stream().map(p -> p.measures().get(0).measure()).toList());
    assertEquals(
        List.of(List.of("马克思主义学院"), List.of("国有资产管理处"), List.of("科研处")),
        read.problems().stream().map(p -> p.measures().get(0).responsibleUnits()).toList());
  }
}
