package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunLaidOutPdf;
import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.pages;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.resource;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.OfficeTables;
import org.junit.jupiter.api.Test;

/**
 * A 整改任务清单 made in Word as a table without borders and exported to PDF by LibreOffice (the PDFs
 * committed under src/test/resources/documents, {@link OfficeTables}): its header's cells stand
 * only 1.3 characters apart, and a short table and one of 26 rows over several pages, with and
 * without its header repeated, are read as the .docx they were made from is; and a PDFBox table
 * whose columns stand a character apart. Through {@code POST /sources/{id}/import?dryRun}.
 */
@QuarkusTest
class ImportPdfBorderlessWordTablesTest {

  @Test
  void aShortBorderlessWordTableInLibreOfficesPdfIsReadAsTheDocxIs() throws IOException {
    JsonPath word =
        dryRunPath(
            "表格导入",
            OfficeTables.unruled("集团公司本部整改任务清单", OfficeTables.SHORT, false).docx(),
            DocumentText.DOCX);
    JsonPath pdf =
        dryRunPath("表格导入", resource("/documents/unruled-table-short.pdf"), DocumentText.PDF);
    assertEquals(3, problems(word).size(), word.prettify());
    assertEquals(withoutOrigins(problems(word)), withoutOrigins(problems(pdf)), pdf.prettify());
    assertEquals(List.of(1, 1, 1), pages(pdf), pdf.prettify());
  }

  @Test
  void aLongBorderlessWordTableOverPagesIsReadAsTheDocxIsWithOrWithoutItsHeaderRepeated()
      throws IOException {
    JsonPath word =
        dryRunPath(
            "表格导入",
            OfficeTables.unruled("市审计局整改清单", OfficeTables.longRows(), false).docx(),
            DocumentText.DOCX);
    List<Map<String, Object>> expected = withoutOrigins(problems(word));
    assertEquals(26, expected.size(), word.prettify());
    for (int i = 1; i <= 26; i++) {
      @SuppressWarnings("unchecked")
      Map<String, Object> m =
          ((List<Map<String, Object>>) expected.get(i - 1).get("measures")).get(0);
      int month = OfficeTables.month(i);
      assertEquals(List.of(OfficeTables.unit(i)), m.get("responsibleUnits"));
      assertEquals(OfficeTables.leader(i), m.get("leaderInCharge"));
      assertEquals(OfficeTables.person(i), m.get("responsiblePerson"));
      assertEquals(String.format("2024-%02d-%02d", month, month == 2 ? 28 : 30), m.get("deadline"));
    }
    for (String name : List.of("unruled-table-long.pdf", "unruled-table-long-repeated.pdf")) {
      JsonPath pdf = dryRunPath("表格导入", resource("/documents/" + name), DocumentText.PDF);
      assertEquals(expected, withoutOrigins(problems(pdf)), name + "\n" + pdf.prettify());
      List<Integer> pages = pages(pdf);
      assertEquals(1, pages.get(0), name);
      assertEquals(true, pages.get(25) > 2, name + " " + pages);
    }
  }

  @Test
  void aPdfTableWhoseColumnsStandACharacterApartIsReadAsATable() {
    // every glyph an em wide: the header's cells 1 em apart (序号 1.2 em), rows cut by the page
    JsonPath pdf =
        dryRunLaidOutPdf(
            """
            ××局整改任务清单
            <<COLUMNS 60 98 158 218 278 338>>
            |序号|问题描述|整改措施|责任单位|责任人|整改时限
            |1|公务接待|修订接待|办公室|张三|2024年6月30日
            | |不规范。|制度。
            |2|会议偏多|精简会议|综合科|李四|2024年7月31日
            - 1 -
            <<PAGE>>
            <<COLUMNS 60 98 158 218 278 338>>
            | |，陪同人|，合并同
            | |员过多。|类会议。
            |3|调研不深|开展专题|党委办公|王五|2024年9月30日
            | |入。|调研。|室
            - 2 -""");
    List<List<Object>> rows =
        List.of(
            Arrays.asList("序号", "问题描述", "整改措施", "责任单位", "责任人", "整改时限"),
            Arrays.asList("1", "公务接待不规范。", "修订接待制度。", "办公室", "张三", "2024年6月30日"),
            Arrays.asList("2", "会议偏多，陪同人员过多。", "精简会议，合并同类会议。", "综合科", "李四", "2024年7月31日"),
            Arrays.asList("3", "调研不深入。", "开展专题调研。", "党委办公室", "王五", "2024年9月30日"));
    JsonPath word =
        dryRunPath(
            "表格导入",
            Ledgers.docx(List.of("××局整改任务清单"), new Ledgers.Table("清单", rows, List.of(), 6)),
            DocumentText.DOCX);
    assertEquals(3, problems(word).size(), word.prettify());
    assertEquals(withoutOrigins(problems(word)), withoutOrigins(problems(pdf)), pdf.prettify());
    assertEquals(List.of(1, 1, 2), pages(pdf), pdf.prettify());
  }
}
