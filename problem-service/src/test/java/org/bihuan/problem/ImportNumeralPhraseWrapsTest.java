package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
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
 * A problem's text wrapped right before an ordinary phrase of two Chinese numerals (三、四季度, 二、三级医院,
 * 一、二类疫苗, 三、四级手术) that reads like a section's number 三、: where the line above does not end its
 * sentence and the "section" makes no sense as one (its number going backwards or jumping, or the
 * problem's 整改措施 and duties right under it), the line goes on with the problem — in a text file and
 * in a PDF whose line ends at the right edge of its text — while a real section 二、 after the
 * problems stays one. Read through {@code POST /sources/{id}/import?dryRun=true}
 * (docs/decisions/0361).
 */
@QuarkusTest
class ImportNumeralPhraseWrapsTest {

  static final String PLAN =
      """
      县卫生健康局关于巡察反馈问题的整改方案
      一、问题清单及整改措施
      （一）财务管理方面
      1.预算执行进度不均衡，专项资金支出集中在
      三、四季度，年底突击花钱问题突出。
      整改措施：按月通报预算执行进度。
      责任领导：刘明；责任单位：财务股；责任人：陈红；整改时限：2024年12月31日
      2.医疗服务价格监管不到位，部分
      二、三级医院存在超标准收费。
      整改措施：开展医疗服务价格专项检查。
      责任领导：刘明；责任单位：医政股；责任人：赵敏；整改时限：2024年10月31日
      （二）疾病防控方面
      1.疫苗管理不规范，部分接种单位
      一、二类疫苗未分区存放。
      整改措施：开展疫苗储存专项检查。
      责任领导：孙伟；责任单位：疾控股；责任人：周亮；整改时限：2024年9月30日
      2.手术分级管理不严格，个别医院
      三、四级手术未按规定审批。
      整改措施：规范手术分级授权管理。
      责任领导：孙伟；责任单位：医政股；责任人：赵敏；整改时限：2024年11月30日
      二、整改工作要求
      各股室要高度重视，按时完成整改任务。
      """;

  /** The same kind of plan as a PDF, each wrapped line reaching the right edge of the text. */
  static final String LAID_OUT =
      String.join(
          "\n",
          "县卫生健康局巡察反馈问题整改方案",
          "一、问题清单及整改措施",
          "（一）财务管理方面",
          "1.预算执行进度不均衡，全县大部分专项资金支出都集中在年度的",
          "三、四季度支付，年底突击花钱问题突出。",
          "整改措施：按月通报预算执行进度。",
          "责任领导：刘明；责任单位：财务股；责任人：陈红",
          "整改时限：2024年12月31日",
          "2.医疗服务价格监管不到位，县域内部分民营医院和公立医院中的",
          "二、三级医院存在超标准收费问题。",
          "整改措施：开展医疗服务价格专项检查。",
          "责任领导：刘明；责任单位：医政股；责任人：赵敏",
          "整改时限：2024年10月31日",
          "（二）队伍建设方面",
          "1.干部培训不足。",
          "整改措施：制定年度培训计划。",
          "责任领导：孙伟；责任单位：人事股；责任人：周亮",
          "整改时限：2024年9月30日");

  private static Map<String, Object> wrapped(
      String text, String group, Map<String, Object> origin, Map<String, Object> measure) {
    return problem(
        text.substring(0, text.length() - 1), text, List.of(group), origin, List.of(measure));
  }

  @Test
  void aWrappedPhraseOfTwoNumeralsGoesOnWithTheProblemInAText() throws IOException {
    JsonPath answer = ImportAnswers.dryRunPlan("text", PLAN);
    assertEquals(
        List.of(
            wrapped(
                "预算执行进度不均衡，专项资金支出集中在三、四季度，年底突击花钱问题突出。",
                "财务管理方面",
                lines(4, 7, null),
                measure("按月通报预算执行进度。", List.of("财务股"), "刘明", "陈红", "DEADLINE", "2024-12-31")),
            wrapped(
                "医疗服务价格监管不到位，部分二、三级医院存在超标准收费。",
                "财务管理方面",
                lines(8, 11, null),
                measure("开展医疗服务价格专项检查。", List.of("医政股"), "刘明", "赵敏", "DEADLINE", "2024-10-31")),
            wrapped(
                "疫苗管理不规范，部分接种单位一、二类疫苗未分区存放。",
                "疾病防控方面",
                lines(13, 16, null),
                measure("开展疫苗储存专项检查。", List.of("疾控股"), "孙伟", "周亮", "DEADLINE", "2024-09-30")),
            wrapped(
                "手术分级管理不严格，个别医院三、四级手术未按规定审批。",
                "疾病防控方面",
                lines(17, 20, null),
                measure("规范手术分级授权管理。", List.of("医政股"), "孙伟", "赵敏", "DEADLINE", "2024-11-30"))),
        problems(answer),
        answer.prettify());
    List<String> warnings = answer.getList("warnings");
    assertEquals(
        List.of(5, 9, 14, 18),
        warnings.stream()
            .filter(w -> w.contains("not as a section's number"))
            .map(w -> Integer.parseInt(w.replaceFirst("^Line (\\d+) .*", "$1")))
            .toList(),
        answer.prettify());
    assertEquals(
        List.of(),
        warnings.stream().filter(w -> w.contains("numbering jumps")).toList(),
        answer.prettify());
  }

  @Test
  void aPdfLineEndingAtTheEdgeGoesOnIntoAPhraseOfTwoNumerals() {
    JsonPath answer = ImportAnswers.dryRunLaidOutPdf(LAID_OUT);
    assertEquals(
        List.of(
            wrapped(
                "预算执行进度不均衡，全县大部分专项资金支出都集中在年度的三、四季度支付，年底突击花钱问题突出。",
                "财务管理方面",
                lines(4, 8, 1),
                measure("按月通报预算执行进度。", List.of("财务股"), "刘明", "陈红", "DEADLINE", "2024-12-31")),
            wrapped(
                "医疗服务价格监管不到位，县域内部分民营医院和公立医院中的二、三级医院存在超标准收费问题。",
                "财务管理方面",
                lines(9, 13, 1),
                measure("开展医疗服务价格专项检查。", List.of("医政股"), "刘明", "赵敏", "DEADLINE", "2024-10-31")),
            problem(
                "干部培训不足",
                "干部培训不足。",
                List.of("队伍建设方面"),
                lines(15, 18, 1),
                List.of(
                    measure("制定年度培训计划。", List.of("人事股"), "孙伟", "周亮", "DEADLINE", "2024-09-30")))),
        problems(answer),
        answer.prettify());
  }
}
