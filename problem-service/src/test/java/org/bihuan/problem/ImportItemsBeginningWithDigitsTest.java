package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * An item whose text begins with a digit right after its number's stop (2、3个二级单位…, 2.3个…, 3.5.6万元…)
 * is the item the list around it is missing, not a line of the item before, read through {@code
 * POST /sources/{id}/import?dryRun=true} from a text file and a .docx — while a line that begins
 * with an amount inside an item whose number follows later stays that item's text
 * (docs/decisions/0315).
 */
@QuarkusTest
class ImportItemsBeginningWithDigitsTest {

  private static Map<String, Object> item(String title, String category, int line) {
    return item(title, category, line, line);
  }

  private static Map<String, Object> item(String title, String category, int first, int last) {
    return problem(title, title + "。", List.of(category), lines(first, last, null), List.of());
  }

  @Test
  void anItemWhoseTextBeginsWithADigitIsTheListsItem() throws IOException {
    String list =
        """
        财政局2024年度自查问题清单
        一、预算管理方面
        1、部门预算执行率低。
        2、3个二级单位未编制绩效目标。
        3、2023年结余资金未及时上缴。
        二、资产管理方面
        1.2023年度部门预算执行率仅为60%。
        2.3个二级单位未编制资产台账。
        3.5.6万元结余资金未及时上缴。
        三、公务用车方面
        1.2台公务车辆未入账。
        """;
    List<Map<String, Object>> expected =
        List.of(
            item("部门预算执行率低", "预算管理方面", 3),
            item("3个二级单位未编制绩效目标", "预算管理方面", 4),
            item("2023年结余资金未及时上缴", "预算管理方面", 5),
            item("2023年度部门预算执行率仅为60%", "资产管理方面", 7),
            item("3个二级单位未编制资产台账", "资产管理方面", 8),
            item("5.6万元结余资金未及时上缴", "资产管理方面", 9),
            item("2台公务车辆未入账", "公务用车方面", 11));
    for (String format : List.of("text", "docx")) {
      JsonPath answer = ImportAnswers.dryRunPlan(format, list);
      assertEquals(expected, problems(answer), format);
      List<String> warnings = answer.getList("warnings");
      assertEquals(
          List.of(
              "Line 4 「2、3个二级单位未编制绩效目标。」 was read as item 2 of the list around it, its text"
                  + " beginning with the digit after 2、.",
              "Line 8 「2.3个二级单位未编制资产台账。」 was read as item 2 of the list around it, its text"
                  + " beginning with the digit after 2..",
              "Line 9 「3.5.6万元结余资金未及时上缴。」 was read as item 3 of the list around it, its text"
                  + " beginning with the digit after 3..",
              "Line 11 「1.2台公务车辆未入账。」 was read as item 1 of the list around it, its text"
                  + " beginning with the digit after 1.."),
          warnings.stream().filter(w -> w.contains("of the list around it")).toList(),
          format);
      assertEquals(
          List.of(), warnings.stream().filter(w -> w.contains("numbering jumps")).toList(), format);
    }
  }

  @Test
  void aLineBeginningWithAnAmountBeforeTheItemOfItsNumberStaysText() throws IOException {
    String list =
        """
        自查问题清单
        一、资金管理方面
        1.专项资金拨付不及时，涉及
        2.5万元未按期拨付到位。
        2.往来款项长期未清理。
        """;
    List<Map<String, Object>> expected =
        List.of(item("专项资金拨付不及时，涉及2.5万元未按期拨付到位", "资金管理方面", 3, 4), item("往来款项长期未清理", "资金管理方面", 5));
    for (String format : List.of("text", "docx")) {
      JsonPath answer = ImportAnswers.dryRunPlan(format, list);
      assertEquals(expected, problems(answer), format);
    }
  }
}
