package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bihuan.problem.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Problems listed first and their measures in a later section (一、存在问题 … 二、整改措施, with （一）针对…的问题
 * sub-headings; docs/decisions/0318): a sub-heading that names a problem by its text or its number
 * gives that problem its measures; one that names none leaves its measures unlinked, each named in
 * a warning.
 */
@QuarkusTest
class ImportMeasuresInALaterSectionTest {

  static final String TEXT =
      """
      XX支部专题组织生活会整改方案
      一、存在问题
      1.理论学习不够深入。
      2.组织生活不够规范。
      3.联系群众不够紧密。
      二、整改措施
      （一）针对理论学习不够深入的问题
      1.制定年度学习计划。
      2.每月开展一次专题学习。
      （二）针对第2个问题
      1.严格落实“三会一课”制度。
      （三）针对作风方面的问题
      1.建立联系群众台账。
      """;

  @Test
  void measuresUnderASubHeadingNamingAProblemAreItsOwn() {
    JsonPath dry =
        JsonPath.from(
            Api.dryRun(
                "整改措施另列一节", TEXT.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8"));
    assertEquals(
        List.of("理论学习不够深入", "组织生活不够规范", "联系群众不够紧密"), dry.getList("problems.title"), dry.prettify());
    assertEquals(
        List.of(List.of("制定年度学习计划。", "每月开展一次专题学习。"), List.of("严格落实“三会一课”制度。"), List.of()),
        dry.getList("problems.measures.measure"),
        dry.prettify());
    // the measures of a sub-heading naming no problem stay a proposed measure, as before
    assertEquals(List.of("针对作风方面的问题"), dry.getList("proposedMeasures.title"), dry.prettify());
    assertEquals(
        List.of(
            "Line 13: the measure 「建立联系群众台账。」 under 「针对作风方面的问题」 names no problem of the"
                + " document by its text or number; it is a proposed measure, linked to no"
                + " problem."),
        dry.getList("warnings", String.class).stream()
            .filter(w -> w.contains("linked to no problem"))
            .toList(),
        dry.prettify());
  }
}
