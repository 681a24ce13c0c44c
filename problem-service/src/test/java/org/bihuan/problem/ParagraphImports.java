package org.bihuan.problem;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.support.Api;
import org.bihuan.testing.Tokens;

/**
 * Imports of paragraphs as text: the body of some lines, a dry run, a real import and the titles it
 * stored.
 */
final class ParagraphImports {

  static final String TEXT = "text/plain; charset=UTF-8";

  static byte[] text(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  static JsonPath dryRun(byte[] body, String mediaType) {
    return JsonPath.from(Api.dryRun("段落导入", body, mediaType));
  }

  /** Imports for real into a new source; the answer with the source's id as {@code sourceId}. */
  static JsonPath commit(byte[] body, String mediaType) {
    String source = Api.source("段落导入");
    String answer =
        io.restassured.RestAssured.given()
            .auth()
            .oauth2(Tokens.reporter("导入人", null))
            .contentType(mediaType)
            .body(body)
            .post("/api/v1/sources/" + source + "/import")
            .then()
            .statusCode(201)
            .extract()
            .asString();
    return JsonPath.from(answer.replaceFirst("\\{", "{\"sourceId\":\"" + source + "\","));
  }

  /** The titles of the problems stored under a source. */
  static List<String> storedTitles(String source) {
    return Api.asViewer()
        .queryParam("sourceId", source)
        .get("/api/v1/problems")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.title");
  }
}
