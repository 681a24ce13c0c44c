package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A document of 5,000 identical problems gets one same-text warning naming the first ten places and
 * 「等 4,990 处」, not a warning of 100 KB; the dry run's answer grows with its problems, not with the
 * places its warnings name (the answer is its problems and less than 2 KB more). Through {@code
 * POST /sources/{id}/import?dryRun=true} from a text file (docs/decisions/0372).
 */
@QuarkusTest
class ImportBoundedWarningsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String plan(int problems) {
    StringBuilder text = new StringBuilder("县局整改方案\n一、问题清单及整改措施\n");
    for (int i = 1; i <= problems; i++) {
      text.append(i).append(".公文处理不及时。\n整改措施：规范公文流转。\n责任单位：办公室；整改时限：2024年6月30日\n");
    }
    return text.toString();
  }

  private static String dryRun(int problems) {
    return Api.dryRun(
        "同文问题" + problems,
        plan(problems).getBytes(StandardCharsets.UTF_8),
        "text/plain; charset=UTF-8");
  }

  @Test
  void aWarningNamesTenPlacesAndCountsTheRest() throws IOException {
    String many = dryRun(5_000);
    JsonPath answer = JsonPath.from(many);
    assertEquals(5_000, answer.getList("problems").size());
    List<String> warnings = answer.getList("warnings");
    assertEquals(1, warnings.size(), String.join("\n", warnings));
    String warning = warnings.get(0);
    assertEquals(
        "5000 problems of the document have the same text 「公文处理不及时」 (lines 3–5; lines 6–8;"
            + " lines 9–11; lines 12–14; lines 15–17; lines 18–20; lines 21–23; lines 24–26;"
            + " lines 27–29; lines 30–32 等 4,990 处): each is imported as a problem of its own, told"
            + " apart only by its number. Check that the document does not list one problem more"
            + " than once.",
        warning);
    // proportionate: the answer is its problems and little more, however many places repeat
    JsonNode tree = JSON.readTree(many);
    int all = JSON.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8).length;
    int problems =
        JSON.writeValueAsString(tree.get("problems")).getBytes(StandardCharsets.UTF_8).length;
    assertTrue(all - problems < 2_000, (all - problems) + " bytes beside the problems");
  }
}
