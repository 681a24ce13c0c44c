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
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * A ruled PDF table continued on the same page by a second table without a header, a line （续表） or a
 * 注： line between them (docs/decisions/0269): the .docx under src/test/resources/documents as
 * LibreOffice prints it, through {@code POST /sources/{id}/import?dryRun=true}, every field of
 * every problem; the rows of the second table go on the first's, as the .docx reads them.
 */
@QuarkusTest
class ImportSamePageContinuationTest {

  private static Map<String, Object> patch(String title, Map<String, Object> origin) {
    return problem(
        title,
        title + "。",
        List.of(),
        origin,
        List.of(measure("建立补丁更新制度。", List.of("信息中心"), null, "陆军", "DEADLINE", "2024-07-31")));
  }

  private static Map<String, Object> duty(Map<String, Object> origin, String... drills) {
    List<Map<String, Object>> measures = new java.util.ArrayList<>();
    measures.add(measure("签订网络安全责任书。", List.of("信息中心"), null, "陆军", "DEADLINE", "2024-08-31"));
    for (String d : drills) {
      measures.add(measure(d, List.of("信息中心"), null, "陆军", "DEADLINE", "2024-10-31"));
    }
    return problem("网络安全责任制落实不到位", "网络安全责任制落实不到位。", List.of(), origin, measures);
  }

  private static Map<String, Object> backup(Map<String, Object> origin) {
    return problem(
        "数据备份机制不健全",
        "数据备份机制不健全。",
        List.of(),
        origin,
        List.of(measure("建立异地备份机制。", List.of("信息中心"), null, "白露", "DEADLINE", "2024-12-31")));
  }

  @Test
  void aTableWithoutAHeaderUnderAXubiaoLineGoesOnTheTableAbove() throws IOException {
    JsonPath pdf =
        dryRunPath(
            "续表导入",
            resource("/documents/table-continued-on-its-page-under-xubiao.pdf"),
            DocumentText.PDF);
    assertEquals(
        List.of(
            patch("系统未及时更新补丁", rows(1, 2, 2, 1)),
            duty(rows(1, 3, 3, 1)),
            backup(rows(1, 4, 4, 1)),
            problem(
                "机房门禁管理松散",
                "机房门禁管理松散。",
                List.of(),
                rows(1, 5, 5, 1),
                List.of(
                    measure("安装门禁系统。", List.of("信息中心"), null, "白露", "DEADLINE", "2024-11-30")))),
        problems(pdf),
        pdf.prettify());
    assertEquals(List.of(), pdf.getList("warnings"), pdf.prettify());
  }

  @Test
  void aRowOfAMeasureUnderAXubiaoLineStaysWithItsProblem() throws IOException {
    JsonPath pdf =
        dryRunPath(
            "续表导入",
            resource("/documents/row-continued-on-its-page-under-xubiao.pdf"),
            DocumentText.PDF);
    assertEquals(
        List.of(
            patch("windows系统未及时更新补丁", rows(1, 2, 2, 1)),
            duty(rows(1, 3, 4, 1), "开展网络安全应急演练。"),
            backup(rows(1, 5, 5, 1))),
        problems(pdf),
        pdf.prettify());
    assertEquals(List.of(), pdf.getList("warnings"), pdf.prettify());
  }

  @Test
  void aRowUnderANoteLineGoesOnTheTableAboveAndTheNoteIsTold() throws IOException {
    JsonPath pdf =
        dryRunPath(
            "注释导入",
            resource("/documents/table-continued-on-its-page-under-a-note.pdf"),
            DocumentText.PDF);
    assertEquals(
        List.of(
            problem(
                "公文处理不规范",
                "公文处理不规范。",
                List.of(),
                rows(1, 2, 2, 1),
                List.of(
                    measure("开展公文写作培训。", List.of("办公室"), null, "甄一", "DEADLINE", "2024-07-31"))),
            problem(
                "督办事项落实不到位",
                "督办事项落实不到位。",
                List.of(),
                rows(1, 3, 4, 1),
                List.of(
                    measure("建立督办台账。", List.of("督查室"), null, "甄二", "DEADLINE", "2024-08-31"),
                    measure("每月通报督办情况。", List.of("督查室"), null, "甄二", "LONG_TERM", null))),
            problem(
                "保密管理存在隐患",
                "保密管理存在隐患。",
                List.of(),
                rows(1, 5, 5, 1),
                List.of(measure("开展保密自查。", List.of("保密办"), null, "甄三", "DEADLINE", "2024-09-30"))),
            problem(
                "印章管理不严格",
                "印章管理不严格。",
                List.of(),
                rows(1, 6, 6, 1),
                List.of(measure("规范用印审批。", List.of("办公室"), null, "甄一", "DEADLINE", "2024-10-31")))),
        problems(pdf),
        pdf.prettify());
    assertEquals(
        List.of(
            "The note 「注：第2项问题涉及多个部门，由督查室牵头。」 was read as a note, not as a problem; it was not imported."),
        pdf.getList("warnings"),
        pdf.prettify());
  }
}
