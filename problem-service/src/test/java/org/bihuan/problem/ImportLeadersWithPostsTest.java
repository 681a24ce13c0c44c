package org.bihuan.problem;

import static org.bihuan.problem.ParagraphImports.TEXT;
import static org.bihuan.problem.ParagraphImports.commit;
import static org.bihuan.problem.ParagraphImports.dryRun;
import static org.bihuan.problem.ParagraphImports.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Leaders written with their posts are stored by name, two leaders as two. */
@QuarkusTest
class ImportLeadersWithPostsTest {

  @Test
  void leadersWrittenWithPostsAreStoredByNameAndTwoLeadersAsTwo() {
    byte[] body =
        text(
            List.of(
                "××局巡察整改方案",
                "一、存在问题及整改措施",
                "1.财务审批不严格的问题",
                "整改措施：完善财务审批制度。",
                "责任领导：局党组书记、局长张三",
                "责任单位：财务科；整改时限：2024年9月30日",
                "2.食堂管理不规范的问题",
                "整改措施：完善食堂管理制度。",
                "责任领导：张三（科长）",
                "责任单位：后勤科；整改时限：2024年10月31日",
                "3.公务用车管理不规范的问题",
                "整改措施：完善派车登记制度。",
                "责任领导：王五、赵六",
                "责任单位：办公室；整改时限：2024年11月30日"));
    for (JsonPath answer : List.of(dryRun(body, TEXT), commit(body, TEXT))) {
      assertEquals(
          List.of(List.of("张三"), List.of("张三"), List.of("王五、赵六")),
          answer.getList("problems.measures.leaderInCharge"),
          answer.prettify());
      assertEquals(
          List.of(List.of(List.of("财务科")), List.of(List.of("后勤科")), List.of(List.of("办公室"))),
          answer.getList("problems.measures.responsibleUnits"));
      assertEquals(
          List.of(
              "责任领导 written with a post are stored by name only, so that the reports count each"
                  + " leader once: 「局党组书记、局长张三」 → 「张三」, 「张三（科长）」 → 「张三」."),
          answer.getList("warnings"));
    }
  }

  @Test
  void leadersWrittenWithPostsBeforeAfterOrInBracketsAreStoredByName() {
    List<String> leaders =
        List.of(
            "局党组成员、副局长李四",
            "副局长兼党组成员李四",
            "张三（党组书记、局长）",
            "张三(兼)",
            "李四同志",
            "副局长：王五",
            "张三（党组书记） 李四（副局长）",
            "局长、副局长");
    List<String> lines = new java.util.ArrayList<>(List.of("××局巡察整改方案", "一、存在问题及整改措施"));
    for (int i = 0; i < leaders.size(); i++) {
      lines.add((i + 1) + ".第" + (i + 1) + "项制度执行不到位的问题");
      lines.add("整改措施：完善制度" + (i + 1) + "。");
      lines.add("责任领导：" + leaders.get(i));
      lines.add("责任单位：办公室；整改时限：2024年9月30日");
    }
    byte[] body = text(lines);
    for (JsonPath answer : List.of(dryRun(body, TEXT), commit(body, TEXT))) {
      assertEquals(
          List.of(
              List.of("李四"),
              List.of("李四"),
              List.of("张三"),
              List.of("张三"),
              List.of("李四"),
              List.of("王五"),
              List.of("张三、李四"),
              // posts alone name no person (0251)
              java.util.Arrays.asList((String) null)),
          answer.getList("problems.measures.leaderInCharge"),
          answer.prettify());
      assertEquals(
          java.util.Collections.nCopies(8, List.of(List.of("办公室"))),
          answer.getList("problems.measures.responsibleUnits"));
      assertEquals(
          java.util.Collections.nCopies(8, List.of("2024-09-30")),
          answer.getList("problems.measures.deadline"));
      List<String> warnings = answer.getList("warnings");
      assertEquals(2, warnings.size(), String.join("\n", warnings));
      assertEquals(
          "责任领导 「局长、副局长」 names posts and no person; no leader was stored for the measure(s) that"
              + " give it (a leader is stored by name): fill in the leader's name.",
          warnings.get(0));
      assertEquals(true, warnings.get(1).contains("「局党组成员、副局长李四」 → 「李四」"), warnings.get(1));
    }
  }
}
