package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.resource;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.FullLineUnitCells;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 整改任务清单 whose 责任单位 column is six characters wide ({@link FullLineUnitCells}): a unit of six
 * characters ending in 室, 组, 站 or 馆 fills its line and the next paragraph is another unit (镇党政办公室 /
 * 综合执法大队, 区纪检监察室 / 财务科, 支部学习小组 / 办公室, 镇农技服务站 / 财政所, 区文化图书馆 / 文化站): two units, in the Word table (a
 * paragraph each), in LibreOffice's PDF of it and in a ruled PDF written by PDFBox. A unit the
 * column wraps stays one: the line is no unit alone (党政综合办公 / 室), or the unit above holds the one
 * below (综合执法大队 / 一中队, 防汛领导小组 / 办公室), or the two characters make a word (中共东区委组 / 织部)
 * (docs/decisions/0339). Through {@code POST /sources/{id}/import?dryRun=true}, every field of
 * every problem and measure, and no warning.
 */
@QuarkusTest
class ImportPdfFullLineUnitsTest {

  private static Map<String, Object> row(
      int n,
      String problem,
      String measure,
      String leader,
      List<String> units,
      String person,
      String deadline,
      Integer page) {
    Map<String, Object> origin = page == null ? rows(1, n + 1, n + 1) : rows(1, n + 1, n + 1, page);
    return problem(
        problem,
        problem + "。",
        List.of(),
        origin,
        List.of(measure(measure, units, leader, person, "DEADLINE", deadline)));
  }

  private static List<Map<String, Object>> expected(Integer page) {
    List<Map<String, Object>> all = new ArrayList<>();
    all.add(
        row(
            1,
            "审批事项公开不全",
            "全面梳理公开审批事项。",
            "王明",
            List.of("镇党政办公室", "综合执法大队"),
            "张伟",
            "2024-09-30",
            page));
    all.add(
        row(2, "财务报销不规范", "修订财务报销制度。", "王明", List.of("区纪检监察室", "财务科"), "李娜", "2024-10-31", page));
    all.add(
        row(3, "学习制度落实不严", "建立学习台账。", "赵强", List.of("支部学习小组", "办公室"), "陈静", "2024-11-30", page));
    all.add(
        row(4, "农技服务不到位", "开展农技下乡服务。", "赵强", List.of("镇农技服务站", "财政所"), "刘洋", "2024-11-30", page));
    all.add(
        row(5, "文化活动偏少", "组织文化惠民活动。", "孙伟", List.of("区文化图书馆", "文化站"), "王芳", "2024-12-31", page));
    all.add(row(6, "接待登记不全", "规范来访接待登记。", "孙伟", List.of("党政综合办公室"), "王芳", "2024-12-31", page));
    all.add(row(7, "执法记录不全", "规范执法记录。", "孙伟", List.of("综合执法大队一中队"), "王芳", "2024-12-31", page));
    all.add(row(8, "防汛准备不足", "修订防汛预案。", "孙伟", List.of("防汛领导小组办公室"), "王芳", "2024-12-31", page));
    all.add(row(9, "干部考核不严", "完善干部考核办法。", "孙伟", List.of("中共东区委组织部"), "王芳", "2024-12-31", page));
    return all;
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "libreoffice-pdf", "pdfbox-ruled-pdf"})
  void unitsEndingAFullLineAreTwoWhereTheFirstHoldsNoneLikeTheSecond(String file)
      throws IOException {
    JsonPath answer =
        switch (file) {
          case "docx" -> dryRunPath("整行单位", FullLineUnitCells.docx(), DocumentText.DOCX);
          case "libreoffice-pdf" ->
              dryRunPath("整行单位", resource("/formats/full-line-units-narrow.pdf"), DocumentText.PDF);
          default -> dryRunPath("整行单位", FullLineUnitCells.ruledPdf(), DocumentText.PDF);
        };
    assertEquals(expected(file.equals("docx") ? null : 1), problems(answer), answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
