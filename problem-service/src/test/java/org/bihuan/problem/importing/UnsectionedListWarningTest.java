package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 问题清单 without a section such as 一、存在的问题: its warning says what its headings became — the
 * categories of the items under them — instead of only that no section heading was recognised.
 */
class UnsectionedListWarningTest {

  private final OutlineParser parser = new OutlineParser();

  @Test
  void headingsReadAsCategoriesAreNamedInTheWarning() {
    ParsedDocument doc =
        parser.parse(
            "××县民政局巡察反馈问题清单\n一、党的领导弱化方面\n1.学习制度执行不严格。\n2.意识形态工作责任制落实不到位。\n"
                + "二、党的建设缺失方面\n3.基层党组织建设薄弱。\n");
    assertEquals(
        List.of(List.of("党的领导弱化方面"), List.of("党的领导弱化方面"), List.of("党的建设缺失方面")),
        doc.problems().stream().map(ParsedProblem::categoryPath).toList());
    assertEquals(
        List.of(
            "No section heading such as 一、存在的问题 was recognised: the 2 headings 「党的领导弱化方面」… were"
                + " read as the categories of the numbered items under them, and those items as"
                + " problems."),
        doc.warnings());
  }

  @Test
  void oneHeadingIsNamedAlone() {
    ParsedDocument doc = parser.parse("一、党的领导弱化方面\n1.学习制度执行不严格。\n2.意识形态工作责任制落实不到位。\n");
    assertEquals(
        List.of(
            "No section heading such as 一、存在的问题 was recognised: the heading 「党的领导弱化方面」 was read"
                + " as the category of the numbered items under them, and those items as problems."),
        doc.warnings());
  }

  @Test
  void numberedItemsWithoutHeadingsKeepThePlainWarning() {
    ParsedDocument doc = parser.parse("问题清单\n1.学习制度执行不严格。\n2.意识形态工作责任制落实不到位。\n");
    assertEquals(2, doc.problems().size());
    assertEquals(
        List.of(
            "No section heading such as 一、存在的问题 was recognised; the numbered items were read as"
                + " problems."),
        doc.warnings());
  }
}
