package org.bihuan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.e2e.Services.Service;
import org.bihuan.testing.GuideAnswers;
import org.bihuan.testing.GuideCurl;
import org.bihuan.testing.IntegrationGuide;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/integration.md copied in order as a new reader would, against the three services running as
 * processes: its tokens as token.sh makes them, every curl command of every code block (files named
 * with {@code @} are the samples in src/test/resources/guide), each answering 2xx and showing every
 * member its answer comment shows, with every value it shows outside arrays; the webhooks it
 * registers are received by its own Java receiver, run from the guide's source text, which
 * acknowledges signed deliveries with 204.
 */
@ExtendWith(Services.class)
class IntegrationGuideWalkTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GUIDE_HOOK = "https://oa.example.org/bihuan/hook";

  private final Services services;
  private final List<Process> receivers = new ArrayList<>();

  IntegrationGuideWalkTest(Services services) {
    this.services = services;
  }

  @AfterEach
  void stopReceivers() throws InterruptedException {
    for (Process p : receivers) {
      p.destroy();
      p.waitFor();
    }
  }

  private String base(int guidePort) {
    return switch (guidePort) {
      case 8081 -> services.url(Service.PROBLEM);
      case 8082 -> services.url(Service.RECTIFICATION);
      case 8083 -> services.url(Service.REPORT);
      default -> throw new AssertionError("the guide names port " + guidePort);
    };
  }

  @Test
  void everyExampleOfTheGuideAnswersAsTheGuideSays() throws Exception {
    Map<String, String> vars = new HashMap<>();
    List<IntegrationGuide.TokenLine> tokens = IntegrationGuide.tokens();
    assertTrue(tokens.size() >= 4, "token lines of the guide: " + tokens);
    for (IntegrationGuide.TokenLine t : tokens) {
      assertNotNull(t.role(), t.variable() + " names a role");
      vars.put(t.variable(), Tokens.token(t.subject(), t.displayName(), t.unit(), t.role()));
    }
    // The batch read comes before any ticket exists: ids that name no ticket are absent.
    for (String id : List.of("$ID1", "$ID2", "$ID3")) {
      vars.put(id, UUID.randomUUID().toString());
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : List.of("整改方案.txt", "学习记录.pdf")) {
      try (InputStream in = getClass().getResourceAsStream("/guide/" + name)) {
        files.put(name, in.readAllBytes());
      }
    }
    String receiverSource = GuideReceiver.source();
    Map<String, String> hooks = new LinkedHashMap<>(); // base URL → webhook id
    int run = 0;
    for (IntegrationGuide.Request guide : IntegrationGuide.requests()) {
      IntegrationGuide.Request r = guide;
      int receiverPort = 0;
      if (r.body() != null && r.body().contains(GUIDE_HOOK)) {
        // The guide's receiver, on this machine instead of oa.example.org (listening on /hook).
        receiverPort = GuideReceiver.freePort();
        r =
            new IntegrationGuide.Request(
                r.method(),
                r.port(),
                r.pathAndQuery(),
                r.headers(),
                r.body().replace(GUIDE_HOOK, "http://localhost:" + receiverPort + "/hook"),
                r.form(),
                r.answer());
      }
      String base = base(r.port());
      HttpResponse<byte[]> answer = sendAwaitingProjection(r, base, vars, files);
      String text = new String(answer.body(), StandardCharsets.UTF_8);
      String what = r.method() + " :" + r.port() + r.pathAndQuery();
      assertEquals(
          2, answer.statusCode() / 100, what + " answered " + answer.statusCode() + " " + text);
      run++;
      boolean json =
          answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
      JsonNode body = json ? JSON.readTree(text) : null;
      // Every member the guide shows is in the answer, except members of an array that is empty
      // in the answer (the guide's first feed page, on a fresh system) — and only of that array.
      for (GuideAnswers.Shown shown : GuideAnswers.shownIn(r.answer())) {
        boolean present = text.contains("\"" + shown.name() + "\"");
        boolean excused =
            shown.inArray() != null && body != null && allEmpty(body, shown.inArray());
        assertTrue(
            present || excused,
            what + ": the guide shows \"" + shown.name() + "\" in its answer: " + text);
      }
      if (body != null) {
        assertShownValues(r, body, what);
      }
      String path = r.pathAndQuery();
      if (r.method().equals("POST") && path.equals("/api/v1/sources")) {
        vars.put("$SOURCE", body.get("id").asText());
        assertReplayed(r, base, vars, files, text);
      }
      if (path.contains("/import?")) {
        vars.put("<problem id>", problemWithoutTicket(body));
        vars.put("$P", vars.get("<problem id>"));
      }
      if (r.method().equals("POST") && path.equals("/api/v1/tickets")) {
        vars.put("$T", body.get("id").asText());
        assertReplayed(r, base, vars, files, text);
      }
      if (path.endsWith("/verify")) {
        assertEquals("VERIFIED", body.get("status").asText(), text);
      }
      if (path.endsWith("/close")) {
        assertEquals("CLOSED", body.get("status").asText(), text);
      }
      if (path.contains("format=docx")) {
        assertTrue(
            answer.headers().firstValue("Content-Type").orElse("").contains("wordprocessingml"),
            what);
      }
      if (receiverPort != 0) {
        String secret = body.get("secret").asText();
        assertTrue(secret.startsWith("whsec_"), text);
        GuideReceiver.start(receiverSource, receiverPort, secret, receivers);
        hooks.put(base, body.get("id").asText());
      }
    }
    assertTrue(run >= 15, "requests of the guide run: " + run);
    assertEquals(2, hooks.size(), "the guide registers a webhook with each emitting service");
    for (Map.Entry<String, String> hook : hooks.entrySet()) {
      awaitAcknowledgedDelivery(hook.getKey(), hook.getValue(), vars.get("$TOKEN"));
    }
  }

  /** The report service follows the feeds: what was just written shows there a moment later. */
  private static HttpResponse<byte[]> sendAwaitingProjection(
      IntegrationGuide.Request r, String base, Map<String, String> vars, Map<String, byte[]> files)
      throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      HttpResponse<byte[]> answer = GuideCurl.exchange(r, base, vars, files);
      if (r.port() != 8083 || System.nanoTime() > until) {
        return answer;
      }
      if (answer.statusCode() != 404 && showsWhatTheGuideShows(r, answer)) {
        return answer;
      }
      Thread.sleep(200);
    }
  }

  /**
   * Whether the answer already carries the values the guide shows: the report service applies a
   * close or a verification from the feed a moment after it was written.
   */
  private static boolean showsWhatTheGuideShows(
      IntegrationGuide.Request r, HttpResponse<byte[]> answer) throws IOException {
    if (answer.statusCode() / 100 != 2
        || !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
      return true;
    }
    try {
      assertShownValues(r, JSON.readTree(answer.body()), "");
      return true;
    } catch (AssertionError notYet) {
      return false;
    }
  }

  /**
   * Every value the guide shows outside arrays is the answer's, to the letter: a number, boolean,
   * null or string it writes is the value at that member, an array it shows empty is empty, and one
   * it shows with elements has some — except the page of a long poll ({@code wait=}), which the
   * guide says answers empty when nothing has happened.
   */
  private static void assertShownValues(IntegrationGuide.Request r, JsonNode body, String what)
      throws IOException {
    for (GuideAnswers.ShownValue shown : GuideAnswers.shownValuesIn(r.answer())) {
      JsonNode actual = body;
      for (String member : shown.path()) {
        actual = actual == null ? null : actual.get(member);
      }
      String where = what + ": the guide shows " + String.join(".", shown.path());
      assertNotNull(actual, where + " = " + shown.literal() + ", the answer has none: " + body);
      switch (shown.literal()) {
        case "[]" ->
            assertTrue(
                actual.isArray() && actual.isEmpty(), where + " empty, the answer: " + actual);
        case "[..]" ->
            assertTrue(
                actual.isArray() && (!actual.isEmpty() || r.pathAndQuery().contains("wait=")),
                where + " with elements, the answer: " + actual);
        default -> {
          JsonNode expected = JSON.readTree(shown.literal());
          boolean same =
              expected.isNumber() && actual.isNumber()
                  ? expected.decimalValue().compareTo(actual.decimalValue()) == 0
                  : expected.equals(actual);
          assertTrue(same, where + " = " + shown.literal() + ", the answer: " + actual);
        }
      }
    }
  }

  /** Whether the answer has the member {@code array} and every occurrence is an empty array. */
  private static boolean allEmpty(JsonNode body, String array) {
    List<JsonNode> found = body.findValues(array);
    return !found.isEmpty() && found.stream().allMatch(n -> n.isArray() && n.isEmpty());
  }

  /** "A retry with the same key and the same body gets the first answer back". */
  private static void assertReplayed(
      IntegrationGuide.Request r,
      String base,
      Map<String, String> vars,
      Map<String, byte[]> files,
      String first)
      throws Exception {
    assertTrue(r.headers().containsKey("Idempotency-Key"), r.pathAndQuery());
    HttpResponse<byte[]> again = GuideCurl.exchange(r, base, vars, files);
    assertEquals(201, again.statusCode());
    assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));
    assertEquals(first, new String(again.body(), StandardCharsets.UTF_8));
  }

  /** The import's problem that got no ticket of its own: the guide's ticket is its only one. */
  private static String problemWithoutTicket(JsonNode importAnswer) {
    List<String> withTickets = new ArrayList<>();
    for (String kind : List.of("created", "pending")) {
      importAnswer
          .path("tickets")
          .path(kind)
          .forEach(t -> withTickets.add(t.path("problemId").asText()));
    }
    assertFalse(
        withTickets.isEmpty(), "the sample plan's measure became a ticket: " + importAnswer);
    for (JsonNode p : importAnswer.path("problems")) {
      if (!withTickets.contains(p.path("id").asText())) {
        return p.path("id").asText();
      }
    }
    fail("every problem of the sample plan got a ticket: " + importAnswer);
    return null;
  }

  /** The subscription's delivery log shows a delivery the receiver acknowledged with 204. */
  private static void awaitAcknowledgedDelivery(String base, String hookId, String token)
      throws Exception {
    IntegrationGuide.Request log =
        new IntegrationGuide.Request(
            "GET",
            0,
            "/api/v1/webhooks/" + hookId + "/deliveries",
            Map.of("Authorization", "Bearer " + token),
            null,
            List.of(),
            null);
    String last = null;
    long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < until) {
      HttpResponse<byte[]> answer = GuideCurl.exchange(log, base, Map.of(), Map.of());
      last = new String(answer.body(), StandardCharsets.UTF_8);
      for (JsonNode d : JSON.readTree(last).path("items")) {
        // 204 only for a valid signature (the receiver answers 401 otherwise).
        for (JsonNode attempt : d.path("attemptLog")) {
          if (attempt.path("statusCode").asInt() == 204) {
            return;
          }
        }
      }
      Thread.sleep(500);
    }
    fail(base + " delivered nothing the guide's receiver accepted: " + last);
  }
}
