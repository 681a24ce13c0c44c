package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.RawPdfs;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Small PDFs whose streams decode to hundreds of megabytes under filters other than a single
 * FlateDecode, or that PDFBox decodes while loading the file (its cross-reference and object
 * streams), are refused by the import with 413 naming the object within seconds, as a dry run and
 * as an import; the service stays alive and nothing is stored (docs/decisions/0201).
 */
@QuarkusTest
class PdfStreamBudgetImportTest {

  private static void refused(String source, byte[] body, int status, String says) {
    assertTrue(body.length < 2 << 20, "the PDF is " + body.length + " bytes");
    for (boolean dryRun : new boolean[] {true, false}) {
      long start = System.nanoTime();
      var request =
          RestAssured.given()
              .auth()
              .oauth2(Tokens.reporter("导入人", null))
              .contentType(DocumentText.PDF)
              .body(body);
      if (dryRun) {
        request = request.queryParam("dryRun", "true");
      }
      request
          .post("/api/v1/sources/" + source + "/import")
          .then()
          .statusCode(status)
          .contentType("application/problem+json")
          .body("detail", containsString(says));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 10_000, "answered in " + millis + " ms");
      RestAssured.given().get("/q/health/live").then().statusCode(200);
    }
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
  }

  @Test
  void streamsUnderAnyFilterChainAreRefusedBeforePdfBoxLoadsTheFile() {
    byte[] spaces = RawPdfs.flatedSpaces(200);
    refused(
        source("十六进制压缩内容的PDF"),
        RawPdfs.pageWithContent("[/ASCIIHexDecode /FlateDecode]", RawPdfs.hex(spaces)),
        413,
        "Object 4 of the PDF (a stream) decodes to more than 33554432 bytes");
    refused(
        source("游程编码内容的PDF"),
        RawPdfs.pageWithContent(
            "[/FlateDecode /RunLengthDecode]", RawPdfs.flate(RawPdfs.runLengthSpaces(400))),
        413,
        "Object 4 of the PDF (a stream) decodes to more than 33554432 bytes");
    refused(
        source("交叉引用流膨胀的PDF"),
        RawPdfs.crossReferenceBomb(400),
        413,
        "Object 6 of the PDF (a cross-reference stream) decodes to more than 4194304 bytes");
    refused(
        source("对象流膨胀的PDF"),
        RawPdfs.objectStreamBomb(400),
        413,
        "Object 6 of the PDF (an object stream) decodes to more than 4194304 bytes");
  }

  @Test
  void aPdfNestedDeeperThanPdfBoxParsesIsDamagedNotAScan() {
    String source = source("嵌套过深的PDF");
    refused(source, RawPdfs.nestedArrays(300_000), 422, "nested more than 500 levels");
    RestAssured.given()
        .auth()
        .oauth2(Tokens.reporter("导入人", null))
        .contentType(DocumentText.PDF)
        .queryParam("dryRun", "true")
        .body(RawPdfs.nestedArrays(300_000))
        .post("/api/v1/sources/" + source + "/import")
        .then()
        .body("type", endsWith("/problems/unreadable-document"));
  }
}
