package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunLaidOutPdf;
import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.withoutOrigins;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Arrays;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.Ledgers;
import org.junit.jupiter.api.Test;

/**
 * A borderless table whose header stands on one line with its cells only half a character apart,
 * its 问题, 整改措施 and 整改时限 cells wrapped over two lines and its short cells (序号, 责任单位, 责任人) centred
 * down the row, half a line below the row's first line — as LibreOffice exports a Word table
 * without borders and with narrow cell padding. Read as the .docx it was made from is, through
 * {@code POST /sources/{id}/import?dryRun}.
 */
@QuarkusTest
class ImportPdfTightBorderlessTableTest {

  @Test
  void aHeaderHalfACharacterApartOverWrappedAndCentredCellsIsReadAsTheDocxIs() {
    // every glyph an em (12 points) wide: 序号 ends at 84, 存在问题 starts at 90 (half an em apart)
    JsonPath pdf =
        dryRunLaidOutPdf(
            """
            机关作风整改任务清单
            <<COLUMNS 60 90 192 294 348 390>>
            |序号|存在问题|整改措施|责任单位|责任人|整改时限
            | |会议室预约系统缺|上线会议室预约系| | |2025年6月30
            <<HALF>>|1| | |信息中心|钟汉|
            | |失。|统| | |日
            | |办公用品领用无审|建立领用审批流程| | |2025年5月31
            <<HALF>>|2| | |行政科|卢燕|
            | |批。| | | |日
            |3|值班执行不严。|加强值班抽查|办公室|苏敏|长期坚持
            """);
    List<List<Object>> rows =
        List.of(
            Arrays.asList("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
            Arrays.asList("1", "会议室预约系统缺失。", "上线会议室预约系统", "信息中心", "钟汉", "2025年6月30日"),
            Arrays.asList("2", "办公用品领用无审批。", "建立领用审批流程", "行政科", "卢燕", "2025年5月31日"),
            Arrays.asList("3", "值班执行不严。", "加强值班抽查", "办公室", "苏敏", "长期坚持"));
    JsonPath word =
        dryRunPath(
            "表格导入",
            Ledgers.docx(List.of("机关作风整改任务清单"), new Ledgers.Table("清单", rows, List.of(), 6)),
            DocumentText.DOCX);
    assertEquals(3, problems(word).size(), word.prettify());
    assertEquals(withoutOrigins(problems(word)), withoutOrigins(problems(pdf)), pdf.prettify());
  }
}
