package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.bihuan.problem.importing.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * Co-responsible units keep the order the units cell or 责任单位 line writes them in, an unmarked unit
 * helping the one marked 牵头 included: 财务科（牵头）、办公室、审计科（配合） gives 办公室, 审计科. A Word table and a plan's
 * text through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0309).
 */
@QuarkusTest
class ImportCoUnitsInWrittenOrderTest {

  private static final String FIRST = "财务科（牵头）、办公室、审计科（配合）";
  private static final String SECOND = "审计科（配合）、档案室、财务科（牵头）";

  private static Map<String, Object> measureWith(String text, List<String> co, String deadline) {
    Map<String, Object> m =
        new LinkedHashMap<>(measure(text, List.of("财务科"), "王五", "赵敏", "DEADLINE", deadline));
    m.put("coResponsibleUnits", co);
    return m;
  }

  private static byte[] table() throws IOException {
    try (XWPFDocument document = new XWPFDocument()) {
      List<List<String>> rows =
          List.of(
              List.of("序号", "存在问题", "整改措施", "责任领导", "责任单位", "责任人", "整改时限"),
              List.of("1", "合同管理不规范。", "修订合同管理办法。", "王五", FIRST, "赵敏", "2024年10月31日"),
              List.of("2", "档案移交不及时。", "建立档案移交台账。", "王五", SECOND, "赵敏", "2024年11月30日"));
      XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < rows.get(r).size(); c++) {
          table.getRow(r).getCell(c).setText(rows.get(r).get(c));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void aWordTablesUnitsCellGivesItsHelpersInWrittenOrder() throws IOException {
    JsonPath answer = TableImportTest.dryRun(table(), DocumentText.DOCX);
    assertEquals(
        List.of(
            problem(
                "合同管理不规范",
                "合同管理不规范。",
                List.of(),
                rows(1, 2, 2),
                List.of(measureWith("修订合同管理办法。", List.of("办公室", "审计科"), "2024-10-31"))),
            problem(
                "档案移交不及时",
                "档案移交不及时。",
                List.of(),
                rows(1, 3, 3),
                List.of(measureWith("建立档案移交台账。", List.of("审计科", "档案室"), "2024-11-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aPlansUnitsLineGivesItsHelpersInWrittenOrder() {
    String plan =
        "××局整改方案\n一、存在问题\n1.合同管理不规范。\n整改措施：修订合同管理办法。\n责任领导：王五\n责任单位："
            + FIRST
            + "\n责任人：赵敏\n整改时限：2024年10月31日\n";
    JsonPath answer =
        TableImportTest.dryRun(plan.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
    assertEquals(
        List.of(
            problem(
                "合同管理不规范",
                "合同管理不规范。",
                List.of(),
                lines(3, 8, null),
                List.of(measureWith("修订合同管理办法。", List.of("办公室", "审计科"), "2024-10-31")))),
        problems(answer),
        answer.prettify());
  }
}
