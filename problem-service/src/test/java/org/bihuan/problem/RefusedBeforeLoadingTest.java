package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.LedgerLayouts;
import org.bihuan.problem.support.LedgerLayouts.Layout;
import org.bihuan.problem.support.LedgerLayouts.Style;
import org.bihuan.problem.support.LedgerModels;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Files refused before their parser loads them (docs/decisions/0207): a PDF encrypted with an empty
 * user password, whose object streams PDFBox would decrypt and decode unmeasured; a PDF whose
 * content nests deeper than PDFBox reads; an .xls encrypted with Excel's default password.
 */
@QuarkusTest
class RefusedBeforeLoadingTest {

  private static Response dryRun(byte[] body, String mediaType) {
    return RestAssured.given()
        .auth()
        .oauth2(Tokens.reporter("导入人", null))
        .contentType(mediaType)
        .body(body)
        .queryParam("dryRun", "true")
        .post("/api/v1/sources/" + source("加载前") + "/import");
  }

  /**
   * A PDF of one text page and {@code objects} small objects, encrypted with an empty user
   * password.
   */
  static byte[] pdfWithObjects(int objects, boolean encrypt) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(page(pdf, "BT /F1 12 Tf 50 700 Td (1. Problem one) Tj ET"));
      COSArray many = new COSArray();
      for (int i = 0; i < objects; i++) {
        COSDictionary d = new COSDictionary();
        d.setInt(COSName.getPDFName("N"), i);
        d.setString(COSName.getPDFName("T"), "object " + i);
        many.add(d);
      }
      pdf.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Many"), many);
      if (encrypt) {
        StandardProtectionPolicy policy =
            new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        pdf.protect(policy);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  private static PDPage page(PDDocument pdf, String content) throws IOException {
    PDPage page = new PDPage();
    PDResources resources = new PDResources();
    resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
    page.setResources(resources);
    page.setContents(
        new PDStream(
            pdf,
            new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII)),
            COSName.FLATE_DECODE));
    return page;
  }

  static byte[] pdfWithContent(String content) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(page(pdf, content));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aPdfEncryptedWithAnEmptyUserPasswordIsRefusedBeforeItsObjectStreamsAreLoaded()
      throws IOException {
    byte[] encrypted = pdfWithObjects(60_000, true);
    assertTrue(new String(encrypted, StandardCharsets.ISO_8859_1).contains("/ObjStm"));
    dryRun(encrypted, DocumentText.PDF)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", containsString("encrypted-document"))
        .body("detail", containsString("The PDF is password-protected"));
    // the same document without encryption is read (its objects are no problem of size)
    dryRun(pdfWithObjects(60_000, false), DocumentText.PDF)
        .then()
        .body("type", not(containsString("encrypted-document")));
  }

  @Test
  void aPdfWhoseContentNestsTooDeeplyIsRefusedNamingTheNesting() throws IOException {
    String text = " BT /F1 12 Tf 50 700 Td (1. Problem one) Tj ET";
    for (String deep :
        List.of(
            "[".repeat(600) + "]".repeat(600) + text, "q ".repeat(600) + text + " Q".repeat(600))) {
      dryRun(pdfWithContent(deep), DocumentText.PDF)
          .then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("type", containsString("pdf-nesting-too-deep"))
          .body("detail", containsString("Page 1 of the PDF nests"));
    }
    // shallow nesting, names and strings that look like operators are no nesting
    String shallow =
        "[".repeat(20) + "]".repeat(20) + " /q /q (q q q [[[) <</A [1 2]>> q" + text + " Q";
    dryRun(pdfWithContent(shallow), DocumentText.PDF)
        .then()
        .body("type", not(containsString("pdf-nesting-too-deep")));
  }

  @Test
  void anXlsEncryptedWithExcelsDefaultPasswordIsRefusedAsEncrypted() throws IOException {
    byte[] plain =
        Ledgers.xls(
            List.of(LedgerLayouts.table("台账", LedgerModels.auditSheet(), Style.of(Layout.MERGED))));
    byte[] encrypted;
    try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(plain))) {
      Biff8EncryptionKey.setCurrentUserPassword(Decryptor.DEFAULT_PASSWORD);
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        encrypted = out.toByteArray();
      } finally {
        Biff8EncryptionKey.setCurrentUserPassword(null);
      }
    }
    dryRun(encrypted, DocumentText.XLS)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", containsString("encrypted-document"))
        .body("status", equalTo(422))
        .body("detail", containsString("The Excel workbook is password-protected"));
    dryRun(plain, DocumentText.XLS).then().statusCode(200);
  }
}
