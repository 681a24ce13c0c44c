package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A leader written before his post (王长春副局长, 王长春 副局长) or after a post with a note in brackets
 * (党委书记张长江（兼）) is stored by name, as 副局长王长春 and 张长江（兼） are, so that the reports count each leader
 * once; read through {@code POST /sources/{id}/import?dryRun=true} from a text file and a .docx
 * (docs/decisions/0321).
 */
@QuarkusTest
class ImportLeadersWrittenBeforeTheirPostsTest {

  private static final List<String> WRITTEN =
      List.of("王长春副局长", "王长春 副局长", "王长春同志", "张长江（兼）", "党委书记张长江（兼）", "刘副局长");

  private static final List<String> STORED = List.of("王长春", "王长春", "王长春", "张长江", "张长江", "刘副局长");

  @Test
  void aLeaderIsStoredByNameWhereverHisPostIsWritten() throws IOException {
    StringBuilder plan = new StringBuilder("县住建局整改方案\n\n一、存在的问题及整改措施\n");
    List<Map<String, Object>> expected = new ArrayList<>();
    for (int i = 0; i < WRITTEN.size(); i++) {
      int n = i + 1;
      plan.append(n)
          .append(".第")
          .append(n)
          .append("项问题未整改。\n整改措施：落实第")
          .append(n)
          .append("项要求。\n责任领导：")
          .append(WRITTEN.get(i))
          .append("\n责任单位：办公室\n整改时限：2025年6月30日\n");
      String title = "第" + n + "项问题未整改";
      expected.add(
          problem(
              title,
              title + "。",
              List.of(),
              lines(4 + 5 * i, 8 + 5 * i, null),
              List.of(
                  measure(
                      "落实第" + n + "项要求。",
                      List.of("办公室"),
                      STORED.get(i),
                      null,
                      "DEADLINE",
                      "2025-06-30"))));
    }
    for (String format : List.of("text", "docx")) {
      JsonPath answer = ImportAnswers.dryRunPlan(format, plan.toString());
      assertEquals(expected, problems(answer), format);
      assertEquals(
          List.of(
              "责任领导 written with a post are stored by name only, so that the reports count each"
                  + " leader once: 「王长春副局长」 → 「王长春」, 「王长春、副局长」 → 「王长春」, 「王长春同志」 → 「王长春」,"
                  + " 「张长江（兼）」 → 「张长江」, 「党委书记张长江（兼）」 → 「张长江」."),
          answer.<String>getList("warnings").stream().filter(w -> w.startsWith("责任领导")).toList(),
          format);
    }
  }
}
