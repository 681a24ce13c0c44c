package org.bihuan.problem;

import static org.bihuan.problem.support.Api.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.service.ImportPermits;
import org.bihuan.problem.support.Api;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * One caller holds at most one fewer imports than the service reads at once (docs/decisions/0255):
 * while his slow document is read, his next one answers 429 too-many-imports with Retry-After and
 * nothing written, and another caller's document is read at once.
 */
@QuarkusTest
class ImportPerCallerTest {

  @Inject ImportPermits permits;

  private static Response post(String token, String source, byte[] body, String type) {
    return Api.patient() // a cold first reading of 400 pages on a busy machine takes > 30 s
        .auth()
        .oauth2(token)
        .contentType(type)
        .body(body)
        .queryParam("dryRun", "true")
        .post("/api/v1/sources/" + source + "/import");
  }

  @Test
  void aSecondImportOfTheSameCallerWaitsHisTurnAndOthersAreRead() throws Exception {
    byte[] seed;
    try (InputStream in = getClass().getResourceAsStream("/documents/" + ImportTest.SEED)) {
      seed = in.readAllBytes();
    }
    String slow = Tokens.reporter("慢导入人", null);
    String other = Tokens.reporter("另一导入人", null);
    String source = source("每人一份");
    int all = permits.available();
    assertEquals(2, all, "the service's default: two imports at once");
    byte[] pdf = ClientGoneImportTest.longPdf(400);
    CompletableFuture<Integer> first =
        CompletableFuture.supplyAsync(() -> post(slow, source, pdf, DocumentText.PDF).statusCode());
    long start = System.nanoTime();
    while (permits.available() == all && System.nanoTime() - start < 20_000_000_000L) {
      Thread.sleep(5);
    }
    assertEquals(all - 1, permits.available(), "the slow reading started");

    Response own = post(slow, source, seed, "text/plain; charset=UTF-8");
    Response others = post(other, source, seed, "text/plain; charset=UTF-8");
    boolean stillReading = !first.isDone();

    assertEquals(429, own.statusCode(), own.asString());
    assertTrue(own.contentType().startsWith("application/problem+json"), own.contentType());
    assertTrue(own.jsonPath().getString("type").endsWith("/problems/too-many-imports"));
    assertEquals("5", own.header("Retry-After"));
    assertEquals(200, others.statusCode(), others.asString());
    assertEquals(11, others.jsonPath().getList("problems").size());
    assertTrue(stillReading, "the slow document was read meanwhile: the test proves nothing");

    first.get(120, TimeUnit.SECONDS);
    assertEquals(all, permits.available());
    // his turn now
    assertEquals(200, post(slow, source, seed, "text/plain; charset=UTF-8").statusCode());
  }
}
