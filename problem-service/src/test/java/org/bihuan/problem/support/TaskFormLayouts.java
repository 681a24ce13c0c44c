package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * 整改任务书 forms laid out as units draw them in Word, one small table per problem: label/value pairs
 * side by side in one row (问题名称 | … | 责任单位 | …), a title row merged across the table above the
 * labels, a value merged across the columns to its right, a label wrapped over two lines (整改 / 时限,
 * two paragraphs of its cell), a label naming what is not imported (问题来源).
 */
public final class TaskFormLayouts {

  private TaskFormLayouts() {}

  /** Three forms under the heading 问题1 … 问题3, each laid out another way. */
  public static byte[] threeLayouts() {
    List<Object> parts = new ArrayList<>();
    parts.add("县司法局巡察反馈问题整改任务书");
    parts.add("问题1");
    // pairs side by side, four columns and no merged cell
    parts.add(
        List.of(
            List.of("问题名称", "基层党组织标准化建设推进缓慢，3个支部未达标。", "责任单位", "机关党委"),
            List.of("整改措施", "开展支部标准化规范化建设提升行动", "责任领导", "欧阳修"),
            List.of("责任人", "王 强", "整改时限", "2024年10月31日")));
    parts.add("问题2");
    // a title row across the table; problem and measure merged across the three value columns
    List<String> title = new ArrayList<>();
    title.add("整改任务书（二）");
    title.add(null);
    title.add(null);
    title.add(null);
    List<String> problem = new ArrayList<>(List.of("问题描述", "干部教育培训针对性不强。"));
    problem.add(null);
    problem.add(null);
    List<String> measure = new ArrayList<>(List.of("整改措施", "制定分层分类培训计划"));
    measure.add(null);
    measure.add(null);
    parts.add(
        List.of(
            title,
            problem,
            measure,
            List.of("责任领导", "李四", "责任单位", "组织人事科"),
            List.of("责任人", "张三", "整改时限", "2024年12月底")));
    parts.add("问题3");
    // two columns, labels wrapped over two lines of their cells
    parts.add(
        List.of(
            List.of("问题\n描述", "意识形态阵地管理存在漏洞。"),
            List.of("问题来源", "巡察反馈"),
            List.of("整改\n措施", "开展意识形态阵地排查"),
            List.of("责任\n领导", "李四"),
            List.of("责任\n单位", "宣传科"),
            List.of("责任人", "赵六"),
            List.of("整改\n时限", "立行立改")));
    return docx(parts);
  }

  /**
   * A .docx of the parts in order: a String is a paragraph, a {@code List<List<String>>} a table
   * whose null cells are covered by the cell to their left (a gridSpan), each line of a cell a
   * paragraph.
   */
  @SuppressWarnings("unchecked")
  static byte[] docx(List<Object> parts) {
    try (XWPFDocument document = new XWPFDocument()) {
      for (Object part : parts) {
        if (part instanceof String text) {
          document.createParagraph().createRun().setText(text);
          continue;
        }
        List<List<String>> rows = (List<List<String>>) part;
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
          XWPFTableRow row = table.getRow(r);
          List<String> values = rows.get(r);
          for (int c = values.size() - 1; c >= 0; c--) {
            if (values.get(c) != null) {
              write(row.getCell(c), values.get(c));
              continue;
            }
            int first = c;
            while (values.get(first) == null) {
              first--;
            }
            XWPFTableCell start = row.getCell(first);
            var pr =
                start.getCTTc().isSetTcPr()
                    ? start.getCTTc().getTcPr()
                    : start.getCTTc().addNewTcPr();
            pr.addNewGridSpan().setVal(BigInteger.valueOf(c - first + 1));
            for (int k = c; k > first; k--) {
              row.removeCell(k);
            }
            write(start, values.get(first));
            c = first;
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(XWPFTableCell cell, String text) {
    String[] lines = text.split("\n", -1);
    cell.getParagraphs().get(0).createRun().setText(lines[0]);
    for (int i = 1; i < lines.length; i++) {
      cell.addParagraph().createRun().setText(lines[i]);
    }
  }
}
