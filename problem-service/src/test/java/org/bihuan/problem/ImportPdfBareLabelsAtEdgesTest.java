package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.titledProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.support.ImportAnswers;
import org.junit.jupiter.api.Test;

/**
 * A plan whose duty labels are written without a colon, saved as a PDF laid out glyph by glyph as
 * Word lays out its lines, whose values are cut where a line or a page ends: at the right edge of a
 * page whose longest line lets a 、 hang into the margin, after a bare 责任领导 ending the line, and at
 * a page's foot inside a date or a label's name. Each value is read whole, as from the Word file.
 * Read through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfBareLabelsAtEdgesTest {

  /**
   * 机关事务 / 管理中心 cut a glyph and a half short of a 、 hanging past the text block, and 责任领导 / 孔刚娜 cut
   * at the edge after the label's name: one unit, and a leader.
   */
  @Test
  void valuesCutAtTheRightEdgeAreWhole() {
    JsonPath answer =
        ImportAnswers.dryRunLaidOutPdf(
            String.join(
                "\n",
                "某局整改方案",
                "一、整改任务",
                "1.请销假制度执行不严。",
                "整改措施：严格请销假管理。",
                "责任领导 蒋超 责任人 沈霞 整改时限 2025年9月30日 责任单位 办公室、财务科、",
                "人事科",
                "2.值班制度落实不到位。",
                "整改措施：完善值班制度。",
                "责任人 欧阳丽霞 整改时限 2025年11月27日 责任单位 {gap}工会、纪检组、机关事务",
                "管理中心",
                "3.公文处理不及时。",
                "整改措施：建立公文办理督办机制。",
                "责任领导 李四 责任单位 办公室 责任人 王五 整改时限 2024年9月30日",
                "<<PAGE>>",
                "4.档案管理不规范。",
                "整改措施：开展档案清理。",
                "整改时限 2025年6月10日 责任人 秦秀 责任单位 档案室、信息中心 责任领导",
                "孔刚娜",
                "5.会议记录不规范。",
                "整改措施：统一会议记录格式。",
                "责任领导 张三 责任单位 办公室 责任人 许强 整改时限 2025年10月4日"));
    TableImportTest.assertProblems(
        List.of(
            titledProblem(
                "请销假制度执行不严",
                3,
                6,
                1,
                measure(
                    "严格请销假管理。",
                    List.of("办公室", "财务科", "人事科"),
                    "蒋超",
                    "沈霞",
                    "DEADLINE",
                    "2025-09-30")),
            titledProblem(
                "值班制度落实不到位",
                7,
                10,
                1,
                measure(
                    "完善值班制度。",
                    List.of("工会", "纪检组", "机关事务管理中心"),
                    null,
                    "欧阳丽霞",
                    "DEADLINE",
                    "2025-11-27")),
            titledProblem(
                "公文处理不及时",
                11,
                13,
                1,
                measure("建立公文办理督办机制。", List.of("办公室"), "李四", "王五", "DEADLINE", "2024-09-30")),
            titledProblem(
                "档案管理不规范",
                14,
                17,
                2,
                measure("开展档案清理。", List.of("档案室", "信息中心"), "孔刚娜", "秦秀", "DEADLINE", "2025-06-10")),
            titledProblem(
                "会议记录不规范",
                18,
                20,
                2,
                measure("统一会议记录格式。", List.of("办公室"), "张三", "许强", "DEADLINE", "2025-10-04"))),
        answer);
  }

  /**
   * A page's last line ends a label's value: 2025年5月20 / 日, 2025年4 / 月20日, and 整改 / 时限 2025年11月13日
   * with the label's name cut in two. Nothing is added to a description. The joined line keeps the
   * number of its first line, as a text file's wrapped label line does (0161).
   */
  @Test
  void datesAndNamesCutAtAPagesFootAreWhole() {
    JsonPath answer =
        ImportAnswers.dryRunLaidOutPdf(
            String.join(
                "\n",
                "某局整改方案",
                "一、整改任务",
                "1.请销假制度执行不严。",
                "整改措施：严格请销假管理。",
                "责任领导 张平芳 责任单位 后勤服务中心 责任人 朱超 整改时限 2025年5月20",
                "日",
                "<<PAGE>>",
                "2.值班制度落实不到位。",
                "整改措施：完善值班制度。",
                "责任领导 尤华艳 责任人 陈伟 责任部门 财务科、档案室 完成时限 2025年4",
                "月20日",
                "<<PAGE>>",
                "3.档案管理不规范。",
                "整改措施：开展档案清理。",
                "责任人 杨艳 牵头单位 纪检组、审计科 牵头领导 张艳 整改",
                "时限 2025年11月13日",
                "<<PAGE>>",
                "4.公文处理不及时。",
                "整改措施：建立公文办理督办机制。",
                "责任领导 李四 责任单位 办公室 责任人 王五 整改时限 2024年9月30日"));
    TableImportTest.assertProblems(
        List.of(
            titledProblem(
                "请销假制度执行不严",
                3,
                5,
                1,
                measure("严格请销假管理。", List.of("后勤服务中心"), "张平芳", "朱超", "DEADLINE", "2025-05-20")),
            titledProblem(
                "值班制度落实不到位",
                7,
                9,
                2,
                measure("完善值班制度。", List.of("财务科", "档案室"), "尤华艳", "陈伟", "DEADLINE", "2025-04-20")),
            titledProblem(
                "档案管理不规范",
                11,
                13,
                3,
                measure("开展档案清理。", List.of("纪检组", "审计科"), "张艳", "杨艳", "DEADLINE", "2025-11-13")),
            titledProblem(
                "公文处理不及时",
                15,
                17,
                4,
                measure("建立公文办理督办机制。", List.of("办公室"), "李四", "王五", "DEADLINE", "2024-09-30"))),
        answer);
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
