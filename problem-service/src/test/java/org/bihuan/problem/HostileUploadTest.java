package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.service.ImportPermits;
import org.bihuan.problem.support.HostileFiles;
import org.bihuan.problem.support.HostilePdfs;
import org.bihuan.problem.support.LedgerLayouts;
import org.bihuan.problem.support.LedgerLayouts.Layout;
import org.bihuan.problem.support.LedgerLayouts.Style;
import org.bihuan.problem.support.LedgerModels;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Files that are not what they claim, encrypted, empty, damaged or built to exhaust memory: each is
 * refused with a problem+json that names the file's problem, nothing is written, and the service
 * stays alive under ten of them at once.
 */
@QuarkusTest
class HostileUploadTest {

  static byte[] ledger() {
    return Ledgers.xlsx(
        List.of(LedgerLayouts.table("台账", LedgerModels.auditSheet(), Style.of(Layout.MERGED))));
  }

  static byte[] wordTable() {
    return Ledgers.docx(
        List.of(), LedgerLayouts.table(null, LedgerModels.auditSheet(), Style.of(Layout.MERGED)));
  }

  static Response post(String source, byte[] body, String mediaType, boolean dryRun) {
    var request =
        RestAssured.given()
            .auth()
            .oauth2(Tokens.reporter("导入人", null))
            .contentType(mediaType)
            .body(body);
    if (dryRun) {
      request = request.queryParam("dryRun", "true");
    }
    return request.post("/api/v1/sources/" + source + "/import");
  }

  static void refused(String source, byte[] body, String mediaType, int status, String says) {
    post(source, body, mediaType, false)
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("detail", containsString(says));
  }

  /** The detail of the 422 for a password-protected file sent with a media type. */
  static String encryptedDetail(byte[] body, String mediaType) {
    return post(source("加密文件"), body, mediaType, true)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .extract()
        .path("detail");
  }

  @Test
  void anEncryptedFileIsRefusedWithHowToRemoveThePasswordInTheProgramThatMadeIt() {
    String pdf = encryptedDetail(HostilePdfs.encryptedPdf(), DocumentText.PDF);
    assertTrue(pdf.startsWith("The PDF is password-protected"), pdf);
    assertTrue(pdf.contains("PDF reader") && pdf.contains("unprotected copy"), pdf);
    assertTrue(!pdf.contains("Word") && !pdf.contains("保护文档") && !pdf.contains("保护工作簿"), pdf);

    String word = encryptedDetail(HostileFiles.encrypted(wordTable()), DocumentText.DOCX);
    assertTrue(word.startsWith("The Word document is password-protected"), word);
    assertTrue(word.contains("in Word") && word.contains("保护文档"), word);
    assertTrue(!word.contains("PDF") && !word.contains("保护工作簿"), word);

    String excel = encryptedDetail(HostileFiles.encrypted(ledger()), DocumentText.XLSX);
    assertTrue(excel.startsWith("The Excel workbook is password-protected"), excel);
    assertTrue(excel.contains("in Excel") && excel.contains("保护工作簿"), excel);
    assertTrue(!excel.contains("PDF") && !excel.contains("保护文档"), excel);
  }

  @Test
  void eachKindOfBadFileIsRefusedNamingItsProblemAndNothingIsWritten() {
    String source = source("坏文件");
    refused(source, HostileFiles.encrypted(ledger()), DocumentText.XLSX, 422, "password-protected");
    refused(
        source, HostileFiles.encrypted(wordTable()), DocumentText.DOCX, 422, "password-protected");
    refused(source, HostilePdfs.encryptedPdf(), DocumentText.PDF, 422, "password-protected");
    refused(source, HostilePdfs.scannedPdf(), DocumentText.PDF, 422, "no text layer");
    refused(
        source,
        HostilePdfs.scannedPdf(),
        DocumentText.XLSX,
        415,
        "declared as an Excel workbook (.xlsx) but is a PDF");
    refused(
        source,
        ledger(),
        DocumentText.DOCX,
        415,
        "declared as a Word document (.docx) but is an Excel workbook");
    refused(
        source,
        "一、问题".getBytes(),
        DocumentText.XLS,
        415,
        "declared as an Excel 97-2003 workbook (.xls)");
    refused(source, HostileFiles.truncated(ledger()), DocumentText.XLSX, 422, "incomplete");
    refused(
        source,
        HostileFiles.truncated(
            Ledgers.xls(
                List.of(
                    LedgerLayouts.table(
                        "台账", LedgerModels.auditSheet(), Style.of(Layout.MERGED))))),
        DocumentText.XLS,
        422,
        "incomplete");
    refused(
        source,
        Ledgers.xlsx(List.of(new Ledgers.Table("空", List.of(), List.of(), 1))),
        DocumentText.XLSX,
        400,
        "empty");
    refused(source, new byte[0], DocumentText.XLSX, 400, "empty");
    refused(
        source,
        HostileFiles.docxBomb(64),
        DocumentText.DOCX,
        413,
        "word/document.xml inflates to more than");
    refused(source, HostileFiles.sharedStringsBomb(20), DocumentText.XLSX, 413, "memory budget");
    refused(source, HostileFiles.cellBomb(), DocumentText.XLSX, 413, "cells");
    refused(source, HostileFiles.entityBomb(), DocumentText.DOCX, 422, "DOCTYPE");
    refused(
        source,
        Ledgers.xlsx(List.of(new Ledgers.Table("说明", List.of(List.of("本表无内容。")), List.of(), 1))),
        DocumentText.XLSX,
        422,
        "No problems were recognised");
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
    // none of them counts as an import: the real ledger still imports
    post(source, ledger(), DocumentText.XLSX, false).then().statusCode(201);
  }

  @Test
  void tenHostileUploadsAtOnceAreRefusedAndTheServiceStaysAlive() throws Exception {
    String source = source("十个炸弹");
    List<byte[]> bombs =
        List.of(
            HostileFiles.docxBomb(64),
            HostileFiles.docxBomb(200),
            HostileFiles.sharedStringsBomb(20),
            HostileFiles.sharedStringsBomb(60),
            HostileFiles.cellBomb(),
            HostileFiles.entityBomb(),
            HostileFiles.encrypted(ledger()),
            HostilePdfs.scannedPdf(),
            HostileFiles.truncated(ledger()),
            HostileFiles.docxBomb(120));
    List<String> types =
        List.of(
            DocumentText.DOCX,
            DocumentText.DOCX,
            DocumentText.XLSX,
            DocumentText.XLSX,
            DocumentText.XLSX,
            DocumentText.DOCX,
            DocumentText.XLSX,
            DocumentText.PDF,
            DocumentText.XLSX,
            "application/octet-stream");
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Response>> answers = new ArrayList<>();
      for (int i = 0; i < bombs.size(); i++) {
        byte[] body = bombs.get(i);
        String type = types.get(i);
        answers.add(pool.submit(() -> post(source, body, type, false)));
      }
      RestAssured.given().get("/q/health/live").then().statusCode(200);
      for (Future<Response> f : answers) {
        Response r = f.get(120, TimeUnit.SECONDS);
        assertTrue(
            r.statusCode() == 503 || (r.statusCode() >= 400 && r.statusCode() < 500),
            r.statusCode() + " " + r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        if (r.statusCode() == 503) {
          assertEquals("5", r.header("Retry-After"));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    RestAssured.given().get("/q/health/live").then().statusCode(200);
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
    post(source, wordTable(), DocumentText.DOCX, true).then().statusCode(200);
    post(source, ledger(), DocumentText.XLSX, false).then().statusCode(201);
  }

  @Test
  void importsBeyondTheLimitAreRefusedWith503AndRetryAfterUntilOneEnds() {
    ImportPermits permits = new ImportPermits(2);
    ImportPermits.Permit first = permits.acquire("甲");
    ImportPermits.Permit second = permits.acquire("乙");
    ApiProblem busy =
        org.junit.jupiter.api.Assertions.assertThrows(ApiProblem.class, () -> permits.acquire("丙"));
    assertEquals(503, busy.status());
    assertEquals("5", busy.headers().get("Retry-After"));
    first.close();
    permits.acquire("丙").close();
    second.close();
  }

  @Test
  void oneCallerHoldsOneFewerImportsThanTheServiceRunsTheRestAreOthers() {
    ImportPermits permits = new ImportPermits(3);
    ImportPermits.Permit first = permits.acquire("甲");
    ImportPermits.Permit second = permits.acquire("甲");
    ApiProblem own =
        org.junit.jupiter.api.Assertions.assertThrows(ApiProblem.class, () -> permits.acquire("甲"));
    assertEquals(429, own.status());
    assertTrue(own.type().endsWith("too-many-imports"), own.type());
    assertEquals("5", own.headers().get("Retry-After"));
    // his refusal took nothing: another caller still gets the last permit
    ImportPermits.Permit other = permits.acquire("乙");
    assertEquals(0, permits.available());
    first.close();
    permits.acquire("甲").close();
    second.close();
    other.close();
    assertEquals(3, permits.available());
  }

  @Test
  void aLedgerStillImportsInFull() {
    String source = source("正常台账");
    post(
            source,
            Ledgers.workbook(
                new XSSFWorkbook(),
                List.of(
                    LedgerLayouts.table("台账", LedgerModels.taskList(), Style.of(Layout.MERGED))),
                List.of()),
            DocumentText.XLSX,
            false)
        .then()
        .statusCode(201)
        .body("problems.size()", org.hamcrest.Matchers.equalTo(5))
        .body("problems[0].measures.size()", org.hamcrest.Matchers.equalTo(2))
        .body("problems[2].measures[2].statusHint", org.hamcrest.Matchers.nullValue())
        .body("problems[0].measures[0].coResponsibleUnits", empty());
  }
}
