package org.bihuan.problem.hostile;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import org.bihuan.testing.BrokenChunkAfterGoodOne;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A good chunk then a broken chunk line, the connection left open: one 400, nothing after it — no
 * 408 of the body deadline, no 404 of an import route that ran (docs/decisions/0280).
 */
@QuarkusTest
class BrokenChunkAfterGoodOneTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void aSourceCreateIsAnsweredOnce() throws Exception {
    BrokenChunkAfterGoodOne.assertOneAnswer(
        root, "/api/v1/sources", Tokens.admin(), "application/json", "{\"title\": \"坏块来源\"", 4);
  }

  @Test
  void anImportToAnUnknownSourceIsAnsweredOnce() throws Exception {
    BrokenChunkAfterGoodOne.assertOneAnswer(
        root,
        "/api/v1/sources/" + UUID.randomUUID() + "/import",
        Tokens.admin(),
        "text/plain; charset=UTF-8",
        "一、问题\n1. 理论学习不深入\n",
        4);
  }
}
