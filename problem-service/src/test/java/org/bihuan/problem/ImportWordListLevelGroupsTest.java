package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunPath;
import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.bench.WordListLevels;
import org.junit.jupiter.api.Test;

/**
 * A Word plan whose group headings and problems are levels 0 and 1 of ONE automatic list, both
 * shown 1. 2.: the list level says which is the group, so each heading is the category of the
 * problems under it and not a problem of its own. A .docx written by POI through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0347).
 */
@QuarkusTest
class ImportWordListLevelGroupsTest {

  static final String PLAN =
      """
      list: decimal %1.; decimal %2.
      ××区卫健局党组关于巡察反馈问题的整改方案
      <0>思想政治方面
      <1>理论学习不够深入，学用结合不紧。
      整改措施：制定党组理论学习中心组年度学习计划。
      责任单位：卫健局办公室　责任人：韩晓东　完成时限：2025年3月31日
      <1>意识形态工作责任制落实不到位。
      <0>组织建设方面
      <1>基层支部“三会一课”记录不全。
      整改措施：开展支部记录本专项检查。
      责任单位：机关党委　责任人：邬海燕　完成时限：2025年4月30日
      """;

  @Test
  void levelZeroItemsOverLevelOneItemsAreCategories() throws IOException {
    byte[] docx = WordListLevels.docx(PLAN.lines().toList());
    JsonPath answer = dryRunPath("表格导入", docx, DocumentText.DOCX);
    assertEquals(
        List.of(
            problem(
                "理论学习不够深入，学用结合不紧",
                "理论学习不够深入，学用结合不紧。",
                List.of("思想政治方面"),
                lines(3, 5, null),
                List.of(
                    measure(
                        "制定党组理论学习中心组年度学习计划。",
                        List.of("卫健局办公室"),
                        null,
                        "韩晓东",
                        "DEADLINE",
                        "2025-03-31"))),
            problem(
                "意识形态工作责任制落实不到位",
                "意识形态工作责任制落实不到位。",
                List.of("思想政治方面"),
                lines(6, 6, null),
                List.of()),
            problem(
                "基层支部“三会一课”记录不全",
                "基层支部“三会一课”记录不全。",
                List.of("组织建设方面"),
                lines(8, 10, null),
                List.of(
                    measure(
                        "开展支部记录本专项检查。", List.of("机关党委"), null, "邬海燕", "DEADLINE", "2025-04-30")))),
        problems(answer),
        answer.prettify());
  }
}
