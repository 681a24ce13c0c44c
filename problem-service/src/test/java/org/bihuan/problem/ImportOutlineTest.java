package org.bihuan.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * POST /sources/{id}/import?dryRun=true with the documents of issue 11's findings, as text and as a
 * Word file of paragraphs written by POI: every field of every problem and measure, and where each
 * problem came from.
 */
@QuarkusTest
class ImportOutlineTest {

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A plan whose third group numbers its problems （1）（2） while the first two used 1. 2. */
  static final String GROUP_NUMBERING_CHANGES =
      """
      关于巡察反馈问题的整改方案
      一、整改任务
      （一）党的政治建设方面
      1.理论学习不深入的问题
      问题表现：中心组学习缺乏计划。
      整改措施：制定年度学习计划。
      责任领导：王建国；责任单位：办公室；整改时限：2024年6月30日
      2.意识形态责任制落实不到位的问题
      整改措施：每半年专题研究一次意识形态工作。
      责任领导：王建国；责任单位：办公室、宣传科；整改时限：2024年9月30日
      （二）全面从严治党方面
      1.“一岗双责”落实不到位的问题
      整改措施：签订党风廉政建设责任书。
      责任领导：李明；责任单位：机关纪委；责任人：周洁；整改时限：立行立改
      2.违规发放津贴补贴的问题
      整改措施：清退违规款项。
      责任领导：李明；责任单位：财务科；整改时限：长期坚持
      （三）干部队伍建设方面
      （1）干部交流轮岗不及时的问题
      问题表现：部分股室负责人任职超过10年。
      整改措施：制定干部交流轮岗计划。
      责任领导：张华；责任单位：人事科；整改时限：2024年12月31日
      （2）干部教育培训针对性不强的问题
      整改措施：制定分类培训计划。
      责任领导：张华；责任单位：人事科；整改时限：2024年10月底
      二、保障措施
      （一）加强组织领导。
      """;

  static final String GROUP_NUMBERING_CHANGES_ANSWER =
      """
      [
       {"title": "理论学习不深入的问题", "description": "中心组学习缺乏计划。",
        "categoryPath": ["党的政治建设方面"],
        "measures": [{"measure": "制定年度学习计划。", "responsibleUnits": ["办公室"],
          "leaderInCharge": "王建国", "responsiblePerson": null, "timing": "DEADLINE",
          "deadline": "2024-06-30",
          "coResponsibleUnits": [], "progress": null, "statusHint": null}],
        "origin": {"lines": [4, 7]}},
       {"title": "意识形态责任制落实不到位的问题", "description": "意识形态责任制落实不到位的问题",
        "categoryPath": ["党的政治建设方面"],
        "measures": [{"measure": "每半年专题研究一次意识形态工作。",
          "responsibleUnits": ["办公室", "宣传科"], "leaderInCharge": "王建国",
          "responsiblePerson": null, "timing": "DEADLINE", "deadline": "2024-09-30",
          "coResponsibleUnits": [], "progress": null, "statusHint": null}],
        "origin": {"lines": [8, 10]}},
       {"title": "“一岗双责”落实不到位的问题", "description": "“一岗双责”落实不到位的问题",
        "categoryPath": ["全面从严治党方面"],
        "measures": [{"measure": "签订党风廉政建设责任书。", "responsibleUnits": ["机关纪委"],
          "leaderInCharge": "李明", "responsiblePerson": "周洁", "timing": "IMMEDIATE",
          "deadline": null,
          "coResponsibleUnits": [], "progress": null, "statusHint": null}],
        "origin": {"lines": [12, 14]}},
       {"title": "违规发放津贴补贴的问题", "description": "违规发放津贴补贴的问题",
        "categoryPath": ["全面从严治党方面"],
        "measures": [{"measure": "清退违规款项。", "responsibleUnits": ["财务科"],
          "leaderInCharge": "李明", "responsiblePerson": null, "timing": "LONG_TERM",
          "deadline": null,
          "coResponsibleUnits": [], "progress": null, "statusHint": null}],
        "origin": {"lines": [15, 17]}},
       {"title": "干部交流轮岗不及时的问题", "description": "部分股室负责人任职超过10年。",
        "categoryPath": ["干部队伍建设方面"],
        "measures": [{"measure": "制定干部交流轮岗计划。", "responsibleUnits": ["人事科"],
          "leaderInCharge": "张华", "responsiblePerson": null, "timing": "DEADLINE",
          "deadline": "2024-12-31",
          "coResponsibleUnits": [], "progress": null, "statusHint": null}],
        "origin": {"lines": [19, 22]}},
       {"title": "干部教育培训针对性不强的问题", "description": "干部教育培训针对性不强的问题",
        "categoryPath": ["干部队伍建设方面"],
        "measures": [{"measure": "制定分类培训计划。", "responsibleUnits": ["人事科"],
          "leaderInCharge": "张华", "responsiblePerson": null, "timing": "DEADLINE",
          "deadline": "2024-10-31",
          "coResponsibleUnits": [], "progress": null, "statusHint": null}],
        "origin": {"lines": [23, 25]}}
      ]
      """;

  /** Labels on one line separated by ASCII spaces, a tab, full-width spaces, ； and ;. */
  static final String LABELS_SEPARATED =
      "财务检查整改清单\n"
          + "1、预算执行进度缓慢\n整改措施：建立预算执行月通报制度。\n"
          + "责任领导：李四 责任单位：财务科 整改时限：2024年6月30日\n"
          + "2、固定资产账实不符\n整改措施：开展资产清查。\n"
          + "责任单位：办公室\t责任人：王五\t完成时限：2024年5月31日\n"
          + "3、往来款项长期挂账\n整改措施：逐笔清理往来款项。\n"
          + "完成时间:2024年12月31日;牵头单位:财务科;具体责任人:赵六\n"
          + "4、政府采购程序不规范\n整改措施：修订政府采购内控制度。\n"
          + "牵头负责人：李四　责任单位（部门）：办公室、财务科　联系人：钱七　时限要求：2024年8月底\n";

  static final String LABELS_SEPARATED_ANSWER =
      """
      [
       {"title": "预算执行进度缓慢", "description": "预算执行进度缓慢", "categoryPath": [],
        "measures": [{"measure": "建立预算执行月通报制度。", "responsibleUnits": ["财务科"],
          "leaderInCharge": "李四", "responsiblePerson": null, "timing": "DEADLINE",
          "deadline": "2024-06-30",
          "coResponsibleUnits": [], "progress": null, "statusHint": null}],
        "origin": {"lines": [2, 4]}},
       {"title": "固定资产账实不符", "description": "固定资产账实不符", "categoryPath": [],
        "measures": [{"measure": "开展资产清查。", "responsibleUnits": ["办公室"],
          "leaderInCharge": null, "responsiblePerson": "王五", "timing": "DEADLINE",
          "deadline": "2024-05-31",
          "coResponsibleUnits": [], "progress": null, "statusHint": null}],
        "origin": {"lines": [5, 7]}},
       {"title": "往来款项长期挂账", "description": "往来款项长期挂账", "categoryPath": [],
        "measures": [{"measure": "逐笔清理往来款项。", "responsibleUnits": ["财务科"],
          "leaderInCharge": null, "responsiblePerson": "赵六", "timing": "DEADLINE",
          "deadline": "2024-12-31",
          "coResponsibleUnits": [], "progress": null, "statusHint": null}],
        "origin": {"lines": [8, 10]}},
       {"title": "政府采购程序不规范", "description": "政府采购程序不规范", "categoryPath": [],
        "measures": [{"measure": "修订政府采购内控制度。", "responsibleUnits": ["办公室", "财务科"],
          "leaderInCharge": "李四", "responsiblePerson": "钱七", "timing": "DEADLINE",
          "deadline": "2024-08-31",
          "coResponsibleUnits": [], "progress": null, "statusHint": null}],
        "origin": {"lines": [11, 13]}}
      ]
      """;

  /** The 保障措施 section after the problems holds none; it is named, not imported. */
  static final String GROUP_NUMBERING_CHANGES_WARNINGS =
      """
      ["Lines 26–27: the section 「二、保障措施」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was\
       not imported."]
      """;

  @Test
  void aGroupNumberingItsProblemsDifferentlyKeepsAllSixAsText() throws IOException {
    JsonNode answer =
        dryRun(
            GROUP_NUMBERING_CHANGES.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
    assertEquals(JSON.readTree(GROUP_NUMBERING_CHANGES_ANSWER), answer.get("problems"));
    assertEquals(JSON.readTree(GROUP_NUMBERING_CHANGES_WARNINGS), answer.get("warnings"));
  }

  @Test
  void aGroupNumberingItsProblemsDifferentlyKeepsAllSixAsWordParagraphs() throws IOException {
    JsonNode answer = dryRun(wordParagraphs(GROUP_NUMBERING_CHANGES), DOCX);
    assertEquals(JSON.readTree(GROUP_NUMBERING_CHANGES_ANSWER), answer.get("problems"));
    assertEquals(JSON.readTree(GROUP_NUMBERING_CHANGES_WARNINGS), answer.get("warnings"));
  }

  @Test
  void labelsSeparatedBySpacesTabsAndSemicolonsGiveEachFieldItsValueAsText() throws IOException {
    JsonNode answer =
        dryRun(LABELS_SEPARATED.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
    assertEquals(JSON.readTree(LABELS_SEPARATED_ANSWER), answer.get("problems"));
    assertEquals(JSON.readTree("[]"), answer.get("warnings"));
  }

  @Test
  void labelsSeparatedBySpacesTabsAndSemicolonsGiveEachFieldItsValueAsWordParagraphs()
      throws IOException {
    JsonNode answer = dryRun(wordParagraphs(LABELS_SEPARATED), DOCX);
    assertEquals(JSON.readTree(LABELS_SEPARATED_ANSWER), answer.get("problems"));
  }

  @Test
  void linesThatFitNowhereAreKeptAndTheWarningsNameTheirLines() throws IOException {
    String plan =
        "整改方案\n一、整改任务\n（一）作风方面\n针对以下问题逐项整改：\n"
            + "1.会议多的问题\n整改措施：压减会议。\n责任单位：办公室；整改时限：长期坚持\n"
            + "另外，会议时间过长。\n"
            + "（二）纪律方面\n责任领导：钱伟\n"
            + "1.公车私用的问题\n整改措施：加强车辆管理。\n责任单位：车队；整改时限：立行立改\n";
    JsonNode answer = dryRun(plan.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8");
    assertEquals(
        JSON.readTree(
            """
            [
             {"title": "会议多的问题", "description": "会议多的问题\\n另外，会议时间过长。",
              "categoryPath": ["作风方面"],
              "measures": [{"measure": "压减会议。", "responsibleUnits": ["办公室"],
                "leaderInCharge": null, "responsiblePerson": null, "timing": "LONG_TERM",
                "deadline": null,
          "coResponsibleUnits": [], "progress": null, "statusHint": null}],
              "origin": {"lines": [5, 8]}},
             {"title": "公车私用的问题", "description": "公车私用的问题", "categoryPath": ["纪律方面"],
              "measures": [{"measure": "加强车辆管理。", "responsibleUnits": ["车队"],
                "leaderInCharge": "钱伟", "responsiblePerson": null, "timing": "IMMEDIATE",
                "deadline": null,
          "coResponsibleUnits": [], "progress": null, "statusHint": null}],
              "origin": {"lines": [11, 13]}}
            ]
            """),
        answer.get("problems"));
    assertEquals(
        List.of(
            "Line 4 「针对以下问题逐项整改：」 introduces the group 「作风方面」; it is not a problem and was"
                + " not imported.",
            // the group's 责任领导 is its problem's, never the earlier group's (docs/decisions/0221)
            "Line 9: the group 「纪律方面」 gives 责任单位, 责任领导, 责任人 or 整改时限 for the whole group; they"
                + " were given to the measures of 1 problem(s) of the group where they name none.",
            "Line 8 「另外，会议时间过长。」 follows the responsibility and time-limit lines; it was added"
                + " to the description of the problem 「会议多的问题」."),
        JSON.convertValue(answer.get("warnings"), List.class));
  }

  private static JsonNode dryRun(byte[] body, String mediaType) throws IOException {
    return org.bihuan.problem.support.ImportAnswers.dryRun("导入核对", body, mediaType);
  }

  /** A .docx with one paragraph per line of {@code text}, as a clerk types a plan in Word. */
  static byte[] wordParagraphs(String text) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.split("\n")) {
        doc.createParagraph().createRun().setText(line);
      }
      doc.write(out);
      return out.toByteArray();
    }
  }
}
