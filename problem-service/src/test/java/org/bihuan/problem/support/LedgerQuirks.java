package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * Tables with the details real ledgers have and the model ledgers of {@link Ledgers} do not: units
 * cells of several paragraphs or lines (牵头：/配合：), several units in one cell separated by spaces,
 * ；or /, totals rows (合计), date serials in General cells and numbers stored as text, a 备注 column
 * and columns the importer does not read, hidden and very hidden sheets. Each comes with the dry
 * run's answer written by hand (problems and warnings), for the import tests and the
 * import-accuracy corpus.
 */
public final class LedgerQuirks {

  private LedgerQuirks() {}

  /**
   * A Word 整改任务清单: units cells of two paragraphs, with a line break, and separated by spaces, ； and
   * /; a 佐证材料 column the importer does not read, a 备注 column, a 合计 row.
   */
  public static byte[] wordTaskList() {
    try (XWPFDocument document = new XWPFDocument()) {
      String[][] rows = {
        {"序号", "存在问题", "整改措施", "责任单位", "具体责任人", "完成时限", "佐证材料", "备注"},
        {"1", "公务接待超标准的问题", "规范公务接待", null, "张三", "2024年6月30日", "零超标", "已纳入年度计划"},
        {"2", "会议过多的问题", "压减会议", null, "李四", "2024年9月30日", "", ""},
        {"3", "车辆管理不规范的问题", "建立用车台账", "车队 后勤科；保卫科/纪检组", "王五", "长期坚持", "台账完整", ""},
        {"合计", "共3项", "", "", "", "", "", ""},
      };
      XWPFTable table = document.createTable(rows.length, rows[0].length);
      for (int r = 0; r < rows.length; r++) {
        for (int c = 0; c < rows[r].length; c++) {
          if (rows[r][c] != null) {
            table.getRow(r).getCell(c).setText(rows[r][c]);
          }
        }
      }
      // two paragraphs in one cell
      XWPFTableCell units = table.getRow(1).getCell(3);
      units.getParagraphs().get(0).createRun().setText("牵头：办公室");
      units.addParagraph().createRun().setText("配合：财务科、人事科");
      // a line break inside one paragraph
      XWPFParagraph broken = table.getRow(2).getCell(3).getParagraphs().get(0);
      XWPFRun run = broken.createRun();
      run.setText("办公室");
      run.addBreak();
      run.setText("党建科");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static final String WORD_TASK_LIST_PROBLEMS =
      """
      [
       {"title": "公务接待超标准的问题", "description": "公务接待超标准的问题", "categoryPath": [],
        "measures": [{"measure": "规范公务接待", "responsibleUnits": ["办公室"],
          "coResponsibleUnits": ["财务科", "人事科"], "leaderInCharge": null,
          "responsiblePerson": "张三", "timing": "DEADLINE", "deadline": "2024-06-30",
          "progress": "备注：已纳入年度计划", "statusHint": null}],
        "origin": {"table": 1, "rows": [2, 2]}},
       {"title": "会议过多的问题", "description": "会议过多的问题", "categoryPath": [],
        "measures": [{"measure": "压减会议", "responsibleUnits": ["办公室", "党建科"],
          "coResponsibleUnits": [], "leaderInCharge": null,
          "responsiblePerson": "李四", "timing": "DEADLINE", "deadline": "2024-09-30",
          "progress": null, "statusHint": null}],
        "origin": {"table": 1, "rows": [3, 3]}},
       {"title": "车辆管理不规范的问题", "description": "车辆管理不规范的问题", "categoryPath": [],
        "measures": [{"measure": "建立用车台账", "responsibleUnits": ["车队", "后勤科", "保卫科", "纪检组"],
          "coResponsibleUnits": [], "leaderInCharge": null,
          "responsiblePerson": "王五", "timing": "LONG_TERM", "deadline": null,
          "progress": null, "statusHint": null}],
        "origin": {"table": 1, "rows": [4, 4]}}
      ]
      """;

  public static final List<String> WORD_TASK_LIST_WARNINGS =
      List.of(
          "Table row 5: a totals row (「合计 共3项」), not a problem; it was not imported.",
          "Table: column 7 「佐证材料」 is not imported (the importer does not read it); the text of"
              + " its 2 filled cell(s) was not kept.",
          "Table: the 备注 column's text (1 row(s)) is kept in the measure's progress note as"
              + " 「备注：…」 (it becomes the ticket's first progress report), or in the problem's"
              + " description when the problem has no measure.");

  /**
   * An Excel 整改台账 (either format): a merged title, a date serial in a General cell, a number stored
   * as text in the time-limit column, a units cell of two lines (Alt+Enter), co-operating units
   * separated by a space, a 备注 and a 佐证材料 column, a 合计 row merged across, a hidden sheet of
   * drop-down lists and a very hidden old copy.
   */
  public static byte[] ledger(Workbook wb) {
    try (wb) {
      Sheet sheet = wb.createSheet("整改台账");
      Object[][] rows = {
        {"2024年巡察反馈问题整改台账"},
        {"序号", "问题类别", "问题描述", "整改措施", "责任单位", "配合单位", "完成时限", "备注", "佐证材料"},
        {1, "作风建设", "公务接待超标准的问题", "规范公务接待", "办公室", "财务科 人事科", 45473, "已纳入年度计划", "接待清单"},
        {2, "作风建设", "会议过多的问题", "压减会议", "牵头：办公室\n配合：党建科", null, "45565", null, null},
        {3, "纪律建设", "车辆管理不规范的问题", "建立用车台账", "车队", "后勤科、保卫科", "2024年12月31日", null, null},
        {"合计：3项"},
      };
      CellStyle general = wb.createCellStyle();
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object v = rows[r][c];
          if (v instanceof Integer n) {
            row.createCell(c).setCellValue(n);
            row.getCell(c).setCellStyle(general);
          } else if (v != null) {
            row.createCell(c).setCellValue(v.toString());
          }
        }
      }
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
      sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, 8));
      Sheet lists = wb.createSheet("下拉选项");
      lists.createRow(0).createCell(0).setCellValue("办公室");
      lists.createRow(1).createCell(0).setCellValue("财务科");
      Sheet old = wb.createSheet("旧台账");
      old.createRow(0).createCell(0).setCellValue("问题描述");
      old.getRow(0).createCell(1).setCellValue("整改措施");
      old.createRow(1).createCell(0).setCellValue("已作废的问题");
      wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
      wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static final String LEDGER_PROBLEMS =
      """
      [
       {"title": "公务接待超标准的问题", "description": "公务接待超标准的问题", "categoryPath": ["作风建设"],
        "measures": [{"measure": "规范公务接待", "responsibleUnits": ["办公室"],
          "coResponsibleUnits": ["财务科", "人事科"], "leaderInCharge": null,
          "responsiblePerson": null, "timing": "DEADLINE", "deadline": "2024-06-30",
          "progress": "备注：已纳入年度计划", "statusHint": null}],
        "origin": {"sheet": "整改台账", "rows": [3, 3]}},
       {"title": "会议过多的问题", "description": "会议过多的问题", "categoryPath": ["作风建设"],
        "measures": [{"measure": "压减会议", "responsibleUnits": ["办公室"],
          "coResponsibleUnits": ["党建科"], "leaderInCharge": null,
          "responsiblePerson": null, "timing": "DEADLINE", "deadline": "2024-09-30",
          "progress": null, "statusHint": null}],
        "origin": {"sheet": "整改台账", "rows": [4, 4]}},
       {"title": "车辆管理不规范的问题", "description": "车辆管理不规范的问题", "categoryPath": ["纪律建设"],
        "measures": [{"measure": "建立用车台账", "responsibleUnits": ["车队"],
          "coResponsibleUnits": ["后勤科", "保卫科"], "leaderInCharge": null,
          "responsiblePerson": null, "timing": "DEADLINE", "deadline": "2024-12-31",
          "progress": null, "statusHint": null}],
        "origin": {"sheet": "整改台账", "rows": [5, 5]}}
      ]
      """;

  public static final List<String> LEDGER_WARNINGS =
      List.of(
          "Sheet 「下拉选项」 is hidden; it was not read. Hidden sheets usually hold lookup lists or"
              + " old versions; to import its rows, unhide it in Excel (取消隐藏) and upload the file"
              + " again.",
          "Sheet 「旧台账」 is very hidden (only a macro can show it); it was not read. Hidden sheets"
              + " usually hold lookup lists or old versions; to import its rows, unhide it in Excel"
              + " (取消隐藏) and upload the file again.",
          "Sheet 「整改台账」 row 4: the time limit 「45565」 is a number stored as text; it was read as"
              + " the Excel date 2024年9月30日 (check it).",
          "Sheet 「整改台账」 row 6: a totals row (「合计：3项」), not a problem; it was not imported.",
          "Sheet 「整改台账」: column I 「佐证材料」 is not imported (the importer does not read it); the"
              + " text of its 1 filled cell(s) was not kept.",
          "Sheet 「整改台账」: the 备注 column's text (1 row(s)) is kept in the measure's progress note"
              + " as 「备注：…」 (it becomes the ticket's first progress report), or in the problem's"
              + " description when the problem has no measure.");
}
