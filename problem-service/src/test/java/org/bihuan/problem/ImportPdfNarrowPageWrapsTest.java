package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.NarrowPagePdf;
import org.bihuan.problem.support.NarrowPagePdf.Paper;
import org.bihuan.problem.support.NarrowPagePdf.Printer;
import org.junit.jupiter.api.Test;

/**
 * Plans in plain text printed to PDF on narrow pages (A5, 25 glyphs a line, and a page 9.5 cm wide,
 * 17 glyphs a line), as LibreOffice and Chromium print them ({@link NarrowPagePdf}): the page's
 * edge cuts a title without punctuation, a measure, a label's name (股 责 / 任人：), a list of points
 * (…；/ 二是…), names (东方 / 白, 陈 / 涛) and dates (2024 / 年6月30日, 31 / 日。); Chromium's date, title,
 * address and page number below each page's text are left out of it; a line letter-spaced evenly
 * reads without the spaces. Every field reads as from the same text written in whole lines
 * (docs/decisions/0303). Read through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfNarrowPageWrapsTest {

  private static JsonPath dryRun(Paper paper, Printer printer, List<String> paragraphs) {
    return ImportAnswers.dryRunPath(
        "窄页整改方案", NarrowPagePdf.print(paper, printer, "某局整改方案", paragraphs), DocumentText.PDF);
  }

  @Test
  void anA5PageFromLibreOfficeReadsTitlesMeasuresLabelNamesPointsAndSpacedLinesWhole() {
    List<String> plan =
        List.of(
            "某局关于巡察反馈问题的整改方案",
            "一、存在问题及整改措施",
            "1.高标准农田建设项目资金拨付进度缓慢影响项目按期完工验收",
            "整改措施：统筹督查检查事项，压减各类督查检查考核频次",
            "责任领导：欧阳明 责任单位：城区建筑市场管理股 责任人：诸葛亮",
            "整改时限：2024年12月31日",
            "2.物业服务监管不力，考核办法至今没有出台。",
            "整改措施：一是尽快研究出台全市物业服务质量考核办法；二是开展物业服务星级评定。",
            "责任单位：市物业管理办公室",
            "整改时限：2024年9月30日",
            "3.文山会海问题仍然存在。",
            "整改措施：严格控制会议数量和规模。",
            "责任单位：综合科",
            NarrowPagePdf.SPACED + "整改时限 2024年10月31日");
    // the page cuts the title, the measure, 责 / 任人： and …办法； / 二是…
    assertEquals(
        List.of(
            "1.高标准农田建设项目资金拨付进度缓慢影响项目按期",
            "完工验收",
            "整改措施：统筹督查检查事项，压减各类督查检查考核频",
            "次",
            "责任领导：欧阳明 责任单位：城区建筑市场管理股 责",
            "任人：诸葛亮"),
        NarrowPagePdf.lines(Paper.A5, plan).get(0).subList(2, 8));
    assertEquals("二是开展物业服务星级评定。", NarrowPagePdf.lines(Paper.A5, plan).get(0).get(11));
    JsonPath answer = dryRun(Paper.A5, Printer.LIBREOFFICE, plan);
    String title = "高标准农田建设项目资金拨付进度缓慢影响项目按期完工验收";
    List<String> office = List.of("市物业管理办公室");
    TableImportTest.assertProblems(
        List.of(
            problem(
                title,
                title,
                List.of(),
                lines(3, 9, 1),
                List.of(
                    measure(
                        "统筹督查检查事项，压减各类督查检查考核频次",
                        List.of("城区建筑市场管理股"),
                        "欧阳明",
                        "诸葛亮",
                        "DEADLINE",
                        "2024-12-31"))),
            problem(
                "物业服务监管不力，考核办法至今没有出台",
                "物业服务监管不力，考核办法至今没有出台。",
                List.of(),
                lines(10, 14, 1),
                List.of(
                    measure("尽快研究出台全市物业服务质量考核办法", office, null, null, "DEADLINE", "2024-09-30"),
                    measure("开展物业服务星级评定。", office, null, null, "DEADLINE", "2024-09-30"))),
            problem(
                "文山会海问题仍然存在",
                "文山会海问题仍然存在。",
                List.of(),
                lines(15, 18, 1),
                List.of(
                    measure(
                        "严格控制会议数量和规模。", List.of("综合科"), null, null, "DEADLINE", "2024-10-31")))),
        answer);
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  @Test
  void aNarrowPageFromChromiumReadsNamesAndDatesWholeUnderItsBlankedFooter() {
    List<String> plan =
        List.of(
            "某局整改方案",
            "一、存在问题及整改措施",
            "1.公务接待管理不规范，超标准接待问题时有发生。",
            "整改措施：规范接待审批。",
            "责任单位：党政办公室；责任人：东方白；整改时限：2024年12月31日",
            "2.文山会海问题仍然存在。",
            "整改措施：严格控制会议数量。",
            "责任单位：综合业务科 责任领导：陈涛 责任人：冯丽",
            "整改时限：2024年7月31日",
            NarrowPagePdf.PAGE,
            "3.办公用房超标问题整改不彻底。",
            "整改措施：腾退超标办公用房。",
            "责任单位：后勤服务中心",
            "整改时限：要求于2024年8月31日。",
            "4.公车管理不规范。",
            "整改措施：建立公车使用台账。",
            "责任单位：机关事务科",
            "责任人：欧阳丽 整改时限：2024年6月30日");
    // the page cuts 东方 / 白, 陈 / 涛, 31 / 日。 and 2024 / 年6月30日
    List<List<String>> pages = NarrowPagePdf.lines(Paper.NARROW, plan);
    assertEquals(
        List.of("责任单位：党政办公室；责任人：东方", "白；整改时限：2024年12月31", "日"), pages.get(0).subList(5, 8));
    assertEquals(List.of("责任单位：综合业务科 责任领导：陈", "涛 责任人：冯丽"), pages.get(0).subList(10, 12));
    assertEquals(List.of("整改时限：要求于2024年8月31", "日。"), pages.get(1).subList(3, 5));
    assertEquals(List.of("责任人：欧阳丽 整改时限：2024", "年6月30日"), pages.get(1).subList(8, 10));
    JsonPath answer = dryRun(Paper.NARROW, Printer.CHROMIUM, plan);
    TableImportTest.assertProblems(
        List.of(
            problem(
                "公务接待管理不规范，超标准接待问题时有发生",
                "公务接待管理不规范，超标准接待问题时有发生。",
                List.of(),
                lines(3, 8, 1),
                List.of(
                    measure("规范接待审批。", List.of("党政办公室"), null, "东方白", "DEADLINE", "2024-12-31"))),
            problem(
                "文山会海问题仍然存在",
                "文山会海问题仍然存在。",
                List.of(),
                lines(9, 13, 1),
                List.of(
                    measure("严格控制会议数量。", List.of("综合业务科"), "陈涛", "冯丽", "DEADLINE", "2024-07-31"))),
            problem(
                "办公用房超标问题整改不彻底",
                "办公用房超标问题整改不彻底。",
                List.of(),
                lines(14, 18, 2),
                List.of(
                    measure("腾退超标办公用房。", List.of("后勤服务中心"), null, null, "DEADLINE", "2024-08-31"))),
            problem(
                "公车管理不规范",
                "公车管理不规范。",
                List.of(),
                lines(19, 23, 2),
                List.of(
                    measure(
                        "建立公车使用台账。", List.of("机关事务科"), null, "欧阳丽", "DEADLINE", "2024-06-30")))),
        answer);
    // only Chromium's lines below each page's text are named: they were left out
    List<String> warnings = answer.getList("warnings");
    assertEquals(2, warnings.size(), warnings.toString());
    assertTrue(
        warnings.stream().allMatch(w -> w.contains(NarrowPagePdf.ADDRESS)), warnings.toString());
  }

  /**
   * A contents page whose only long line is the plan's title: one line reaching the right edge
   * makes no text block's edge, so the title is not joined with 目录 under it and the contents are
   * left out whole (the first version of 0303 read them as a contents page without a 目录 line).
   */
  @Test
  void aTitleAloneAtTheEdgeOfAContentsPageKeepsItsOwnLine() {
    List<String> plan =
        List.of(
            "某某县财政局关于巡察反馈问题整改工作的专项实施方案",
            "目录",
            "一、存在问题及整改措施 2",
            "（一）党建方面 2",
            "（二）业务方面 2",
            "二、工作要求 3",
            NarrowPagePdf.PAGE,
            "一、存在问题及整改措施",
            "（一）党建方面",
            "1.作风建设常态化长效化不够。",
            "整改措施：开展作风建设专项整治。",
            "责任单位：纪委办公室",
            "整改时限：2024年10月31日",
            "（二）业务方面",
            "1.固定资产管理混乱。",
            "整改措施：开展资产清查。",
            "责任单位：财务处",
            "整改时限：2024年12月31日",
            NarrowPagePdf.PAGE,
            "二、工作要求",
            "各科室要高度重视。");
    assertEquals(Paper.A5.perLine(), plan.get(0).length());
    JsonPath answer = dryRun(Paper.A5, Printer.LIBREOFFICE, plan);
    TableImportTest.assertProblems(
        List.of(
            problem(
                "作风建设常态化长效化不够",
                "作风建设常态化长效化不够。",
                List.of("党建方面"),
                lines(9, 12, 2),
                List.of(
                    measure(
                        "开展作风建设专项整治。", List.of("纪委办公室"), null, null, "DEADLINE", "2024-10-31"))),
            problem(
                "固定资产管理混乱",
                "固定资产管理混乱。",
                List.of("业务方面"),
                lines(14, 17, 2),
                List.of(measure("开展资产清查。", List.of("财务处"), null, null, "DEADLINE", "2024-12-31")))),
        answer);
    assertEquals(
        List.of(
            "Lines 2–6 are the document's table of contents (目录, 4 entries: 「一、存在问题及整改措施」「（一）党建方面」"
                + "「（二）业务方面」…); they repeat its headings with page numbers and were not imported.",
            "Lines 18–19: the section 「二、工作要求」 holds no problems (such as 工作要求, 保障措施, 组织领导); it was"
                + " not imported."),
        answer.getList("warnings"));
  }
}
