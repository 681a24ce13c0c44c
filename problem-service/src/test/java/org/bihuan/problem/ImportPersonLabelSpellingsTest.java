package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan's duty lines naming the person as 负责人：, 具体负责人： or 责任人员： beside the unit's label: the
 * measure's 责任人, not text of the problem; 负责人 inside a problem's or a measure's sentence
 * (单位负责人履职不到位) stays text. Text and a .docx of paragraphs through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0410).
 */
@QuarkusTest
class ImportPersonLabelSpellingsTest {

  static final String PLAN =
      """
      整改方案
      一、存在的问题
      1.部分单位负责人履职不到位。
      整改措施：组织单位负责人专题培训。
      责任单位：组织科　负责人：周敏　完成时限：2024年12月31日
      2.项目负责人变更未备案。
      整改措施：建立项目负责人变更备案制度。
      责任科室：项目办　具体负责人：黄磊　完成期限：2024年10月31日
      3.消防通道堆放杂物。
      整改措施：清理消防通道并每周巡查。
      主责部门：后勤服务中心；责任人员：吴强；牵头领导：马国庆；整改期限：2024年9月30日
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void fuzerenJutiFuzerenAndZerenRenyuanNameThePerson(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, PLAN);
    assertEquals(
        List.of(
            problem(
                "部分单位负责人履职不到位",
                "部分单位负责人履职不到位。",
                List.of(),
                lines(3, 5, null),
                List.of(
                    measure("组织单位负责人专题培训。", List.of("组织科"), null, "周敏", "DEADLINE", "2024-12-31"))),
            problem(
                "项目负责人变更未备案",
                "项目负责人变更未备案。",
                List.of(),
                lines(6, 8, null),
                List.of(
                    measure(
                        "建立项目负责人变更备案制度。", List.of("项目办"), null, "黄磊", "DEADLINE", "2024-10-31"))),
            problem(
                "消防通道堆放杂物",
                "消防通道堆放杂物。",
                List.of(),
                lines(9, 11, null),
                List.of(
                    measure(
                        "清理消防通道并每周巡查。",
                        List.of("后勤服务中心"),
                        "马国庆",
                        "吴强",
                        "DEADLINE",
                        "2024-09-30")))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void fuzerenAfterTheWordItHeadsIsNoLabelOfItsOwn(String format) throws IOException {
    // 项目负责人：刘洋 is not 项目 as a unit and 负责人：刘洋: since 0424 it names the person as a whole
    JsonPath answer =
        dryRunPlan(
            format,
            """
            某局巡察反馈问题整改方案
            1、食堂管理不规范。
            整改措施：建立食堂管理制度。
            责任单位：后勤处，项目负责人：刘洋；完成时限：2025年6月30日
            """);
    assertEquals(List.of("后勤处"), answer.getList("problems[0].measures[0].responsibleUnits"));
    assertEquals("刘洋", answer.getString("problems[0].measures[0].responsiblePerson"));
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
