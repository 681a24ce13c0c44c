package org.bihuan.problem;

import static org.bihuan.problem.support.Api.asViewer;
import static org.bihuan.problem.support.Api.source;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.FontBombs;
import org.bihuan.problem.support.LedgerLayouts;
import org.bihuan.problem.support.LedgerLayouts.Layout;
import org.bihuan.problem.support.LedgerLayouts.Style;
import org.bihuan.problem.support.LedgerModels;
import org.bihuan.problem.support.Ledgers;
import org.bihuan.problem.support.SheetBombs;
import org.bihuan.problem.support.StructureBombs;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Ten files whose inner structure is built to exhaust a parser (docs/decisions/0186) sent as dry
 * runs at once, while /q/health/live is polled: the service stays live throughout, each upload ends
 * (after waiting out 503 import-busy and, all ten being one caller's, 429 too-many-imports, as a
 * client does; 0255) in 413 or 422 problem+json naming what is too large or inconsistent, within
 * seconds, nothing is written, and an ordinary import works afterwards.
 */
@QuarkusTest
class ImportStructureBudgetTest {

  private record Bomb(String name, byte[] body, String type, int status, String says) {}

  private static Response post(String source, byte[] body, String type, boolean dryRun) {
    var request =
        RestAssured.given()
            .auth()
            .oauth2(Tokens.reporter("导入人", null))
            .contentType(type)
            .body(body);
    if (dryRun) {
      request = request.queryParam("dryRun", "true");
    }
    return request.post("/api/v1/sources/" + source + "/import");
  }

  /**
   * The answer once the import is let in: 503 import-busy and 429 too-many-imports are retried
   * after a pause.
   */
  private static Response postUntilAdmitted(String source, Bomb bomb) throws InterruptedException {
    for (int attempt = 0; ; attempt++) {
      long start = System.nanoTime();
      Response r = post(source, bomb.body(), bomb.type(), true);
      boolean waitOut = r.statusCode() == 503 || r.statusCode() == 429;
      if (!waitOut || attempt == 120) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 20_000, bomb.name() + " answered after " + millis + " ms");
        return r;
      }
      assertEquals(
          r.statusCode() == 503 ? "import-busy" : "too-many-imports",
          r.jsonPath().getString("type").replaceAll(".*/", ""));
      Thread.sleep(500);
    }
  }

  @Test
  void tenStructureBombsAtOnceAreRefusedWhileTheServiceStaysLive() throws Exception {
    byte[] xlsx =
        Ledgers.xlsx(
            List.of(LedgerLayouts.table("台账", LedgerModels.auditSheet(), Style.of(Layout.MERGED))));
    byte[] docx =
        Ledgers.docx(
            List.of(),
            LedgerLayouts.table(null, LedgerModels.auditSheet(), Style.of(Layout.MERGED)));
    List<Bomb> bombs =
        List.of(
            new Bomb(
                "doc pieces",
                StructureBombs.docWithPieces(150_000, 1),
                DocumentText.DOC,
                413,
                "more than 100000 text pieces"),
            new Bomb(
                "doc characters",
                StructureBombs.docWithPieces(90_000, 50),
                DocumentText.DOC,
                413,
                "more than 4000000 characters"),
            new Bomb(
                "doc runs",
                StructureBombs.docWithRunPages(100_000),
                DocumentText.DOC,
                413,
                "more than 1000000 character runs"),
            new Bomb(
                "doc piece table outside",
                StructureBombs.docWithPieceTableOutside(),
                DocumentText.DOC,
                422,
                "piece table lies outside"),
            new Bomb(
                "xls 1.5 million strings",
                SheetBombs.xlsWithSharedStrings(1_500_000, 1_500_000),
                DocumentText.XLS,
                413,
                "more than 300000 strings"),
            new Bomb(
                "xls claims 2 billion strings",
                SheetBombs.xlsWithSharedStrings(3, 2_000_000_000L),
                DocumentText.XLS,
                413,
                "more than 300000 strings"),
            new Bomb(
                "pdf 200 MB font program",
                FontBombs.pdfWithZerosAsFontProgram(200),
                DocumentText.PDF,
                413,
                // measured from the file's bytes before PDFBox loads it (0201)
                "(a stream) decodes to more than 33554432 bytes"),
            new Bomb(
                "pdf cmap of 100,000 groups",
                FontBombs.pdfWithFontProgram(FontBombs.fontWithCmapGroups(100_000)),
                DocumentText.PDF,
                413,
                "maps more than 300000 character codes"),
            new Bomb(
                "xlsx 150,000 cell formats",
                StructureBombs.withStyles(xlsx, "xl/styles.xml", 150_000),
                DocumentText.XLSX,
                413,
                "more than 64000 style entries of one kind (<xf>)"),
            new Bomb(
                "docx 70,000 styles",
                StructureBombs.withStyles(docx, "word/styles.xml", 70_000),
                DocumentText.DOCX,
                413,
                "more than 64000 style entries of one kind (<style>)"));
    String source = source("结构炸弹");

    AtomicBoolean polling = new AtomicBoolean(true);
    AtomicInteger polls = new AtomicInteger();
    ConcurrentLinkedQueue<String> notLive = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(bombs.size() + 1);
    try {
      Future<?> poller =
          pool.submit(
              () -> {
                while (polling.get()) {
                  try {
                    int status = RestAssured.given().get("/q/health/live").statusCode();
                    if (status != 200) {
                      notLive.add("live answered " + status);
                    }
                  } catch (RuntimeException e) {
                    notLive.add("live failed: " + e);
                  }
                  polls.incrementAndGet();
                  try {
                    Thread.sleep(100);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              });
      List<Future<Response>> answers = new ArrayList<>();
      for (Bomb bomb : bombs) {
        answers.add(pool.submit(() -> postUntilAdmitted(source, bomb)));
      }
      for (int i = 0; i < bombs.size(); i++) {
        Bomb bomb = bombs.get(i);
        Response r = answers.get(i).get(180, TimeUnit.SECONDS);
        assertEquals(bomb.status(), r.statusCode(), bomb.name() + ": " + r.asString());
        assertTrue(
            r.contentType().startsWith("application/problem+json"),
            bomb.name() + ": " + r.contentType());
        String detail = r.jsonPath().getString("detail");
        assertTrue(detail.contains(bomb.says()), bomb.name() + ": " + detail);
      }
      polling.set(false);
      poller.get(10, TimeUnit.SECONDS);
    } finally {
      polling.set(false);
      pool.shutdownNow();
    }
    assertTrue(notLive.isEmpty(), notLive.toString());
    assertTrue(polls.get() >= 3, "polled " + polls.get() + " times");
    RestAssured.given().get("/q/health/live").then().statusCode(200);
    asViewer().queryParam("sourceId", source).get("/api/v1/problems").then().body("items", empty());
    post(source, StructureBombs.wordDocument(), DocumentText.DOC, true).then().statusCode(200);
    post(source, xlsx, DocumentText.XLSX, false).then().statusCode(201);
  }
}
