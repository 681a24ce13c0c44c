package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPlan;
import static org.bihuan.problem.support.ImportAnswers.lines;
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
 * Problems numbered in Roman numerals (Ⅰ. Ⅱ.) under a group numbered 1. 2. 3.: a level below the
 * group, its problems in the group's category — no empty problem made of the group's heading, no
 * problem that is its own category, no numbering said to jump. From a text and a .docx of
 * paragraphs through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0343).
 */
@QuarkusTest
class ImportRomanNumberedPointsTest {

  static final String REPORT =
      """
      县供销社2024年度内部审计自查报告
      一、发现的主要问题
      1.固定资产管理方面
      （1）闲置仓库未及时盘活。
      （2）资产卡片信息缺失。
      2.票据管理方面
      Ⅰ.收据领用登记不全。
      Ⅱ.作废票据未按规定保存。
      3.印章管理方面
      Ⅰ.公章外借审批手续缺失。
      """;

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void romanItemsAreProblemsOfTheGroupAboveThem(String format) throws IOException {
    JsonPath answer = dryRunPlan(format, REPORT);
    assertEquals(
        List.of(
            problem("闲置仓库未及时盘活", "闲置仓库未及时盘活。", List.of("固定资产管理方面"), lines(4, 4, null), List.of()),
            problem("资产卡片信息缺失", "资产卡片信息缺失。", List.of("固定资产管理方面"), lines(5, 5, null), List.of()),
            problem("收据领用登记不全", "收据领用登记不全。", List.of("票据管理方面"), lines(7, 7, null), List.of()),
            problem("作废票据未按规定保存", "作废票据未按规定保存。", List.of("票据管理方面"), lines(8, 8, null), List.of()),
            problem(
                "公章外借审批手续缺失", "公章外借审批手续缺失。", List.of("印章管理方面"), lines(10, 10, null), List.of())),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
