package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.support.Api;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The name a document is uploaded with (Content-Disposition of the import request) is kept on the
 * import and shown on the source (docs/decisions/0300): filename* first, Chinese intact, the last
 * part of a path, a name that cannot be kept refused 400 naming the header with nothing written.
 */
@QuarkusTest
class ImportFileNameTest {

  private static final String NAME = "2024年度民主生活会整改方案（修订稿）.txt";

  private static byte[] plan(String problem) {
    return ("一、存在的问题\n1." + problem + "。\n").getBytes(StandardCharsets.UTF_8);
  }

  private static Response upload(String source, byte[] body, String disposition, String query) {
    var request =
        RestAssured.given()
            .auth()
            .oauth2(Tokens.reporter("导入人", null))
            .contentType("text/plain; charset=UTF-8")
            .body(body);
    if (disposition != null) {
      request = request.header("Content-Disposition", disposition);
    }
    if (query != null) {
      request = request.queryParam(query, "true");
    }
    return request.post("/api/v1/sources/" + source + "/import");
  }

  private static String star(String name) {
    return "attachment; filename=\"plan.txt\"; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * POST as curl sends a Chinese name typed into its header: the header's UTF-8 bytes as they are,
   * over a plain socket (HTTP clients of Java rewrite bytes they do not take for ASCII or Latin-1);
   * the answer's JSON, 201 asserted.
   */
  private static JsonPath rawUpload(String source, byte[] body, String disposition) {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      ByteArrayOutputStream request = new ByteArrayOutputStream();
      request.writeBytes(
          ("POST /api/v1/sources/"
                  + source
                  + "/import HTTP/1.1\r\nHost: localhost\r\n"
                  + "Authorization: Bearer "
                  + Tokens.reporter("导入人", null)
                  + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Disposition: "
                  + disposition
                  + "\r\nContent-Length: "
                  + body.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      request.writeBytes(body);
      socket.getOutputStream().write(request.toByteArray());
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
      String json = answer.substring(answer.indexOf("\r\n\r\n") + 4);
      if (answer.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
        json = json.substring(json.indexOf("\r\n") + 2, json.lastIndexOf("}") + 1);
      }
      return JsonPath.from(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theNameSentWithFilenameStarIsKeptOnTheImportAndShownOnTheSource() {
    String source = source("带文件名的导入");
    String etag = asViewer().get("/api/v1/sources/" + source).then().extract().header("ETag");
    upload(source, plan("理论学习不够深入"), star(NAME), "dryRun")
        .then()
        .statusCode(200)
        .body("fileName", equalTo(NAME));
    asViewer()
        .get("/api/v1/sources/" + source)
        .then()
        .body("fileName", nullValue())
        .header("ETag", etag);

    String importId =
        upload(source, plan("理论学习不够深入"), star(NAME), null)
            .then()
            .statusCode(201)
            .body("fileName", equalTo(NAME))
            .extract()
            .path("importId");
    Api.asViewer()
        .get("/api/v1/sources/" + source + "/imports/" + importId)
        .then()
        .statusCode(200)
        .body("fileName", equalTo(NAME));
    Response view = asViewer().get("/api/v1/sources/" + source);
    view.then().statusCode(200).body("fileName", equalTo(NAME));
    assertNotEquals(etag, view.header("ETag"), "the source changed: its ETag is another");
    assertEquals(
        List.of("source.created", "source.updated"),
        Api.feedAbout(source).getList("events.type"),
        "the source's name changed with an event");
  }

  @Test
  void aRawUtf8NameAndPathsArriveAsTheirLastPartIntact() {
    String source = source("路径与原始字节的文件名");
    assertEquals(
        "整改台账.txt",
        rawUpload(source, plan("档案管理不规范"), "attachment; filename=\"整改台账.txt\"")
            .getString("fileName"));
    assertEquals(
        "会议记录整改.txt",
        rawUpload(source, plan("会议记录不完整"), "form-data; filename=\"C:\\Users\\张三\\桌面\\会议记录整改.txt\"")
            .getString("fileName"));
    upload(source, plan("制度执行不严格"), star("../../材料/制度整改.txt"), null)
        .then()
        .statusCode(201)
        .body("fileName", equalTo("制度整改.txt"));
    // an import sent without a name has none; the source keeps the last name it was given
    upload(source, plan("学习笔记不全"), null, null).then().statusCode(201).body("fileName", nullValue());
    asViewer().get("/api/v1/sources/" + source).then().body("fileName", equalTo("制度整改.txt"));
  }

  @Test
  void aNameThatCannotBeKeptIsRefusedNamingTheHeaderAndNothingIsWritten() {
    String source = source("不能保存的文件名");
    String[][] refused = {
      {"attachment; filename*=UTF-8''a%0Ab.txt", "control character U+000A"},
      {"attachment; filename*=UTF-8''%E6%95%B4%E2%80%AEtxt.exe", "bidirectional override U+202E"},
      {star("长".repeat(256) + ".txt"), "at most 255 characters"},
      {"attachment; filename*=UTF-8''%FF%FE.txt", "is not valid UTF-8"},
      {"attachment; filename=\"..\"", "must be a name, not '..'"}
    };
    for (String[] bad : refused) {
      for (String query : new String[] {null, "dryRun"}) {
        upload(source, plan("整改不到位"), bad[0], query)
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("detail", containsString("Content-Disposition: filename"))
            .body("detail", containsString(bad[1]))
            .body("errors[0].field", equalTo("Content-Disposition"));
      }
    }
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
    asViewer().get("/api/v1/sources/" + source).then().body("fileName", nullValue());
    // a header that names no file is no name
    upload(source, plan("整改不到位"), "inline", null)
        .then()
        .statusCode(201)
        .body("fileName", nullValue())
        .body("problems", hasSize(1));
  }
}
