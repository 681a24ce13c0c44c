package org.bihuan.report.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.bihuan.testing.MutationSuite;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every operation of report-service's served contract, sent valid and mutated requests with the
 * tokens of every role: no answer is 5xx and every 4xx is problem+json (issue 10, "Done when").
 */
@QuarkusTest
class MutationSuiteTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void noMutatedRequestGetsA5xxAndEvery4xxIsProblemJson() throws Exception {
    // Whatever the projection holds at this point serves: the suite reads ids from the lists.
    MutationSuite.Result result =
        new MutationSuite(
                "report-service",
                root.toURI(),
                List.of(
                    Tokens.admin(),
                    Tokens.reporter("王五", "党委办公室"),
                    Tokens.verifier("赵验收"),
                    Tokens.viewer()))
            .run();
    System.out.println(result.line());
    assertEquals(
        List.of(),
        result.failures().subList(0, Math.min(40, result.failures().size())),
        result.line());
  }
}
