package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.bihuan.problem.importing.DocumentText;
import org.junit.jupiter.api.Test;

/**
 * A table an OA system exports as a web page and names .xls (or .doc): the 415 names it an HTML
 * page and says what to send instead; plain text declared as a document still reads as plain text.
 * Nothing is written. Through {@code POST /sources/{id}/import}.
 */
@QuarkusTest
class ImportHtmlDeclaredAsOfficeTest {

  private static final String TABLE =
      "<table border=1><tr><td>序号</td><td>存在问题</td><td>整改措施</td></tr>"
          + "<tr><td>1</td><td>档案管理不规范。</td><td>清理归档</td></tr></table>";

  @Test
  void anHtmlExportNamedAsExcelOrWordIsNamedHtml() {
    String source = source("网页导出的台账");
    String page =
        "\uFEFF<html><head><meta charset=\"utf-8\"></head><body>" + TABLE + "</body></html>";
    String office =
        "<!DOCTYPE html>\n<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">" + TABLE;
    for (String html : new String[] {page, office, "  " + TABLE}) {
      byte[] body = html.getBytes(StandardCharsets.UTF_8);
      LedgerDetailsImportTest.refused(
          source,
          body,
          DocumentText.XLS,
          415,
          "declared as an Excel 97-2003 workbook (.xls) but is an HTML page (a table exported as a"
              + " web page, which Excel and Word open but which is not their file); open it in Excel"
              + " or Word and save it as .xlsx or .docx.");
      LedgerDetailsImportTest.refused(
          source, body, DocumentText.DOC, 415, "(.doc) but is an HTML page");
    }
    LedgerDetailsImportTest.refused(
        source,
        "一、存在的问题\n1.<b>会议过多</b>的问题".getBytes(StandardCharsets.UTF_8),
        DocumentText.XLS,
        415,
        "declared as an Excel 97-2003 workbook (.xls) but is not one (it reads as plain text).");
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
  }
}
