package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ChinesePdf;
import org.bihuan.problem.support.FormatFiles;
import org.junit.jupiter.api.Test;

/**
 * A PDF, Word or Excel file declared as plain text (a PDF named .txt, which a browser sends as
 * text/plain) is refused 415 as a file declared as one document type and being another is: the
 * detail names what it is and the media type to send it with, dry run or not, and nothing is
 * written. Sent as application/octet-stream, which declares nothing, it is read by its bytes
 * (docs/decisions/0309). Through {@code POST /sources/{id}/import}.
 */
@QuarkusTest
class ImportDocumentsDeclaredAsTextTest {

  private static byte[] workbook() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sheet = wb.createSheet("台账");
      List<List<String>> rows =
          List.of(List.of("序号", "存在问题", "整改措施", "责任单位"), List.of("1", "学习不深入。", "制定学习计划。", "办公室"));
      for (int r = 0; r < rows.size(); r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static void refused(String source, byte[] body, String declared, String detail) {
    for (String query : new String[] {"dryRun", null}) {
      LedgerDetailsImportTest.upload(source, body, declared, query)
          .then()
          .log()
          .ifValidationFails()
          .statusCode(415)
          .contentType("application/problem+json")
          .body("detail", equalTo(detail));
    }
  }

  @Test
  void aPdfWordOrExcelFileDeclaredAsPlainTextIsRefusedNamingWhatItIs() throws IOException {
    String source = source("声称文本的文件");
    byte[] pdf = ChinesePdf.of(List.of(List.of("一、存在的问题", "1.学习不深入。")));
    for (String declared : List.of("text/plain; charset=UTF-8", "text/plain")) {
      refused(
          source,
          pdf,
          declared,
          "The file is declared as plain text (text/plain) but is a PDF file; send it with its own"
              + " media type (application/pdf).");
      refused(
          source,
          FormatFiles.paragraphs("一、存在的问题\n1.学习不深入。"),
          declared,
          "The file is declared as plain text (text/plain) but is a Word document (.docx); send it"
              + " with its own media type ("
              + DocumentText.DOCX
              + ").");
      refused(
          source,
          workbook(),
          declared,
          "The file is declared as plain text (text/plain) but is an Excel workbook (.xlsx); send"
              + " it with its own media type ("
              + DocumentText.XLSX
              + ").");
    }
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
  }

  @Test
  void aPdfSentAsOctetStreamDeclaresNothingAndIsReadByItsBytes() {
    // guard: octet-stream, and no type, name no format for the bytes to contradict
    String source = source("未声明类型的文件");
    byte[] pdf = ChinesePdf.of(List.of(List.of("一、存在的问题", "1.学习不深入。")));
    LedgerDetailsImportTest.upload(source, pdf, "application/octet-stream", "dryRun")
        .then()
        .statusCode(200)
        .body("problems", hasSize(1))
        .body("problems[0].title", equalTo("学习不深入"));
  }
}
