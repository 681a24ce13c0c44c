package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The name a document is uploaded with, as browsers and OA clients send it: a percent-encoded
 * {@code filename} is decoded when it is valid UTF-8, a {@code filename*} in GBK or GB18030 is
 * decoded in it, and a charset that is not supported is named in the answer's warnings rather than
 * dropped silently. Through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0309).
 */
@QuarkusTest
class ImportFileNameCharsetsTest {

  private static final byte[] PLAN = "一、存在的问题\n1.理论学习不够深入。\n".getBytes(StandardCharsets.UTF_8);

  private static JsonPath dryRun(String source, String disposition) {
    return JsonPath.from(
        RestAssured.given()
            .auth()
            .oauth2(Tokens.reporter("导入人", null))
            .contentType("text/plain; charset=UTF-8")
            .header("Content-Disposition", disposition)
            .queryParam("dryRun", "true")
            .body(PLAN)
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  @Test
  void percentEncodedAndGbkNamesAreDecoded() {
    String source = source("文件名编码");
    for (String disposition :
        List.of(
            "attachment; filename=\"%E6%B8%85%E5%8D%95.txt\"",
            "attachment; filename*=GBK''%C7%E5%B5%A5.txt",
            "attachment; filename*=GB18030''%C7%E5%B5%A5.txt")) {
      JsonPath answer = dryRun(source, disposition);
      assertEquals("清单.txt", answer.getString("fileName"), disposition);
      assertEquals(List.of(), answer.getList("warnings"), disposition);
    }
    // a % that begins no escape stays as written
    assertEquals(
        "100%.txt", dryRun(source, "attachment; filename=\"100%.txt\"").getString("fileName"));
  }

  @Test
  void aCharsetThatIsNotSupportedIsNamedInTheWarnings() {
    String source = source("文件名字符集");
    JsonPath alone = dryRun(source, "attachment; filename*=X-NONE''%C7%E5.txt");
    assertEquals(null, alone.getString("fileName"));
    assertEquals(
        List.of(
            "The file's name (Content-Disposition filename*) is in the charset X-NONE, which is not"
                + " supported; no name was kept. Send it as filename*=UTF-8''… to keep it."),
        alone.getList("warnings"));
    JsonPath beside =
        dryRun(source, "attachment; filename*=X-NONE''%C7%E5.txt; filename=\"plan.txt\"");
    assertEquals("plan.txt", beside.getString("fileName"));
    assertEquals(
        List.of(
            "The file's name (Content-Disposition filename*) is in the charset X-NONE, which is not"
                + " supported; the name filename gives, 「plan.txt」, was kept. Send it as"
                + " filename*=UTF-8''… to keep it."),
        beside.getList("warnings"));
  }
}
