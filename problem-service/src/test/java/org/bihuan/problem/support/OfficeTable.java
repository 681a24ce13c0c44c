package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A 整改任务清单 as an office writes it in Word — a title, prose above and under it, and one table —
 * written as .docx by POI; its PDF is LibreOffice's conversion of that .docx ({@link #writePdf}),
 * as an office exports it. The options are those of the documents the tests read: the columns'
 * widths in twentieths of a point (narrow ones wrap their header cells), with Word's single lines
 * or without borders, the header row repeated on every page (Word's 标题行重复), the cells' font size, a
 * page number in the footer, and cells merged down a column (a problem over several measures'
 * rows). A cell's text holds a paragraph a line. Each option returns a new table; a table is never
 * changed.
 */
public final class OfficeTable {

  private final String title;
  private final List<String> header;
  private final int[] widths;
  private final List<List<String>> rows;
  private boolean titleCentred;
  private double titleSize;
  private List<String> above = List.of();
  private List<String> below = List.of();
  private boolean ruled = true;
  private boolean repeatHeader;
  private double cellSize;
  private boolean pageNumbers;
  private List<int[]> merged = List.of();

  private OfficeTable(String title, List<String> header, int[] widths, List<List<String>> rows) {
    this.title = title;
    this.header = header;
    this.widths = widths;
    this.rows = rows;
  }

  /** A table with borders, its title a plain paragraph, nothing else around it. */
  public static OfficeTable of(
      String title, List<String> header, int[] widths, List<List<String>> rows) {
    return new OfficeTable(title, header, widths, rows);
  }

  /** This table with one option changed by {@code change}. */
  private OfficeTable with(java.util.function.Consumer<OfficeTable> change) {
    OfficeTable t = new OfficeTable(title, header, widths, rows);
    t.titleCentred = titleCentred;
    t.titleSize = titleSize;
    t.above = above;
    t.below = below;
    t.ruled = ruled;
    t.repeatHeader = repeatHeader;
    t.cellSize = cellSize;
    t.pageNumbers = pageNumbers;
    t.merged = merged;
    change.accept(t);
    return t;
  }

  /** The title centred and bold, at {@code size} points (0: the document's default size). */
  public OfficeTable centredTitle(double size) {
    return with(
        t -> {
          t.titleCentred = true;
          t.titleSize = size;
        });
  }

  /** Paragraphs between the title and the table, and after the table. */
  public OfficeTable prose(List<String> before, List<String> after) {
    return with(
        t -> {
          t.above = before;
          t.below = after;
        });
  }

  /** The table without borders ({@code lines} false) or with Word's single lines. */
  public OfficeTable ruled(boolean lines) {
    return with(t -> t.ruled = lines);
  }

  /** The header row repeated at the top of every page. */
  public OfficeTable repeatedHeader() {
    return with(t -> t.repeatHeader = true);
  }

  /** The cells' text at {@code size} points. */
  public OfficeTable cellSize(double size) {
    return with(t -> t.cellSize = size);
  }

  /** A page number centred in the footer. */
  public OfficeTable withPageNumbers() {
    return with(t -> t.pageNumbers = true);
  }

  /**
   * Column {@code column}'s cells of data rows {@code first} to {@code last} (counted from 1 under
   * the header) merged into one holding the first's text; the others' texts are not written.
   */
  public OfficeTable merged(int column, int first, int last) {
    List<int[]> more = new ArrayList<>(merged);
    more.add(new int[] {column, first, last});
    return with(t -> t.merged = List.copyOf(more));
  }

  public byte[] docx() {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFParagraph heading = document.createParagraph();
      XWPFRun run = heading.createRun();
      if (titleCentred) {
        heading.setAlignment(ParagraphAlignment.CENTER);
        run.setBold(true);
        if (titleSize > 0) {
          run.setFontSize(titleSize);
        }
      }
      run.setText(title);
      for (String line : above) {
        document.createParagraph().createRun().setText(line);
      }
      table(document);
      for (String line : below) {
        document.createParagraph().createRun().setText(line);
      }
      if (pageNumbers) {
        XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setAlignment(ParagraphAlignment.CENTER);
        footer.getCTP().addNewFldSimple().setInstr("PAGE");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void table(XWPFDocument document) {
    XWPFTable table = document.createTable(rows.size() + 1, header.size());
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    grid.setGridColArray(new CTTblGridCol[0]);
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    if (!ruled) {
      table.setTopBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setBottomBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setLeftBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setRightBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setInsideHBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
      table.setInsideVBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
    }
    for (int r = 0; r <= rows.size(); r++) {
      XWPFTableRow row = table.getRow(r);
      if (r == 0 && repeatHeader) {
        row.setRepeatHeader(true);
      }
      List<String> cells = r == 0 ? header : rows.get(r - 1);
      for (int c = 0; c < cells.size(); c++) {
        XWPFTableCell cell = row.getCell(c);
        cell.setWidth(String.valueOf(widths[c]));
        STMerge.Enum merge = merge(r, c);
        if (merge != null) {
          cell.getCTTc().addNewTcPr().addNewVMerge().setVal(merge);
          if (merge == STMerge.CONTINUE) {
            continue;
          }
        }
        String[] paragraphs = cells.get(c).split("\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
          XWPFParagraph paragraph = p == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
          XWPFRun text = paragraph.createRun();
          if (cellSize > 0) {
            text.setFontSize(cellSize);
          }
          text.setText(paragraphs[p]);
        }
      }
    }
  }

  /** How the cell of row {@code r} (0: the header) and column {@code c} is merged, or null. */
  private STMerge.Enum merge(int r, int c) {
    for (int[] m : merged) {
      if (m[0] == c && r >= m[1] && r <= m[2]) {
        return r == m[1] ? STMerge.RESTART : STMerge.CONTINUE;
      }
    }
    return null;
  }

  /** Writes {@code name}.docx into {@code dir} and LibreOffice's {@code name}.pdf of it beside. */
  public void writePdf(Path dir, String name) throws IOException, InterruptedException {
    Path file = dir.resolve(name + ".docx");
    Files.write(file, docx());
    OfficeWord.toPdf(file);
  }
}
