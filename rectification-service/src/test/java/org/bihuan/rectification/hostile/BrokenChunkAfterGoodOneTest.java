package org.bihuan.rectification.hostile;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.bihuan.testing.BrokenChunkAfterGoodOne;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A good chunk then a broken chunk line, the connection left open: one 400, nothing after it, and
 * no progress stored (docs/decisions/0280).
 */
@QuarkusTest
class BrokenChunkAfterGoodOneTest {

  private static final String UNIT = "党委办公室";

  @TestHTTPResource("/")
  URL root;

  @Test
  void aProgressReportIsAnsweredOnceAndNotStored() throws Exception {
    String ticketId = HostileFixtures.ticket(UNIT);
    BrokenChunkAfterGoodOne.assertOneAnswer(
        root,
        "/api/v1/tickets/" + ticketId + "/progress",
        Tokens.reporter("王五", UNIT),
        "application/json",
        "{\"note\": \"坏块进展\", \"percent\": 20}",
        4);
    HostileFixtures.noneStored(ticketId, "progress");
  }

  @Test
  void aTicketCreateIsAnsweredOnce() throws Exception {
    BrokenChunkAfterGoodOne.assertOneAnswer(
        root, "/api/v1/tickets", Tokens.admin(), "application/json", "{\"title\": \"坏块\"", 4);
  }
}
