package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.dryRunTableFile;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.problems;
import static org.bihuan.problem.support.ImportAnswers.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.TableRowFindings;
import org.junit.jupiter.api.Test;

/**
 * The 整改任务书 form — a heading paragraph 问题1, then a two-column Word table 问题描述 | … / 整改措施 | … / 责任领导
 * | … / 责任单位 | … / 责任人 | … / 整改时限 | …, one per problem — read through {@code POST
 * /sources/{id}/import?dryRun=true}: a problem per table with its measure, leader, unit, person and
 * time limit, and no category named after a label (docs/decisions/0360).
 */
@QuarkusTest
class ImportTaskFormTablesTest {

  @Test
  void eachFormTableIsOneProblemWithItsMeasureAndDuties() {
    JsonPath answer = dryRunTableFile("docx", TableRowFindings.taskForms());
    assertEquals(
        List.of(
            problem(
                "基层党组织标准化建设推进缓慢，3个支部未达标",
                "基层党组织标准化建设推进缓慢，3个支部未达标。",
                List.of(),
                rows(1, 1, 1),
                List.of(
                    measure(
                        "开展支部标准化规范化建设提升行动",
                        List.of("机关党委"),
                        "欧阳修",
                        "王强",
                        "DEADLINE",
                        "2024-10-31"))),
            problem(
                "干部教育培训针对性不强",
                "干部教育培训针对性不强。",
                List.of(),
                rows(2, 1, 1),
                List.of(
                    measure("制定分层分类培训计划", List.of("组织人事科"), "李四", "张三", "DEADLINE", "2024-12-31"))),
            problem(
                "意识形态阵地管理存在漏洞",
                "意识形态阵地管理存在漏洞。",
                List.of(),
                rows(3, 1, 1),
                List.of(measure("开展意识形态阵地排查", List.of("宣传科"), "李四", "赵六", "IMMEDIATE", null)))),
        problems(answer),
        answer.prettify());
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
