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
import org.bihuan.problem.support.TaskFormLayouts;
import org.junit.jupiter.api.Test;

/**
 * 整改任务书 forms laid out otherwise than one label and one value per row, read through {@code POST
 * /sources/{id}/import?dryRun=true} (docs/decisions/0365): label/value pairs side by side in one
 * row, a title row merged across the table with values merged across the columns beside their
 * labels, and labels wrapped over two lines. Each form is one problem with its measure and every
 * duty.
 */
@QuarkusTest
class ImportTaskFormLayoutsTest {

  @Test
  void everyLayoutOfTheFormIsOneProblemWithAllItsFields() {
    JsonPath answer = dryRunTableFile("docx", TaskFormLayouts.threeLayouts());
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
