package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.FormatFiles;
import org.junit.jupiter.api.Test;

/**
 * A problem or measure number followed at once by a year (1.2023年以来…, 1、2024年…, 2.2024年1月…,
 * 5.2023年度…) is the item's number, read through {@code POST /sources/{id}/import?dryRun=true} from
 * a text file and a .docx: the problems keep their groups and lose the number from their titles,
 * two such problems share the 整改措施 given for both, and measures so numbered on one line are split
 * (docs/decisions/0305).
 */
@QuarkusTest
class ImportNumbersBeforeYearsTest {

  private static List<JsonPath> textAndWord(String document) throws IOException {
    return List.of(
        TableImportTest.dryRun(
            document.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8"),
        TableImportTest.dryRun(FormatFiles.paragraphs(document), DocumentText.DOCX));
  }

  @Test
  void aProblemNumberFollowedByAYearIsTheProblemsNumber() throws IOException {
    String plan =
        """
        ××区城市管理局巡察反馈问题整改方案
        一、存在问题及整改措施
        （一）为民服务方面
        1.2023年以来12345热线投诉办理不及时，超期办结工单达136件。
        整改措施：建立12345热线工单日调度机制。
        责任单位：办公室
        整改时限：2024年6月30日
        2、2024年1月至3月共有8件工单被重复派发。
        整改措施：规范工单派发流程。
        责任单位：指挥中心
        整改时限：2024年9月30日
        （二）数字城管方面
        3．2023年度数字城管案件结案率仅为85%。
        整改措施：将结案率纳入2024年度绩效考核。
        责任单位：数字城管中心
        责任人：赵敏
        整改时限：2024年11月30日
        """;
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "2023年以来12345热线投诉办理不及时，超期办结工单达136件",
                "2023年以来12345热线投诉办理不及时，超期办结工单达136件。",
                List.of("为民服务方面"),
                lines(4, 7, null),
                List.of(
                    measure(
                        "建立12345热线工单日调度机制。",
                        List.of("办公室"),
                        null,
                        null,
                        "DEADLINE",
                        "2024-06-30"))),
            problem(
                "2024年1月至3月共有8件工单被重复派发",
                "2024年1月至3月共有8件工单被重复派发。",
                List.of("为民服务方面"),
                lines(8, 11, null),
                List.of(
                    measure("规范工单派发流程。", List.of("指挥中心"), null, null, "DEADLINE", "2024-09-30"))),
            problem(
                "2023年度数字城管案件结案率仅为85%",
                "2023年度数字城管案件结案率仅为85%。",
                List.of("数字城管方面"),
                lines(13, 17, null),
                List.of(
                    measure(
                        "将结案率纳入2024年度绩效考核。",
                        List.of("数字城管中心"),
                        null,
                        "赵敏",
                        "DEADLINE",
                        "2024-11-30"))));
    for (JsonPath answer : textAndWord(plan)) {
      assertEquals(expected, problems(answer), answer.prettify());
      assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
    }
  }

  @Test
  void twoProblemsNumberedBeforeYearsShareTheMeasureGivenForBoth() throws IOException {
    String plan =
        """
        ××局整改方案
        一、存在问题及整改措施
        （一）为民服务方面
        1.2023年度考核排名靠后。
        2.2024年上半年投诉量同比上升30%。
        以上问题整改措施：建立考核分析制度。
        责任单位：办公室
        整改时限：2024年9月30日
        """;
    Map<String, Object> shared =
        measure("建立考核分析制度。", List.of("办公室"), null, null, "DEADLINE", "2024-09-30");
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "2023年度考核排名靠后",
                "2023年度考核排名靠后。",
                List.of("为民服务方面"),
                lines(4, 4, null),
                List.of(shared)),
            problem(
                "2024年上半年投诉量同比上升30%",
                "2024年上半年投诉量同比上升30%。", List.of("为民服务方面"), lines(5, 5, null), List.of(shared)));
    for (JsonPath answer : textAndWord(plan)) {
      assertEquals(expected, problems(answer), answer.prettify());
      assertEquals(
          List.of(
              "Line 6 「以上问题整改措施：建立考核分析制度。」: 以上2个问题（1、2）共用整改措施; its 1 measure(s), with"
                  + " their 责任单位, 责任人 and 整改时限, were given to each of them."),
          answer.getList("warnings"),
          answer.prettify());
    }
  }

  @Test
  void measuresNumberedBeforeYearsOnOneLineAreSplit() throws IOException {
    String plan =
        """
        ××整改方案
        一、存在问题
        1.台账资料不全。
        整改措施：1.2023年以来的台账全部补齐；2.2024年起每月通报台账情况。
        责任单位：1.办公室；2.财务处
        整改时限：1.2024年6月30日；2.2024年12月31日
        """;
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "台账资料不全",
                "台账资料不全。",
                List.of(),
                lines(3, 6, null),
                List.of(
                    measure("2023年以来的台账全部补齐", List.of("办公室"), null, null, "DEADLINE", "2024-06-30"),
                    measure(
                        "2024年起每月通报台账情况。", List.of("财务处"), null, null, "DEADLINE", "2024-12-31"))));
    for (JsonPath answer : textAndWord(plan)) {
      assertEquals(expected, problems(answer), answer.prettify());
      assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
    }
  }
}
