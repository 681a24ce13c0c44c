package org.bihuan.problem.support;

import java.util.ArrayList;
import java.util.List;
import org.bihuan.problem.support.RuledPdfs.RuledPage;

/**
 * Word documents printed to PDF, drawn by PDFBox as Word lays them out, beside the same documents
 * written as .docx by POI: a plan whose pages happen to start with the same line, 整改任务书 forms one
 * after another (one per page, or several on a page), and a 问题清单 table followed by a measures table
 * keyed by 问题序号.
 */
public final class WordFormsAsPdf {

  private WordFormsAsPdf() {}

  /**
   * A plan over three pages whose pages 2 and 3 both start with the line 「加强督促检查」, a measure of the
   * problem the page before ends with; no running header.
   */
  public static List<List<String>> planPages() {
    return List.of(
        List.of("XX局巡察反馈问题整改方案", "一、理论学习不深入", "整改措施：", "1.制定学习计划。", "2.开展专题研讨。"),
        List.of("加强督促检查", "二、采购未执行比价程序", "整改措施：", "1.建立比价制度。", "2.开展采购自查。"),
        List.of("加强督促检查", "三、档案移交不及时", "整改措施：", "1.完成档案移交。"));
  }

  /** The forms' rows: 问题名称, 整改目标, 整改措施, 责任领导, 责任单位, 责任人, 整改时限. */
  private static List<List<List<String>>> forms() {
    return List.of(
        form("理论学习不深入，学习形式单一。", "学习制度落实到位", "制定年度学习计划", "张明", "机关党委", "王强", "2024年12月31日"),
        form("公务接待不规范。", "接待管理规范有序", "修订公务接待制度", "李华", "办公室", "赵六", "立行立改，长期坚持"),
        form("采购未执行比价程序。", "采购程序合规", "建立采购比价制度", "张明", "财务科", "钱七", "2024年6月30日"));
  }

  private static List<List<String>> form(
      String problem,
      String goal,
      String measure,
      String leader,
      String unit,
      String person,
      String limit) {
    return List.of(
        List.of("问题名称", problem),
        List.of("整改目标", goal),
        List.of("整改措施", measure),
        List.of("责任领导", leader),
        List.of("责任单位", unit),
        List.of("责任人", person),
        List.of("整改时限", limit));
  }

  private static final String FORMS_TITLE = "XX局巡察反馈问题整改任务书";

  private static final float[] FORM_WIDTHS = {90, 330};

  /** The forms as a .docx: the title, then each form a two-column table. */
  public static byte[] formsDocx() {
    List<Object> parts = new ArrayList<>();
    parts.add(FORMS_TITLE);
    forms().forEach(parts::add);
    return TaskFormLayouts.docx(parts);
  }

  /** The forms printed to PDF, one per page, the title above the first. */
  public static byte[] formsPdfPageEach() {
    List<RuledPage> pages = new ArrayList<>();
    List<List<List<String>>> forms = forms();
    for (int i = 0; i < forms.size(); i++) {
      pages.add(new RuledPage(i == 0 ? List.of(FORMS_TITLE) : List.of(), forms.get(i), List.of()));
    }
    return RuledPdfs.ruledPages(pages, FORM_WIDTHS);
  }

  /** The forms printed to PDF on one page, one under the other, the title above the first. */
  public static byte[] formsPdfOnePage() {
    List<RuledPage> parts = new ArrayList<>();
    List<List<List<String>>> forms = forms();
    for (int i = 0; i < forms.size(); i++) {
      parts.add(new RuledPage(i == 0 ? List.of(FORMS_TITLE) : List.of(), forms.get(i), List.of()));
    }
    return RuledPdfs.ruledParts(parts, FORM_WIDTHS);
  }

  /**
   * {@link MeasuresByProblemNumber#word} printed to PDF: the problems table (序号 | 问题描述), the line
   * 整改措施, then the measures table (问题序号 | 整改措施 | 责任单位 | 完成时限).
   */
  public static byte[] measuresByNumberPdf() {
    return RuledPdfs.ruledParts(
        List.of(
            new RuledPage(
                List.of("巡察反馈问题整改清单"),
                List.of(
                    List.of("序号", "问题描述"),
                    List.of("1", "理论学习不深入。"),
                    List.of("2", "采购未执行比价程序。"),
                    List.of("3", "档案移交不及时。")),
                List.of()),
            new RuledPage(
                List.of("整改措施"),
                List.of(
                    List.of("问题序号", "整改措施", "责任单位", "完成时限"),
                    List.of("1", "制定学习计划", "机关党委", "2024年12月31日"),
                    List.of("1", "开展专题研讨", "办公室", "2024年6月30日"),
                    List.of("2", "建立比价制度", "财务科", "2024年12月31日"),
                    List.of("3", "完成档案移交", "档案室", "2024年6月30日")),
                List.of())),
        List.of(new float[] {60, 300}, new float[] {60, 200, 100, 100}));
  }
}
