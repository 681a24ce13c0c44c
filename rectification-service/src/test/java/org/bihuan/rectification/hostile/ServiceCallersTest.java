package org.bihuan.rectification.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bihuan.testing.ServiceCallerTable;
import org.junit.jupiter.api.Test;

/**
 * Which service callers each route of rectification-service opens to (docs/decisions/0217): every
 * operation of the served contract × every trusted caller's service token. The change feed is read
 * by the two services that follow it; the directory is written and read by the OA sync job; every
 * other cell is 403 problem+json.
 */
@QuarkusTest
class ServiceCallersTest {

  static final Set<String> FEED_READERS = Set.of("report-service", "problem-service");
  static final Set<String> DIRECTORY = Set.of("oa-sync");

  @TestHTTPResource("/")
  URL root;

  @Test
  void eachRouteOpensOnlyToTheServiceCallersItNames() throws Exception {
    Map<String, Set<String>> table =
        Map.of(
            "GET /api/v1/events", FEED_READERS,
            "PUT /api/v1/directory/units/{externalId}", DIRECTORY,
            "PUT /api/v1/directory/people/{externalId}", DIRECTORY,
            "POST /api/v1/directory:sync", DIRECTORY,
            "GET /api/v1/directory/units", DIRECTORY,
            "GET /api/v1/directory/units/{externalId}", DIRECTORY,
            "GET /api/v1/directory/people", DIRECTORY,
            "GET /api/v1/directory/people/{externalId}", DIRECTORY);
    assertEquals(
        List.of(),
        ServiceCallerTable.mismatches(
            root.toURI(),
            "rectification-service",
            List.of("problem-service", "report-service", "oa-sync"),
            table));
  }
}
