package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plans whose problems are numbered 1.1 / 1.2 under a group heading (（一）… or a plain 1. …), read
 * through {@code POST /sources/{id}/import?dryRun=true}: one problem per item, the group its
 * category (docs/decisions/0281).
 */
@QuarkusTest
class ImportPlanDecimalItemsTest {

  private static JsonPath text(String document) {
    return TableImportTest.dryRun(
        document.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
  }

  @Test
  void decimalItemsUnderABracketedGroupAreItsProblemsEvenWhenOneStartsWith项() {
    JsonPath answer = text(twoBudgetItems(" "));
    assertTwoBudgetProblems(answer);
    assertEquals(
        List.of(List.of(List.of("预算科")), List.of(List.of("预算科"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of("孔亮"), List.of("孔亮")),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(
        List.of(Arrays.asList((Object) null), Arrays.asList((Object) null)),
        answer.getList("problems.measures.leaderInCharge"));
    assertEquals(
        List.of(List.of("DEADLINE"), List.of("DEADLINE")),
        answer.getList("problems.measures.timing"));
  }

  @Test
  void decimalItemsWrittenWithoutASpaceAreProblemsToo() {
    assertTwoBudgetProblems(text(twoBudgetItems("")));
  }

  /** Two items 1.1 and 1.2 under （一）预算管理方面, {@code gap} between each number and its text. */
  private static String twoBudgetItems(String gap) {
    return """
        内部审计问题整改方案
        一、存在的问题
        （一）预算管理方面
        1.1%s预算编制不细化。
        整改措施：细化预算编制。
        责任单位：预算科　责任人：孔亮　整改时限：2025年10月31日
        1.2%s项目支出预算调整频繁。
        整改措施：严格预算调整审批。
        责任单位：预算科　责任人：孔亮　整改时限：2025年11月30日
        """
        .formatted(gap, gap);
  }

  private static void assertTwoBudgetProblems(JsonPath answer) {
    assertEquals(
        List.of("预算编制不细化", "项目支出预算调整频繁"), answer.getList("problems.title"), answer.prettify());
    assertEquals(
        List.of(List.of("预算管理方面"), List.of("预算管理方面")), answer.getList("problems.categoryPath"));
    assertEquals(
        List.of(List.of("细化预算编制。"), List.of("严格预算调整审批。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of("2025-10-31"), List.of("2025-11-30")),
        answer.getList("problems.measures.deadline"));
    assertEquals(List.of(List.of(4, 6), List.of(7, 9)), answer.getList("problems.origin.lines"));
    assertEquals(List.of(), answer.getList("warnings"));
  }

  @Test
  void aSectionsOnlyDecimalItemIsAProblemWhereOtherSectionsNumberSo() {
    JsonPath answer =
        text(
            """
            内部审计问题整改方案
            一、存在的问题
            1. 预算管理方面
            1.1 预算编制不细化。
            整改措施：细化预算编制。
            责任单位：预算科　责任人：孔亮　整改时限：2025年10月31日
            1.2 支出预算调整频繁。
            整改措施：严格预算调整审批。
            责任单位：预算科　责任人：孔亮　整改时限：2025年11月30日
            2. 收入管理方面
            2.1 非税收入未及时上缴国库。
            整改措施：建立收缴台账。
            责任单位：收费管理科　责任人：宋江　整改时限：立行立改
            """);
    assertEquals(
        List.of("预算编制不细化", "支出预算调整频繁", "非税收入未及时上缴国库"),
        answer.getList("problems.title"),
        answer.prettify());
    assertEquals(
        List.of(List.of("预算管理方面"), List.of("预算管理方面"), List.of("收入管理方面")),
        answer.getList("problems.categoryPath"));
    assertEquals(
        List.of(List.of("细化预算编制。"), List.of("严格预算调整审批。"), List.of("建立收缴台账。")),
        answer.getList("problems.measures.measure"));
    assertEquals(
        List.of(List.of(List.of("预算科")), List.of(List.of("预算科")), List.of(List.of("收费管理科"))),
        answer.getList("problems.measures.responsibleUnits"));
    assertEquals(
        List.of(List.of("孔亮"), List.of("孔亮"), List.of("宋江")),
        answer.getList("problems.measures.responsiblePerson"));
    assertEquals(
        List.of(List.of("DEADLINE"), List.of("DEADLINE"), List.of("IMMEDIATE")),
        answer.getList("problems.measures.timing"));
    assertEquals(
        List.of(List.of("2025-10-31"), List.of("2025-11-30"), Arrays.asList((Object) null)),
        answer.getList("problems.measures.deadline"));
    assertEquals(
        List.of(List.of(4, 6), List.of(7, 9), List.of(11, 13)),
        answer.getList("problems.origin.lines"));
    assertEquals(List.of(), answer.getList("warnings"));
  }
}
