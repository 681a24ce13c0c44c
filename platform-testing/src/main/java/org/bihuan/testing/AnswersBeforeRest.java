package org.bihuan.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * GETs of a service whose answers may be given before Quarkus REST (docs/decisions/0302, 0304):
 * each answer with whether it was given there (the route's count moved), and the comparison of such
 * an answer with the normal way's — status, every header in the order sent, body bytes. Targets are
 * sent as written (no encoding added), so a test can send {@code %2F} or {@code ;x=1} as it is.
 */
public final class AnswersBeforeRest {

  /** One GET: the answer, and whether it was given before Quarkus REST. */
  public record Answer(Response response, boolean fast) {

    public int status() {
      return response.statusCode();
    }

    /** Every header in the order sent, as {@code name: value} with the name in lower case. */
    public List<String> head() {
      return response.headers().asList().stream()
          .map(h -> h.getName().toLowerCase(Locale.ROOT) + ": " + h.getValue())
          .toList();
    }
  }

  private final LongSupplier answered;

  /** {@code answered}: how many answers the route has given (the service's HitRoute.answered). */
  public AnswersBeforeRest(LongSupplier answered) {
    this.answered = answered;
  }

  /** A GET of {@code target} with {@code token} (none when null) and header name/value pairs. */
  public Answer get(String token, String target, String... headers) {
    var r = given().urlEncodingEnabled(false);
    if (token != null) {
      r = r.auth().oauth2(token);
    }
    for (int i = 0; i < headers.length; i += 2) {
      r = r.header(headers[i], headers[i + 1]);
    }
    long before = answered.getAsLong();
    Response response = r.get(target);
    response.asByteArray();
    return new Answer(response, answered.getAsLong() > before);
  }

  /**
   * Reads with {@code token} until the answer is given before Quarkus REST: at most 20 s, for a
   * first answer that a cold service on a busy machine computes slowly.
   */
  public Answer awaitFast(String token, String target, String... headers)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 20_000;
    Answer a = get(token, target, headers);
    while (!a.fast()) {
      assertTrue(
          System.currentTimeMillis() < deadline,
          target + ": never answered before REST; last " + a.status() + " " + a.head());
      Thread.sleep(50);
      a = get(token, target, headers);
    }
    return a;
  }

  /** {@code fast} was given before Quarkus REST, {@code normal} not, and they are the same. */
  public static void assertSame(Answer normal, Answer fast) {
    assertFalse(normal.fast(), "the comparison went the normal way");
    assertTrue(fast.fast(), "the answer was given before Quarkus REST");
    assertEquals(normal.status(), fast.status(), "status");
    assertEquals(normal.head(), fast.head(), "headers");
    assertArrayEquals(normal.response().asByteArray(), fast.response().asByteArray(), "body");
  }

  /** Both went the normal way and were answered the same (status and body). */
  public static void assertNormalAndSame(Answer expected, Answer actual, String what) {
    assertFalse(expected.fast(), what + ": the comparison went the normal way");
    assertFalse(actual.fast(), what + ": not answered before Quarkus REST");
    assertEquals(expected.status(), actual.status(), what + ": status");
    assertEquals(expected.response().asString(), actual.response().asString(), what + ": body");
  }
}
