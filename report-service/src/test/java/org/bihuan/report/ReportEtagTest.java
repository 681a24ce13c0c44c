package org.bihuan.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Every report the service documents has an ETag and answers 304 to If-None-Match while neither the
 * feeds nor the date have moved (integrator finding 6: the contract promises ETag/304 on every
 * read, and only the source report kept it).
 */
@QuarkusTest
@Order(2) // before FeedFollowerTest, which extends the feeds
class ReportEtagTest {

  static final List<String> REPORTS =
      List.of(
          "/api/v1/reports/summary",
          "/api/v1/reports/summary?unit=党委办公室",
          "/api/v1/reports/breakdown?by=unit",
          "/api/v1/reports/breakdown?by=source",
          "/api/v1/reports/trend?interval=week",
          "/api/v1/reports/overdue",
          "/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001",
          "/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001?format=docx",
          "/api/v1/reports/sources/5e1a0000-0000-4000-8000-000000000001?format=html",
          "/api/v1/reports/ledger",
          "/api/v1/reports/ledger?format=csv",
          "/api/v1/reports/ledger?format=xlsx");

  @BeforeEach
  void fixedDate() {
    FixedClock.install(FixedDataset.TODAY);
    Projection.awaitFixedDataset();
  }

  private static Response get(String url, String ifNoneMatch) {
    var request = given().auth().oauth2(Tokens.viewer());
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return request.get(url).then().extract().response();
  }

  @Test
  void everyReportHasAnEtagAndAnswers304WithNoBodyWhenUnchanged() {
    Set<String> tags = new HashSet<>();
    for (String url : REPORTS) {
      Response first = get(url, null);
      assertEquals(200, first.statusCode(), url + ": " + first.asString());
      String tag = first.header("ETag");
      assertNotNull(tag, url + " has an ETag");
      tags.add(tag);
      Response again = get(url, tag);
      assertEquals(304, again.statusCode(), url + " with If-None-Match " + tag);
      assertEquals(0, again.asByteArray().length, url + ": a 304 has no body");
      assertEquals(tag, again.header("ETag"), url + ": the 304 names the tag");
      assertEquals(304, get(url, "W/" + tag).statusCode(), url + ": weak comparison");
      assertEquals(200, get(url, "\"other\"").statusCode(), url + " with another tag");
    }
    // JSON, CSV, XLSX, Word and HTML of the same data are different representations.
    assertTrue(tags.size() >= 5, "tags: " + tags);
  }

  @Test
  void anotherDayIsAnotherVersionOfEveryReport() {
    for (String url : REPORTS) {
      String today = get(url, null).header("ETag");
      FixedClock.install(FixedDataset.TODAY.plusDays(1));
      try {
        Response tomorrow = get(url, today);
        assertEquals(200, tomorrow.statusCode(), url + ": the figures are for another day");
        assertNotEquals(today, tomorrow.header("ETag"), url);
      } finally {
        FixedClock.install(FixedDataset.TODAY);
      }
    }
  }
}
