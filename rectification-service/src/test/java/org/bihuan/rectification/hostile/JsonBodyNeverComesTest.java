package org.bihuan.rectification.hostile;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.util.Map;
import org.bihuan.testing.JsonBodyNeverComes;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A JSON body announced by its head and never sent, the connection kept open: answered once, 408
 * problem+json {@code body-too-slow}, and the connection closed (docs/decisions/0271, 0275). Here
 * the REST layer's own read timeout (2 s) is shorter than the body deadline (5 s): its blocking
 * read of the body gives up first and closes the connection, and the 408 is written before that
 * close; before, the connection closed without any answer.
 */
@QuarkusTest
@TestProfile(JsonBodyNeverComesTest.ShortTimeouts.class)
class JsonBodyNeverComesTest {

  public static class ShortTimeouts implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("bihuan.http.body-timeout", "5s", "quarkus.http.read-timeout", "2s");
    }
  }

  @TestHTTPResource("/")
  URL root;

  @Test
  void aTicketWhoseBodyNeverComesIsAnsweredOnce408() throws Exception {
    assertOne408("/api/v1/tickets", Tokens.admin());
  }

  private void assertOne408(String path, String token) throws Exception {
    JsonBodyNeverComes.assertOne408(root, path, token, 1.5, 4.5, "the read timeout is 2 s");
  }
}
