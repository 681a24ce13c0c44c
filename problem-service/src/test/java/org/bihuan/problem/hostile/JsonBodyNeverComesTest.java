package org.bihuan.problem.hostile;

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
 * problem+json {@code body-too-slow}, by the body deadline, and the connection closed
 * (docs/decisions/0271, 0275). With the REST layer's own read timeout as short as the deadline, the
 * two must not race: before, the REST layer's blocking read of the body gave up first and closed
 * the connection without any answer.
 */
@QuarkusTest
@TestProfile(JsonBodyNeverComesTest.ShortTimeouts.class)
class JsonBodyNeverComesTest {

  public static class ShortTimeouts implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("bihuan.http.body-timeout", "2s", "quarkus.http.read-timeout", "2s");
    }
  }

  @TestHTTPResource("/")
  URL root;

  @Test
  void aProblemWhoseBodyNeverComesIsAnsweredOnce408() throws Exception {
    assertOne408("/api/v1/problems", Tokens.reporter("慢传人", null));
  }

  @Test
  void aSourceWhoseBodyNeverComesIsAnsweredOnce408() throws Exception {
    assertOne408("/api/v1/sources", Tokens.admin());
  }

  private void assertOne408(String path, String token) throws Exception {
    JsonBodyNeverComes.assertOne408(root, path, token, 1.5, 8, "the deadline is 2 s");
  }
}
