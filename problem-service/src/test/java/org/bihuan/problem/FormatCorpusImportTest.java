package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.FormatCorpus;
import org.bihuan.problem.support.FormatFiles;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of the format corpus ({@link FormatCorpus}) through {@code POST
 * /sources/{id}/import?dryRun=true}: the .docx, .xlsx and .xls written by POI here, the .doc and
 * PDF files that LibreOffice made from the same models (committed under src/test/resources/formats
 * with their expected answers). Every field of every problem and measure is compared.
 */
@QuarkusTest
class FormatCorpusImportTest {

  static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "docx", DocumentText.DOCX,
          "xlsx", DocumentText.XLSX,
          "xls", DocumentText.XLS,
          "doc", DocumentText.DOC,
          "pdf", DocumentText.PDF);

  static final List<String> COMMITTED =
      List.of(
          "tasklist-merged-doc.doc",
          "tasklist-blank-doc.doc",
          "audit-repeated-doc.doc",
          "plan-tasklist-pdf.pdf",
          "plan-audit-pdf.pdf");

  static Stream<Arguments> documents() throws IOException {
    List<Arguments> all = new ArrayList<>();
    for (FormatCorpus.Document d : FormatCorpus.direct()) {
      all.add(Arguments.of(d.name() + "-" + d.ext() + "." + d.ext(), d.bytes(), d.expected()));
    }
    ObjectMapper json = new ObjectMapper();
    for (String file : COMMITTED) {
      String base = file.substring(0, file.lastIndexOf('.'));
      Map<String, List<Map<String, Object>>> expected =
          json.readValue(FormatFiles.committed(base + ".expected.json"), new TypeReference<>() {});
      all.add(Arguments.of(file, FormatFiles.committed(file), expected.get("problems")));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void eachDocumentImportsAsItsModelSays(
      String file, byte[] bytes, List<Map<String, Object>> expected) {
    String ext = file.substring(file.lastIndexOf('.') + 1);
    JsonPath answer =
        RestAssured.given()
            .auth()
            .oauth2(Tokens.reporter("导入人", null))
            .contentType(MEDIA_TYPES.get(ext))
            .body(bytes)
            .queryParam("dryRun", "true")
            .post("/api/v1/sources/" + source("格式语料") + "/import")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> actual = answer.getList("problems");
    assertEquals(expected.size(), actual.size(), file + ": " + answer.prettify());
    for (int i = 0; i < expected.size(); i++) {
      Map<String, Object> problem = new HashMap<>(actual.get(i));
      if (ext.equals("pdf")) {
        // The outline reader gives the lines, the PDF's pages say which page the first is on
        // (every problem of these one-page plans is on page 1).
        @SuppressWarnings("unchecked")
        Map<String, Object> origin = (Map<String, Object>) problem.get("origin");
        assertEquals(1, origin.get("page"), file + ", problem " + (i + 1) + ": " + origin);
        assertEquals(2, ((List<?>) origin.get("lines")).size(), file + ": " + origin);
      }
      if (!expected.get(i).containsKey("origin")) {
        problem.remove("origin"); // the text genres' line origin is the outline reader's
      }
      assertEquals(expected.get(i), problem, file + ", problem " + (i + 1));
    }
  }
}
