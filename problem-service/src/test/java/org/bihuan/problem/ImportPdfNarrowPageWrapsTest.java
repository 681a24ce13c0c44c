package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.bihuan.problem.support.ImportAnswers.titledProblem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A plan printed on a narrow page (a text block twenty glyphs wide, as A5 or a 10 cm column gives),
 * laid out glyph by glyph by PDFBox: titles, measures and duty lines go on in the next line
 * wherever the right edge cut them — inside a title without punctuation, a word, a label's name
 * (建筑管理股 责 / 任人：), a name (东方 / 白, 陈 / 涛), a date (2024 / 年7月31日) or a list of points (…；/ 二是…).
 * Every value reads as from the same text written in whole lines (docs/decisions/0303). Read
 * through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfNarrowPageWrapsTest {

  @Test
  void linesReachingTheRightEdgeGoOnInTheNextLine() {
    JsonPath answer =
        ImportAnswers.dryRunLaidOutPdf(
            String.join(
                "\n",
                "某局整改方案",
                "一、存在问题及整改措施",
                "1.高标准农田建设项目资金拨付进度缓慢影",
                "响项目按期完工验收。",
                "整改措施：统筹督查检查事项，压减各督查检",
                "查考核频次。",
                "责任领导：陈涛 责任单位：建筑管理股 责",
                "任人：诸葛亮",
                "整改时限：2024年12月31日",
                "2.物业服务监管不力。",
                "整改措施：一是尽快出台物业服务考核办法；",
                "二是开展物业服务星级评定。",
                "责任单位：市物业管理办公室；责任人：东方",
                "白；整改时限：2024年9月30日",
                "3.文山会海问题仍然存在。",
                "整改措施：严格控制会议数量和规模。",
                "责任单位：综合科、财务股室 责任领导：陈",
                "涛 具体责任人：冯丽 整改时限：2024",
                "年7月31日",
                "4.公务接待管理不规范。",
                "整改措施：一是新制度于2024年7月31",
                "日前出台；二是规范接待审批。",
                "责任单位：办公室",
                "整改时限：2024年12月31日",
                "特此报告。"));
    List<String> office = List.of("市物业管理办公室");
    TableImportTest.assertProblems(
        List.of(
            titledProblem(
                "高标准农田建设项目资金拨付进度缓慢影响项目按期完工验收",
                3,
                9,
                1,
                measure(
                    "统筹督查检查事项，压减各督查检查考核频次。",
                    List.of("建筑管理股"),
                    "陈涛",
                    "诸葛亮",
                    "DEADLINE",
                    "2024-12-31")),
            problem(
                "物业服务监管不力",
                "物业服务监管不力。",
                List.of(),
                lines(10, 14, 1),
                List.of(
                    measure("尽快出台物业服务考核办法", office, null, "东方白", "DEADLINE", "2024-09-30"),
                    measure("开展物业服务星级评定。", office, null, "东方白", "DEADLINE", "2024-09-30"))),
            titledProblem(
                "文山会海问题仍然存在",
                15,
                19,
                1,
                measure(
                    "严格控制会议数量和规模。", List.of("综合科", "财务股室"), "陈涛", "冯丽", "DEADLINE", "2024-07-31")),
            problem(
                "公务接待管理不规范",
                "公务接待管理不规范。",
                List.of(),
                lines(20, 24, 1),
                List.of(
                    measure(
                        "新制度于2024年7月31日前出台", List.of("办公室"), null, null, "DEADLINE", "2024-12-31"),
                    measure("规范接待审批。", List.of("办公室"), null, null, "DEADLINE", "2024-12-31")))),
        answer);
  }
}
