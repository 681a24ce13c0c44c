package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageFurnitureTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "— 1 —|true",
        "- 2 -|true",
        "－ 12 －|true",
        "3|true",
        "第 3 页 共 5 页|true",
        "第3页/共5页|true",
        "共 5 页 第 3 页|true",
        "3 / 5|true",
        "Page 3 of 5|true",
        "·4·|true",
        "1.|false",
        "2024年|false",
        "一、存在的问题|false",
        "第三页|false",
      })
  void pageNumbersHaveTheseShapes(String line, boolean pageNumber) {
    assertEquals(pageNumber, PageFurniture.isPageNumber(line));
  }

  @Test
  void runningHeadersAndPageNumbersGoAndASentenceCutByAPageBreakIsJoined() {
    List<List<String>> pages =
        List.of(
            List.of("××局整改方案", "一、存在的问题", "1.预算执行缓慢，部分", "— 1 —"),
            List.of("××局整改方案", "资金长期闲置。", "2.资产账实不符。", "— 2 —"),
            List.of("××局整改方案", "3.合同管理不规范。", "— 3 —", ""));
    assertEquals(
        List.of(
            List.of("一、存在的问题", "1.预算执行缓慢，部分资金长期闲置。"),
            List.of("2.资产账实不符。"),
            List.of("3.合同管理不规范。", "")),
        PageFurniture.strip(pages));
  }

  @Test
  void aLineAtTheTopOfTwoPagesIsAHeaderOnlyWithoutALabel() {
    List<List<String>> pages =
        List.of(
            List.of("1.学习不深的问题", "整改措施：制定计划。"),
            List.of("责任单位：办公室", "2.调研不实的问题", "整改措施：开展调研。"),
            List.of("责任单位：办公室", "3.作风不实的问题"));
    assertEquals(pages, PageFurniture.strip(pages));
  }

  @Test
  void aPageThatEndsASentenceIsNotJoinedToTheNextAndNeitherIsANumberedLine() {
    List<List<String>> pages =
        List.of(List.of("1.学习不深，部分", "党员学习流于形式"), List.of("2.调研不实。"), List.of("整改措施：制定计划。"));
    assertEquals(
        List.of(List.of("1.学习不深，部分", "党员学习流于形式"), List.of("2.调研不实。"), List.of("整改措施：制定计划。")),
        PageFurniture.strip(pages));
  }

  @Test
  void aNumberedLineOrALineBelowThePagesOwnTextIsNeverAHeaderHoweverAlike() {
    List<List<String>> pages =
        List.of(
            List.of("××单位整改方案 第 1 页", "1. 第1考点考务不规范的问题", "考务管理方面", "整改措施：规范考务。"),
            List.of("××单位整改方案 第 2 页", "2. 第2考点考务不规范的问题", "考务管理方面", "整改措施：规范考务。"),
            List.of("××单位整改方案 第 3 页", "3. 第3考点考务不规范的问题", "考务管理方面", "整改措施：规范考务。"));
    List<String> warnings = new java.util.ArrayList<>();
    assertEquals(
        List.of(
            List.of("1. 第1考点考务不规范的问题", "考务管理方面", "整改措施：规范考务。"),
            List.of("2. 第2考点考务不规范的问题", "考务管理方面", "整改措施：规范考务。"),
            List.of("3. 第3考点考务不规范的问题", "考务管理方面", "整改措施：规范考务。")),
        PageFurniture.strip(pages, warnings));
    assertEquals(
        List.of(
            "The line 「××单位整改方案第 1 页」, repeated at the top or bottom of page(s) 1–3, was read as a"
                + " running header or footer and left out of the text."),
        warnings);
  }
}
