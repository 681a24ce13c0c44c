package org.bihuan.problem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.problem.support.HostileFiles;
import org.bihuan.problem.support.LedgerQuirks;
import org.bihuan.problem.support.RectificationStub;
import org.bihuan.problem.support.TicketJson;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Ledgers and task lists as units keep them, built here by POI, through {@code POST
 * /sources/{id}/import}: units cells of several paragraphs (牵头：/配合：), several units in one cell,
 * totals rows, date serials in General cells and numbers stored as text, a 备注 column and columns
 * the importer does not know, hidden sheets; the 配合单位 on the tickets an import creates; and, for
 * every table format, the files that are not what they claim, encrypted, empty or too large.
 */
@QuarkusTest
class LedgerDetailsImportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RectificationStub.Stub WireMockServer rectification;

  // --- requests ---

  static Response upload(String source, byte[] body, String mediaType, String query) {
    var request =
        RestAssured.given()
            .auth()
            .oauth2(Tokens.reporter("导入人", null))
            .contentType(mediaType)
            .body(body);
    if (query != null) {
      request = request.queryParam(query, "true");
    }
    return request.post("/api/v1/sources/" + source + "/import");
  }

  static JsonNode dryRun(byte[] body, String mediaType) throws IOException {
    return org.bihuan.problem.support.ImportAnswers.dryRun("台账细节", body, mediaType);
  }

  static void assertAnswer(String problems, List<String> warnings, JsonNode answer)
      throws IOException {
    assertEquals(JSON.readTree(problems), answer.get("problems"), answer.toPrettyString());
    assertEquals(warnings, JSON.convertValue(answer.get("warnings"), List.class));
  }

  // --- what is read ---

  @Test
  void aWordTaskListSplitsItsUnitsCellsSkipsTheTotalsRowAndNamesEveryColumnItDoesNotImport()
      throws IOException {
    assertAnswer(
        LedgerQuirks.WORD_TASK_LIST_PROBLEMS,
        LedgerQuirks.WORD_TASK_LIST_WARNINGS,
        dryRun(LedgerQuirks.wordTaskList(), DocumentText.DOCX));
  }

  @Test
  void anXlsxLedgerReadsDateSerialsKeepsItsRemarksAndNamesItsHiddenSheets() throws IOException {
    assertAnswer(
        LedgerQuirks.LEDGER_PROBLEMS,
        LedgerQuirks.LEDGER_WARNINGS,
        dryRun(LedgerQuirks.ledger(new XSSFWorkbook()), DocumentText.XLSX));
  }

  @Test
  void theSameLedgerAsAnXlsWorkbookReadsTheSame() throws IOException {
    assertAnswer(
        LedgerQuirks.LEDGER_PROBLEMS,
        LedgerQuirks.LEDGER_WARNINGS,
        dryRun(LedgerQuirks.ledger(new HSSFWorkbook()), DocumentText.XLS));
  }

  // --- the co-operating units reach the tickets ---

  /** The rectification service's batch answer, built from the request: views in order. */
  private void batchCreates(int count) {
    String views = TicketJson.batchViews(count, 800);
    rectification.stubFor(
        post(urlPathEqualTo("/api/v1/tickets/batch"))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"tickets\": [" + views + "]}")
                    .withTransformers("response-template")));
    RectificationStub.progressRecorded(rectification, "备注：已纳入年度计划");
  }

  @Test
  void theCoOperatingUnitsOfALedgerArriveAsTheTicketsCoResponsibleUnits() throws IOException {
    String source = source("配合单位到整改任务");
    rectification.resetRequests();
    batchCreates(3);
    JsonNode answer =
        JSON.readTree(
            upload(
                    source,
                    LedgerQuirks.ledger(new XSSFWorkbook()),
                    DocumentText.XLSX,
                    "createTickets")
                .then()
                .statusCode(201)
                .extract()
                .asString());
    assertEquals(3, answer.path("tickets").path("created").size(), answer.toPrettyString());
    // the stored import keeps them too
    JsonNode stored = answer.get("problems");
    assertEquals(
        List.of(List.of("财务科", "人事科"), List.of("党建科"), List.of("后勤科", "保卫科")),
        IntStream.range(0, 3)
            .mapToObj(
                i ->
                    JSON.convertValue(
                        stored.get(i).get("measures").get(0).get("coResponsibleUnits"), List.class))
            .toList());
    List<LoggedRequest> batches =
        rectification.findAll(postRequestedFor(urlPathEqualTo("/api/v1/tickets/batch")));
    assertEquals(1, batches.size());
    JsonNode tickets = JSON.readTree(batches.get(0).getBodyAsString()).get("tickets");
    assertEquals(3, tickets.size());
    assertEquals(
        JSON.readTree(
            """
            [[{"name": "财务科"}, {"name": "人事科"}], [{"name": "党建科"}],
             [{"name": "后勤科"}, {"name": "保卫科"}]]
            """),
        JSON.valueToTree(
            IntStream.range(0, 3)
                .mapToObj(i -> tickets.get(i).get("coResponsibleUnits"))
                .toList()));
    assertEquals(
        JSON.readTree("[[{\"name\": \"办公室\"}], [{\"name\": \"办公室\"}], [{\"name\": \"车队\"}]]"),
        JSON.valueToTree(
            IntStream.range(0, 3).mapToObj(i -> tickets.get(i).get("responsibleUnits")).toList()));
  }

  // --- files that are not what they claim, encrypted, empty, too large ---

  /** A legacy file written with a password (RC4 CryptoAPI, as Office 97-2003 saves one). */
  static byte[] withPassword(java.util.concurrent.Callable<byte[]> writer) {
    Biff8EncryptionKey.setCurrentUserPassword("整改2024");
    try {
      return writer.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
  }

  static byte[] encryptedDoc() {
    return withPassword(
        () -> {
          try (HWPFDocument doc =
              new HWPFDocument(
                  new java.io.ByteArrayInputStream(
                      FormatFiles.committed("tasklist-blank-doc.doc")))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
          }
        });
  }

  static byte[] oversized(byte[] file) {
    return Arrays.copyOf(file, 10 * 1024 * 1024 + 1);
  }

  static void refused(String source, byte[] body, String mediaType, int status, String says) {
    upload(source, body, mediaType, null)
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("detail", containsString(says));
  }

  @Test
  void everyTableFormatThatIsNotWhatItClaimsEncryptedEmptyOrTooLargeIsRefusedAndNothingIsWritten() {
    String source = source("表格格式的坏文件");
    byte[] docx = LedgerQuirks.wordTaskList();
    byte[] xlsx = LedgerQuirks.ledger(new XSSFWorkbook());
    byte[] xls = LedgerQuirks.ledger(new HSSFWorkbook());
    byte[] doc = FormatFiles.committed("tasklist-blank-doc.doc");
    byte[] pdf = FormatFiles.committed("plan-audit-pdf.pdf");
    byte[] text = "一、存在的问题\n1.会议过多的问题".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    // not what they claim
    refused(
        source,
        docx,
        DocumentText.XLSX,
        415,
        "declared as an Excel workbook (.xlsx) but is a Word document (.docx)");
    refused(
        source,
        xlsx,
        DocumentText.DOCX,
        415,
        "declared as a Word document (.docx) but is an Excel workbook (.xlsx)");
    refused(
        source,
        xls,
        DocumentText.XLSX,
        415,
        "declared as an Excel workbook (.xlsx) but is an Excel 97-2003 workbook (.xls)");
    refused(
        source,
        doc,
        DocumentText.XLS,
        415,
        "declared as an Excel 97-2003 workbook (.xls) but is a Word 97-2003 document (.doc)");
    refused(
        source,
        xls,
        DocumentText.DOC,
        415,
        "declared as a Word 97-2003 document (.doc) but is an Excel 97-2003 workbook (.xls)");
    refused(
        source,
        text,
        DocumentText.DOC,
        415,
        "declared as a Word 97-2003 document (.doc) but is not one (it reads as plain text)");
    refused(
        source,
        text,
        DocumentText.XLSX,
        415,
        "declared as an Excel workbook (.xlsx) but is not one (it reads as plain text)");
    refused(
        source,
        text,
        DocumentText.DOCX,
        415,
        "declared as a Word document (.docx) but is not one (it reads as plain text)");
    for (String type :
        List.of(DocumentText.DOCX, DocumentText.XLSX, DocumentText.DOC, DocumentText.XLS)) {
      refused(source, pdf, type, 415, "but is a PDF file");
    }

    // encrypted
    refused(source, HostileFiles.encrypted(docx), DocumentText.DOCX, 422, "password-protected");
    refused(source, HostileFiles.encrypted(xlsx), DocumentText.XLSX, 422, "password-protected");
    refused(
        source,
        withPassword(() -> LedgerQuirks.ledger(new HSSFWorkbook())),
        DocumentText.XLS,
        422,
        "password-protected");
    refused(source, encryptedDoc(), DocumentText.DOC, 422, "password-protected");

    // empty
    for (String type :
        List.of(DocumentText.DOCX, DocumentText.XLSX, DocumentText.DOC, DocumentText.XLS)) {
      refused(source, new byte[0], type, 400, "empty");
    }
    refused(source, emptyDocx(), DocumentText.DOCX, 400, "The document is empty");
    refused(
        source, emptyWorkbook(new XSSFWorkbook()), DocumentText.XLSX, 400, "The workbook is empty");
    refused(
        source, emptyWorkbook(new HSSFWorkbook()), DocumentText.XLS, 400, "The workbook is empty");

    // too large
    for (var file :
        List.of(
            List.of(docx, DocumentText.DOCX),
            List.of(xlsx, DocumentText.XLSX),
            List.of(doc, DocumentText.DOC),
            List.of(xls, DocumentText.XLS))) {
      refused(
          source,
          oversized((byte[]) file.get(0)),
          (String) file.get(1),
          413,
          "larger than the limit");
    }

    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
    // none of them counted as an import: the ledger itself still imports
    upload(source, xlsx, DocumentText.XLSX, null).then().statusCode(201);
  }

  static byte[] emptyDocx() {
    try (XWPFDocument document = new XWPFDocument()) {
      document.createTable(2, 3);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A workbook whose only visible sheet is empty; its hidden sheet has rows. */
  static byte[] emptyWorkbook(Workbook wb) {
    try (wb) {
      wb.createSheet("整改台账");
      wb.createSheet("下拉选项").createRow(0).createCell(0).setCellValue("办公室");
      wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
