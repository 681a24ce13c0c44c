package org.bihuan.platform.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.UnsupportedEncodingException;
import java.util.Map;
import java.util.function.Supplier;
import org.bihuan.platform.input.StrictJson;
import org.junit.jupiter.api.Test;

/** Failures of the HTTP layer that must become a 400 with a useful detail (issue 10). */
class ProblemMappingTest {

  private static final ObjectMapper MAPPER = StrictJson.apply(new ObjectMapper());

  /**
   * A failure made by {@code failure}, thrown inside the form parser's class {@code parser}, is a
   * 400 whose detail says {@code says}; the same failure thrown elsewhere is not translated.
   */
  private static void badRequestOnlyFromTheFormParser(
      Supplier<RuntimeException> failure, String parser, String says) {
    RuntimeException fromForm = failure.get();
    fromForm.setStackTrace(
        new StackTraceElement[] {new StackTraceElement(parser, "x", "Parser.java", 1)});
    ApiProblem p = KnownFailures.translate(fromForm);
    assertNotNull(p, fromForm.toString());
    assertEquals(400, p.status());
    assertTrue(p.detail().contains(says), p.detail());

    RuntimeException elsewhere = failure.get();
    elsewhere.setStackTrace(
        new StackTraceElement[] {new StackTraceElement("org.example.Other", "x", "Other.java", 1)});
    assertNull(KnownFailures.translate(elsewhere));
  }

  @Test
  void tooManyMultipartPartsIsABadRequestOnlyWhenTheFormParserSaysSo() {
    badRequestOnlyFromTheFormParser(
        () -> new RuntimeException("Param limit of 1000 was exceeded"),
        "org.jboss.resteasy.reactive.server.core.multipart.FormData",
        "too many parts");
  }

  @Test
  void aPartTypeTheFormParserCannotReadIsABadRequestOnlyWhenTheFormParserSaysSo() {
    String parser =
        "org.jboss.resteasy.reactive.server.core.multipart"
            + ".MultiPartParserDefinition$MultiPartUploadHandler";
    badRequestOnlyFromTheFormParser(
        () -> new IllegalArgumentException("Failed to parse media type text"),
        parser,
        "Content-Type");
    badRequestOnlyFromTheFormParser(
        () -> new RuntimeException(new UnsupportedEncodingException("nonsense")),
        parser,
        "Content-Type");
  }

  @Test
  void jsonSyntaxErrorsWrappedByTheReaderSayWhatAndWhere() {
    for (String body :
        new String[] {
          "{\"a\": 1} x",
          "{/* c */ \"a\": 1}",
          "{\"a\": NaN}",
          "{\"a\": 1, \"a\": 2}",
          "[".repeat(10_000),
          "{\"a\": 99999999999999999999999}"
        }) {
      Exception cause;
      try {
        MAPPER.readValue(body, Map.class);
        continue; // read fine (a map takes any number); nothing to map
      } catch (Exception e) {
        cause = e;
      }
      Response r =
          new ProblemMapping()
              .webApplication(new WebApplicationException(cause, Response.Status.BAD_REQUEST));
      assertEquals(400, r.getStatus());
      @SuppressWarnings("unchecked")
      String detail = (String) ((Map<String, Object>) r.getEntity()).get("detail");
      assertTrue(
          detail.startsWith("请求体不是有效的 JSON") && detail.length() > "请求体不是有效的 JSON。".length(),
          body.substring(0, Math.min(20, body.length())) + " -> " + detail);
      assertTrue(!detail.contains("HTTP 400"), detail);
    }
  }

  /** A transaction rolled back on its timeout is 503 with Retry-After, not a 500. */
  @Test
  void aTransactionRolledBackOnItsTimeoutIsUnavailable() {
    ApiProblem p =
        KnownFailures.translate(
            new RuntimeException(
                "Error invoking subclass method",
                new jakarta.transaction.RollbackException(
                    "ARJUNA016102: The transaction is not active!")));
    assertEquals(503, p.status());
    assertEquals(
        503,
        KnownFailures.translate(new java.sql.SQLException("canceling statement", "57014"))
            .status());
    assertNull(KnownFailures.translate(new java.sql.SQLException("other", "42000")));
  }
}
