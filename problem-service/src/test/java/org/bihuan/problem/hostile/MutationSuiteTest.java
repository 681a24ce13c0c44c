package org.bihuan.problem.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.bihuan.problem.support.Api;
import org.bihuan.testing.MutationSuite;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Every operation of problem-service's served contract, sent valid and mutated requests with the
 * tokens of every role: no answer is 5xx and every 4xx is problem+json (issue 10, "Done when").
 */
@QuarkusTest
class MutationSuiteTest {

  @TestHTTPResource("/")
  URL root;

  @Test
  void noMutatedRequestGetsA5xxAndEvery4xxIsProblemJson() throws Exception {
    String source = Api.source("变异测试来源");
    Api.problem(source, List.of("（一）理论学习方面"), "变异测试问题");
    MutationSuite.Result result =
        new MutationSuite(
                "problem-service",
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
