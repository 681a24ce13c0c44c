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
 * The common layout of a 巡察整改方案: problems numbered （一）（二）… on across 一、…方面的问题 groups, one of them
 * followed by points 1) 2), （1）（2）, 1. 2. or ① ② and then its 整改措施 and duties. The points describe
 * that problem — one problem holding them in its description, with the measure — as they do under a
 * problem numbered 1.; the problem is no category over problems of its own. Read through {@code
 * POST /sources/{id}/import?dryRun=true} from a text file and the paragraphs of a .docx
 * (docs/decisions/0361).
 */
@QuarkusTest
class ImportPointsUnderPlanProblemsNumberedInBracketsTest {

  static final String PLAN =
      """
      县住房和城乡建设局关于市委巡察反馈意见整改落实方案
      一、关于党的政治建设方面的问题
      （一）理论学习中心组学习制度执行不严格。
      整改措施：制定年度学习计划，严格按计划组织学习。
      责任领导：刘明；责任单位：办公室；责任人：陈红；整改时限：2024年9月30日
      二、关于全面从严治党方面的问题
      （二）工程建设领域廉政风险突出。
      1)部分项目未严格执行招投标程序；
      2)工程变更审批不规范。
      整改措施：开展工程建设领域专项治理。
      责任领导：孙伟；责任单位：建设科；配合单位：审计科；责任人：周亮；整改时限：2024年10月31日
      （三）公务接待管理不规范。
      （1）部分接待无公函；
      （2）接待清单填写不完整。
      整改措施：严格执行公务接待审批制度。
      责任领导：刘明；责任单位：办公室；责任人：陈红；整改时限：2024年8月31日
      三、关于选人用人方面的问题
      （四）干部档案管理不规范。
      1.部分档案材料缺失；
      2.档案专项审核不及时。
      整改措施：开展干部人事档案专项审核。
      责任领导：刘明；责任单位：人事科；责任人：赵敏；整改时限：2024年11月30日
      （五）干部交流轮岗不到位。
      ①个别岗位干部任职超过十年；
      ②轮岗计划未落实。
      整改措施：制定干部交流轮岗计划。
      责任领导：刘明；责任单位：人事科；责任人：赵敏；整改时限：2024年12月31日
      """;

  @Test
  void pointsUnderAProblemNumberedInBracketsDescribeIt() throws IOException {
    String politics = "关于党的政治建设方面的问题";
    String discipline = "关于全面从严治党方面的问题";
    String people = "关于选人用人方面的问题";
    Map<String, Object> project =
        measure("开展工程建设领域专项治理。", List.of("建设科"), "孙伟", "周亮", "DEADLINE", "2024-10-31");
    project.put("coResponsibleUnits", List.of("审计科"));
    List<Map<String, Object>> expected =
        List.of(
            problem(
                "理论学习中心组学习制度执行不严格",
                "理论学习中心组学习制度执行不严格。",
                List.of(politics),
                lines(3, 5, null),
                List.of(
                    measure(
                        "制定年度学习计划，严格按计划组织学习。",
                        List.of("办公室"),
                        "刘明",
                        "陈红",
                        "DEADLINE",
                        "2024-09-30"))),
            problem(
                "工程建设领域廉政风险突出",
                "工程建设领域廉政风险突出。\n1)部分项目未严格执行招投标程序；\n2)工程变更审批不规范。",
                List.of(discipline),
                lines(7, 11, null),
                List.of(project)),
            problem(
                "公务接待管理不规范",
                "公务接待管理不规范。\n（1）部分接待无公函；\n（2）接待清单填写不完整。",
                List.of(discipline),
                lines(12, 16, null),
                List.of(
                    measure(
                        "严格执行公务接待审批制度。", List.of("办公室"), "刘明", "陈红", "DEADLINE", "2024-08-31"))),
            problem(
                "干部档案管理不规范",
                "干部档案管理不规范。\n1.部分档案材料缺失；\n2.档案专项审核不及时。",
                List.of(people),
                lines(18, 22, null),
                List.of(
                    measure(
                        "开展干部人事档案专项审核。", List.of("人事科"), "刘明", "赵敏", "DEADLINE", "2024-11-30"))),
            problem(
                "干部交流轮岗不到位",
                "干部交流轮岗不到位。\n①个别岗位干部任职超过十年；\n②轮岗计划未落实。",
                List.of(people),
                lines(23, 27, null),
                List.of(
                    measure("制定干部交流轮岗计划。", List.of("人事科"), "刘明", "赵敏", "DEADLINE", "2024-12-31"))));
    for (String format : List.of("text", "docx")) {
      JsonPath answer = ImportAnswers.dryRunPlan(format, PLAN);
      assertEquals(expected, problems(answer), format + ": " + answer.prettify());
      assertEquals(
          List.of(),
          answer.<String>getList("warnings").stream()
              .filter(w -> w.contains("has no 整改措施"))
              .toList(),
          format);
    }
  }
}
