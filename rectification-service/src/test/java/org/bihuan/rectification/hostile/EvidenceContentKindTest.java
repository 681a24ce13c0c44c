package org.bihuan.rectification.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An evidence file's bytes are checked against the kind its name and Content-Type declare: a
 * Windows program called 报告.pdf is refused (415, zh-CN, naming the file and what it is) and nothing
 * is stored; real files of each kind are stored and served as themselves, as downloads.
 */
@QuarkusTest
class EvidenceContentKindTest {

  private static final String UNIT = "办公室-内容核验";
  private static final String OOXML_SHEET =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String OOXML_WORD =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private String ticketId;

  @BeforeEach
  void ticket() {
    ticketId = HostileFixtures.ticket(UNIT);
  }

  private Response upload(String name, byte[] bytes, String type) {
    return HostileFixtures.multipartReporter(UNIT)
        .multiPart("file", name, bytes, type)
        .post("/api/v1/tickets/" + ticketId + "/evidence");
  }

  private ValidatableResponse refused(Response r, String type, String name) {
    return r.then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("type", containsString(type))
        .body("detail", containsString("「" + name + "」"))
        .body("detail", containsString("未保存"));
  }

  @Test
  void aWindowsProgramNamedAsAPdfIsRefusedNamingWhatItIsAndNothingIsStored() {
    refused(
            upload("报告.pdf", EvidenceSamples.windowsProgram(), "application/pdf"),
            "evidence-executable",
            "报告.pdf")
        .body("title", equalTo("不接受可执行文件"))
        .body("detail", containsString("Windows 可执行程序"))
        .body("detected", equalTo("WINDOWS_EXECUTABLE"));
    HostileFixtures.noneStored(ticketId, "evidence");
  }

  @Test
  void programsAndScriptsAreRefusedWhateverTheyAreCalled() {
    refused(
        upload("setup.exe", EvidenceSamples.windowsProgram(), "application/x-msdownload"),
        "evidence-executable",
        "setup.exe");
    refused(
            upload("数据.zip", EvidenceSamples.linuxProgram(), "application/zip"),
            "evidence-executable",
            "数据.zip")
        .body("detail", containsString("ELF"));
    refused(
            upload(
                "说明.txt", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), "text/plain"),
            "evidence-executable",
            "说明.txt")
        .body("detected", equalTo("SCRIPT"));
    HostileFixtures.noneStored(ticketId, "evidence");
  }

  @Test
  void bytesOfAnotherKindThanTheNameOrTypeDeclaresAreRefusedSayingWhatTheyLookLike() {
    refused(
            upload("报告.pdf", "这不是PDF".getBytes(StandardCharsets.UTF_8), "application/pdf"),
            "evidence-content-mismatch",
            "报告.pdf")
        .body("title", equalTo("文件内容与声明的类型不符"))
        .body("detail", containsString("PDF 文档"))
        .body("detail", containsString("纯文本"));
    refused(
            upload("台账.xlsx", EvidenceSamples.picture("png"), OOXML_SHEET),
            "evidence-content-mismatch",
            "台账.xlsx")
        .body("detail", containsString("PNG 图片"));
    refused(
            upload("现场照片.jpg", EvidenceSamples.pdf(), "image/jpeg"),
            "evidence-content-mismatch",
            "现场照片.jpg")
        .body("detected", equalTo("PDF"));
    // The name says text, the type says PDF: the bytes must be both, a PDF is not text.
    refused(
        upload("说明.txt", EvidenceSamples.pdf(), "application/pdf"),
        "evidence-content-mismatch",
        "说明.txt");
    // A name without a declared kind, a type that declares one.
    refused(
        upload("扫描件", EvidenceSamples.xls(), "application/pdf"),
        "evidence-content-mismatch",
        "扫描件");
    HostileFixtures.noneStored(ticketId, "evidence");
  }

  @Test
  void realFilesOfEachKindAreStoredAndServedAsThemselvesAsDownloads() {
    String[][] cases = {
      {"整改报告.pdf", "application/pdf"},
      {"整改方案.docx", OOXML_WORD},
      {"台账.xlsx", OOXML_SHEET},
      {"旧台账.xls", "application/vnd.ms-excel"},
      {"现场.png", "image/png"},
      {"现场.jpg", "image/jpeg"},
      {"现场.gif", "image/gif"},
      {"说明.txt", "text/plain; charset=utf-8"},
      // the file's own program may call it anything: the type is what counts
      {"扫描件", "application/pdf"}
    };
    for (String[] c : cases) {
      byte[] bytes = c[0].equals("扫描件") ? EvidenceSamples.pdf() : EvidenceSamples.forName(c[0]);
      if (c[0].endsWith(".txt")) {
        bytes = "已组织专题学习三次。".getBytes(StandardCharsets.UTF_8);
      }
      String url = upload(c[0], bytes, c[1]).then().statusCode(201).extract().path("contentUrl");
      Response served = given().auth().oauth2(Tokens.viewer()).get(url);
      assertEquals(200, served.statusCode(), c[0]);
      assertArrayEquals(bytes, served.asByteArray(), c[0]);
      assertEquals(
          c[1].startsWith("text/plain") ? "text/plain; charset=UTF-8" : c[1],
          served.contentType(),
          c[0]);
      assertEquals("nosniff", served.header("X-Content-Type-Options"), c[0]);
      String disposition = served.header("Content-Disposition");
      assertEquals(true, disposition.startsWith("attachment;"), disposition);
      assertEquals(
          true,
          disposition.contains(
              "filename*=UTF-8''"
                  + java.net.URLEncoder.encode(c[0], StandardCharsets.UTF_8).replace("+", "%20")),
          c[0] + ": " + disposition);
    }
    // A PNG called .jpg is still a picture, as phones and chat programs save them.
    upload("微信图片.jpg", EvidenceSamples.picture("png"), "image/jpeg").then().statusCode(201);
    // A text that happens to begin with MZ is no program.
    upload("备注.txt", "MZ 公司整改说明".getBytes(StandardCharsets.UTF_8), "text/plain")
        .then()
        .statusCode(201);
  }
}
