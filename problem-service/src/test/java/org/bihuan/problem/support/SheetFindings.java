package org.bihuan.problem.support;

import static org.bihuan.problem.support.Ledgers.row;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Ledger sheets written by POI as an office keeps them (docs/decisions/0319): a header row standing
 * below row 20, under a long 填报说明 ({@link #lowHeader}); and formulas as a program leaves them
 * uncomputed — a 序号 filled down as Excel stores a filled-down formula (a shared formula written
 * once, {@code <f t="shared" ref="A3:A6" si="0">ROW()-2</f>}, and {@code <f t="shared" si="0"/>} in
 * the cells below it), a 责任单位 filled down from the cell above (=D3, shared too), and a 责任人 {@code
 * =Z3} referring to an empty cell ({@link #formulas}).
 */
public final class SheetFindings {

  private SheetFindings() {}

  public static final List<Object> HEADER = row("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限");

  private static final int WIDTH = HEADER.size();

  /** The 填报说明 above the header: this many lines. */
  public static final int NOTES = 22;

  /** The sheet 台账 with {@link #NOTES} lines of notes, then the header and two rows. */
  public static byte[] lowHeader(List<Object> header) {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Ledgers.across(WIDTH, "巡察反馈问题整改台账"));
    for (int i = 1; i <= NOTES; i++) {
      rows.add(Ledgers.across(WIDTH, "填报说明" + i + "：请各责任单位按要求如实填写第" + i + "项内容，不得漏报。"));
    }
    rows.add(header);
    rows.add(row(1, "督查检查过多过频。", "精简督查检查事项。", "办公室", "张伟", "2024年9月30日"));
    rows.add(row(2, "公务接待超标准。", "修订公务接待管理办法。", "财务科", "李娜", "2024年11月30日"));
    return Ledgers.xlsx(List.of(new Ledgers.Table("台账", rows, List.of(), WIDTH)));
  }

  /** The 序号, 责任单位 and 责任人 of rows 3 to 6 as formulas a program wrote and never computed. */
  public static byte[] formulas() {
    List<List<String>> rows =
        List.of(
            List.of("序号", "存在问题", "整改措施", "责任单位", "责任人", "整改时限"),
            List.of("=ROW()-2", "督查检查过多过频。", "精简督查检查事项。", "办公室", "=Z3", "2024年9月30日"),
            List.of("=ROW()-2", "文件会议偏多。", "压减文件会议数量。", "=D3", "张伟", "2024年10月31日"),
            List.of("=ROW()-2", "公务接待超标准。", "修订公务接待管理办法。", "=D3", "李娜", "2024年11月30日"),
            List.of("=ROW()-2", "会议室使用不规范。", "制定会议室管理制度。", "=D3", "=Z6", "2024年12月31日"));
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet sheet = wb.createSheet("台账");
      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue("机关作风问题整改台账");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows.get(r).size(); c++) {
          String v = rows.get(r).get(c);
          if (v.startsWith("=")) {
            row.createCell(c).setCellFormula(v.substring(1));
          } else {
            row.createCell(c).setCellValue(v);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return shared(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The workbook with A3:A6 one shared formula (written in A3, {@code si="0"} in the cells below)
   * and D4:D6 another (written in D4, {@code si="1"} below), as Excel stores a filled-down formula.
   */
  private static byte[] shared(byte[] xlsx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        byte[] bytes = in.readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(bytes, StandardCharsets.UTF_8);
          xml = anchor(xml, "A3", "A3:A6", 0);
          xml = anchor(xml, "D4", "D4:D6", 1);
          for (String cell : List.of("A4", "A5", "A6")) {
            xml = dependent(xml, cell, 0);
          }
          for (String cell : List.of("D5", "D6")) {
            xml = dependent(xml, cell, 1);
          }
          bytes = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(bytes);
      }
    }
    return out.toByteArray();
  }

  private static String anchor(String xml, String cell, String range, int si) {
    String patched =
        xml.replaceFirst(
            "(<c r=\"" + cell + "\"[^>]*>)<f>",
            "$1<f t=\"shared\" ref=\"" + range + "\" si=\"" + si + "\">");
    if (patched.equals(xml)) {
      throw new IllegalStateException(cell);
    }
    return patched;
  }

  private static String dependent(String xml, String cell, int si) {
    String patched =
        xml.replaceFirst(
            "(<c r=\"" + cell + "\"[^>]*>)<f>[^<]*</f>", "$1<f t=\"shared\" si=\"" + si + "\"/>");
    if (patched.equals(xml)) {
      throw new IllegalStateException(cell);
    }
    return patched;
  }
}
