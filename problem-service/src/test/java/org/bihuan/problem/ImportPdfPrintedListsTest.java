package org.bihuan.problem;

import static org.bihuan.problem.support.ImportAnswers.lines;
import static org.bihuan.problem.support.ImportAnswers.measure;
import static org.bihuan.problem.support.ImportAnswers.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.support.ImportAnswers;
import org.bihuan.problem.support.NarrowPagePdf.Paper;
import org.bihuan.problem.support.NarrowPagePdf.Printer;
import org.bihuan.problem.support.PrintedLinesPdf;
import org.junit.jupiter.api.Test;

/**
 * Plans printed to PDF on narrow pages line by line as LibreOffice (A5) and Chromium (a page 9.5 cm
 * wide) broke them, with the widths their fonts give ({@link PrintedLinesPdf}): lists numbered
 * inside a line and parted by typed spaces (1.组织人事科 2.办公室 3.纪检监察室), a number LibreOffice moved
 * whole to the next line (… 2.2025年1月31日 / 3.2025年3月31日), characters Chromium moved down with a
 * closing mark (…动态管 / 理；2.选派…, …数量和规 / 模，…), a measure's numbered item beginning a line (整改措施：1.…；
 * / 2.选派…), and Chromium's date, title, address and page number around each page, the date written
 * as a Chinese browser writes it. Every field reads as from the same text in whole lines
 * (docs/decisions/0307). Read through {@code POST /sources/{id}/import?dryRun=true}.
 */
@QuarkusTest
class ImportPdfPrintedListsTest {

  private static JsonPath dryRun(Paper paper, Printer printer, List<List<String>> pages) {
    return ImportAnswers.dryRunPath(
        "窄页整改方案",
        PrintedLinesPdf.print(paper, printer, "2024/7/1 10:30", "某局关于巡察反馈问题整改工作的专项实施方案", pages),
        DocumentText.PDF);
  }

  private static final List<String> UNITS = List.of("组织人事科", "办公室", "纪检监察室");

  /**
   * The first problem of both printers' plan: three measures, each with its own unit, person, date.
   */
  private static java.util.Map<String, Object> cadres(int last) {
    return problem(
        "基层干部队伍建设有待加强，年轻干部培养不足",
        "基层干部队伍建设有待加强，年轻干部培养不足。",
        List.of(),
        lines(3, last, 1),
        List.of(
            measure(
                "制定年轻干部培养计划，建立年轻干部人才库并实行动态管理",
                List.of(UNITS.get(0)),
                null,
                "张伟",
                "DEADLINE",
                "2024-12-31"),
            measure(
                "选派年轻干部到基层一线挂职锻炼，加强基层锻炼，提升解决实际问题能力",
                List.of(UNITS.get(1)),
                null,
                "李娜",
                "DEADLINE",
                "2025-01-31"),
            measure("完善干部考核评价机制。", List.of(UNITS.get(2)), null, "王强", "DEADLINE", "2025-03-31")));
  }

  private static java.util.Map<String, Object> finance(int first, int last) {
    return problem(
        "财务管理不规范，部分报销票据审核不严格",
        "财务管理不规范，部分报销票据审核不严格。",
        List.of(),
        lines(first, last, 1),
        List.of(
            measure(
                "严格执行财务管理制度，加强票据审核，规范报销流程。",
                List.of("财务科"),
                null,
                "赵敏",
                "DEADLINE",
                "2024-11-15")));
  }

  private static java.util.Map<String, Object> meetings(int first, int last, int page) {
    return problem(
        "文山会海问题仍然存在，会议多、文件多现象没有根本改变",
        "文山会海问题仍然存在，会议多、文件多现象没有根本改变。",
        List.of(),
        lines(first, last, page),
        List.of(
            measure("严格控制会议数量和规模，精简文件简报。", List.of("办公室"), null, null, "DEADLINE", "2024-10-31")));
  }

  /**
   * LibreOffice at A5: the typed spaces between the items stay, 3.2025 moved whole goes on its
   * list.
   */
  @Test
  void anA5PageFromLibreOfficeKeepsTheSpacesOfListsAndJoinsANumberMovedWhole() {
    JsonPath answer =
        dryRun(
            Paper.A5,
            Printer.LIBREOFFICE,
            List.of(
                List.of(
                    "某局关于巡察反馈问题的整改方案",
                    "一、存在问题及整改措施",
                    "1.基层干部队伍建设有待加强，年轻干部培养不足。",
                    "整改措施：1.制定年轻干部培养计划，建立年轻干部人才",
                    "库并实行动态管理；2.选派年轻干部到基层一线挂职锻炼，",
                    "加强基层锻炼，提升解决实际问题能力；3.完善干部考核",
                    "评价机制。",
                    "责任单位：1.组织人事科 2.办公室 3.纪检监察室",
                    "责任人：1.张伟 2.李娜 3.王强",
                    "整改时限：1.2024年12月31日 2.2025年1月31日 ",
                    "3.2025年3月31日",
                    "2.财务管理不规范，部分报销票据审核不严格。",
                    "整改措施：严格执行财务管理制度，加强票据审核，规范",
                    "报销流程。",
                    "责任单位：财务科 责任人：赵敏 整改时限：2024年11月",
                    "15日前完成",
                    "3.文山会海问题仍然存在，会议多、文件多现象没有根本",
                    "改变。",
                    "整改措施：严格控制会议数量和规模，精简文件简报。",
                    "责任单位：办公室",
                    "整改时限：2024年10月31日")));
    TableImportTest.assertProblems(
        List.of(cadres(11), finance(12, 16), meetings(17, 21, 1)), answer);
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  /**
   * A measure's item 2. beginning a line after 整改措施：1.…； is the measure's next item, not a problem;
   * so is （2） after （1）.
   */
  @Test
  void aMeasuresNumberedItemBeginningALineStaysInTheMeasure() {
    JsonPath answer =
        dryRun(
            Paper.A5,
            Printer.LIBREOFFICE,
            List.of(
                List.of(
                    "某局关于巡察反馈问题的整改方案",
                    "一、存在问题及整改措施",
                    "1.基层干部队伍建设有待加强。",
                    "整改措施：1.制定年轻干部培养计划，实行动态管理考核；",
                    "2.选派年轻干部到基层一线挂职锻炼，加强基层锻炼；3.",
                    "完善干部考核评价机制。",
                    "责任单位：组织人事科",
                    "整改时限：2024年12月31日",
                    "2.财务管理不规范。",
                    "整改措施：（1）严格执行财务管理制度，规范报销流程；",
                    "（2）加强票据审核。",
                    "责任单位：财务科",
                    "整改时限：2024年11月15日前完成")));
    List<String> personnel = List.of("组织人事科");
    List<String> finance = List.of("财务科");
    TableImportTest.assertProblems(
        List.of(
            problem(
                "基层干部队伍建设有待加强",
                "基层干部队伍建设有待加强。",
                List.of(),
                lines(3, 8, 1),
                List.of(
                    measure("制定年轻干部培养计划，实行动态管理考核", personnel, null, null, "DEADLINE", "2024-12-31"),
                    measure(
                        "选派年轻干部到基层一线挂职锻炼，加强基层锻炼", personnel, null, null, "DEADLINE", "2024-12-31"),
                    measure("完善干部考核评价机制。", personnel, null, null, "DEADLINE", "2024-12-31"))),
            problem(
                "财务管理不规范",
                "财务管理不规范。",
                List.of(),
                lines(9, 13, 1),
                List.of(
                    measure("严格执行财务管理制度，规范报销流程", finance, null, null, "DEADLINE", "2024-11-15"),
                    measure("加强票据审核。", finance, null, null, "DEADLINE", "2024-11-15")))),
        answer);
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }

  /**
   * Chromium on a page 9.5 cm wide: 管 / 理；, 规 / 模，, 3. / 纪检监察室 and 2.2025 / 年1月31日 go on in the
   * line above; its date (2024/7/1 10:30), title, address and page number are left out and named.
   */
  @Test
  void aNarrowPageFromChromiumJoinsCharactersMovedDownAndLeavesOutItsHeadAndFoot() {
    JsonPath answer =
        dryRun(
            Paper.NARROW,
            Printer.CHROMIUM,
            List.of(
                List.of(
                    "某局关于巡察反馈问题的整改方案",
                    "一、存在问题及整改措施",
                    "1.基层干部队伍建设有待加强，年轻干",
                    "部培养不足。",
                    "整改措施：1.制定年轻干部培养计划，",
                    "建立年轻干部人才库并实行动态管",
                    "理；2.选派年轻干部到基层一线挂职",
                    "锻炼，加强基层锻炼，提升解决实际",
                    "问题能力；3.完善干部考核评价机",
                    "制。",
                    "责任单位：1.组织人事科 2.办公室 3.",
                    "纪检监察室",
                    "责任人：1.张伟 2.李娜 3.王强",
                    "整改时限：1.2024年12月31日 2.2025",
                    "年1月31日 3.2025年3月31日",
                    "2.财务管理不规范，部分报销票据审",
                    "核不严格。",
                    "整改措施：严格执行财务管理制度，",
                    "加强票据审核，规范报销流程。",
                    "责任单位：财务科 责任人：赵敏 整改",
                    "时限：2024年11月15日前完成"),
                List.of(
                    "3.文山会海问题仍然存在，会议多、",
                    "文件多现象没有根本改变。",
                    "整改措施：严格控制会议数量和规",
                    "模，精简文件简报。",
                    "责任单位：办公室",
                    "整改时限：2024年10月31日")));
    TableImportTest.assertProblems(
        List.of(cadres(15), finance(16, 20), meetings(22, 27, 2)), answer);
    String title = "2024/7/1 10:30某局关于巡察反馈问题整改工作的专项实施方案";
    assertEquals(
        List.of(1, 2).stream()
            .map(
                p ->
                    "Page "
                        + p
                        + ": 「"
                        + title
                        + "」 and 「file:///D:/plan.html "
                        + p
                        + "/2」 are what a browser prints around each page it makes into a PDF (the"
                        + " date, the title, the file's address, the page's number), no part of the"
                        + " document; they were not imported.")
            .toList(),
        answer.getList("warnings"));
  }

  /**
   * A time limit cut after its month (2024年11月 / 15日前完成) on a page's last line, where no wrap is
   * joined, and over a page break: the day is read, not the month's end.
   */
  @Test
  void aDateCutAfterItsMonthAtAPagesFootReadsItsDay() {
    JsonPath answer =
        dryRun(
            Paper.A5,
            Printer.LIBREOFFICE,
            List.of(
                List.of(
                    "某局关于巡察反馈问题的整改方案",
                    "一、存在问题及整改措施",
                    "1.财务管理不规范，部分报销票据审核不严格。",
                    "整改措施：严格执行财务管理制度，加强票据审核，规范",
                    "报销流程。",
                    "责任单位：财务科 责任人：赵敏 整改时限：2024年11月"),
                List.of(
                    "15日前完成",
                    "2.文山会海问题仍然存在。",
                    "整改措施：严格控制会议数量和规模，精简文件简报。",
                    "责任单位：办公室 责任人：钱多多 整改时限：2024年11月",
                    "15日前完成")));
    TableImportTest.assertProblems(
        List.of(
            finance(3, 6),
            problem(
                "文山会海问题仍然存在",
                "文山会海问题仍然存在。",
                List.of(),
                lines(7, 9, 2),
                List.of(
                    measure(
                        "严格控制会议数量和规模，精简文件简报。",
                        List.of("办公室"),
                        null,
                        "钱多多",
                        "DEADLINE",
                        "2024-11-15")))),
        answer);
    assertEquals(List.of(), answer.getList("warnings"), answer.prettify());
  }
}
