package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.bihuan.problem.importing.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * A Word table row whose 整改措施 cell holds its measures 1./2. as paragraphs and whose 完成时限 cell holds
 * one paragraph per measure, unnumbered (2025年4月30日 / 2025年5月底, 2025年2月28日 / 立行立改): each measure
 * takes the paragraph of its place, as a numbered cell gives item n to measure n; a cell of another
 * count of paragraphs stays every measure's whole time limit (docs/decisions/0408, 0422). Through
 * {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportTimeLimitParagraphsPerMeasureTest {

  private static byte[] table(List<List<List<String>>> rows) throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          XWPFTableCell cell = table.getRow(r).getCell(c);
          List<String> paragraphs = rows.get(r).get(c);
          cell.getParagraphs().get(0).createRun().setText(paragraphs.get(0));
          for (String p : paragraphs.subList(1, paragraphs.size())) {
            cell.addParagraph().createRun().setText(p);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  private static List<List<String>> row(String... cells) {
    return java.util.Arrays.stream(cells).map(c -> List.of(c.split("/"))).toList();
  }

  @Test
  void eachMeasureTakesTheTimeLimitParagraphOfItsPlace() throws IOException {
    byte[] docx =
        table(
            List.of(
                row("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
                row(
                    "1",
                    "医疗机构院感防控制度落实不到位",
                    "1.开展院感防控专项督查/2.组织院感专职人员培训",
                    "医政医管股/医政医管股",
                    "黄伟/黄伟",
                    "2025年4月30日/2025年5月底"),
                row(
                    "2",
                    "卫生监督执法检查覆盖面不足",
                    "1.制定年度双随机抽查计划/2.对无证行医开展专项打击",
                    "县卫生监督所/县卫生监督所",
                    "邓辉/邓辉",
                    "2025年2月28日/立行立改"),
                row(
                    "3",
                    "家庭医生签约服务履约率低",
                    "1.开展签约居民随访核查/2.纳入绩效考核/3.通报考核结果",
                    "基层卫生股",
                    "许强",
                    "2025年8月31日/2025年12月31日")));
    JsonPath answer = TableImportTest.dryRun(docx, DocumentText.DOCX);
    assertEquals("2025-04-30", answer.getString("problems[0].measures[0].deadline"));
    assertEquals("DEADLINE", answer.getString("problems[0].measures[1].timing"));
    assertEquals("2025-05-31", answer.getString("problems[0].measures[1].deadline"));
    assertEquals("DEADLINE", answer.getString("problems[1].measures[0].timing"));
    assertEquals("2025-02-28", answer.getString("problems[1].measures[0].deadline"));
    assertEquals("IMMEDIATE", answer.getString("problems[1].measures[1].timing"));
    assertNull(answer.getString("problems[1].measures[1].deadline"));
    // two paragraphs beside three measures: no pairing, every measure the whole cell (latest date)
    for (int m = 0; m < 3; m++) {
      assertEquals("2025-12-31", answer.getString("problems[2].measures[" + m + "].deadline"));
    }
  }

  @Test
  void aParagraphJoinedOnIsEveryMeasuresTimeLimitOneKeptUpItsMeasures() throws IOException {
    byte[] docx =
        table(
            List.of(
                row("序号", "存在问题", "整改措施", "责任单位", "责任人", "完成时限"),
                row("1", "专项资金拨付滞后", "1.加快资金拨付。/2.建立拨付台账。", "财政局", "王芳", "2025年6月30日前完成整改/并建立长效机制"),
                row("2", "惠民资金发放不及时", "1.加快资金拨付。/2.建立拨付台账。", "财政局", "王芳", "立行立改/长期坚持"),
                row("3", "项目资金闲置", "1.盘活闲置资金。/2.建立资金使用通报制度。", "财政局", "王芳", "2024年12月底前/长期坚持")));
    JsonPath answer = TableImportTest.dryRun(docx, DocumentText.DOCX);
    // 并…: each measure done by the date, then kept up: held in both stages (0330)
    assertEquals(
        List.of("DEADLINE", "LONG_TERM", "DEADLINE", "LONG_TERM"),
        answer.getList("problems[0].measures.timing"));
    assertEquals(
        java.util.Arrays.asList("2025-06-30", null, "2025-06-30", null),
        answer.getList("problems[0].measures.deadline"));
    List<String> texts = answer.getList("problems[0].measures.measure");
    assertEquals(texts.get(0), texts.get(1));
    assertEquals(texts.get(2), texts.get(3));
    // a paragraph kept up and nothing more is the timing of the measure in its place (0422)
    assertEquals(List.of("IMMEDIATE", "LONG_TERM"), answer.getList("problems[1].measures.timing"));
    assertEquals(List.of("DEADLINE", "LONG_TERM"), answer.getList("problems[2].measures.timing"));
    assertEquals(
        java.util.Arrays.asList("2024-12-31", null),
        answer.getList("problems[2].measures.deadline"));
    assertEquals(List.of("盘活闲置资金。", "建立资金使用通报制度。"), answer.getList("problems[2].measures.measure"));
  }
}
