package org.bihuan.problem.importing;

import static org.bihuan.problem.importing.XlsxWorksheet.integer;
import static org.bihuan.problem.importing.XlsxWorksheet.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The visible worksheets of an .xlsx, read by streaming its XML with StAX (never a POI workbook in
 * memory): shared strings, the number formats that make a cell a date, each sheet's cells and
 * merged areas. {@link ZipPackage#inspect} has measured the package before this runs; the cell
 * count and the characters of text are capped here too, counted as they are read: a sheet part of
 * 50 MB holds tens of millions of characters, which the import would keep several times over as
 * cells, lines and their text (docs/decisions/0176).
 */
final class XlsxSheets {

  private static final XMLInputFactory XML = ZipPackage.xmlFactory();

  private XlsxSheets() {}

  private record SheetRef(String name, String target) {}

  static WorkbookSheets read(byte[] body, ImportLimits limits) {
    try {
      return readSheets(body, limits);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      if (e instanceof org.bihuan.platform.error.ApiProblem p) {
        throw p;
      }
      throw ZipPackage.damaged("a readable Excel workbook (.xlsx)");
    }
  }

  private static WorkbookSheets readSheets(byte[] body, ImportLimits limits)
      throws IOException, XMLStreamException {
    List<SheetRef> sheets = new ArrayList<>();
    List<WorkbookSheets.Hidden> hidden = new ArrayList<>();
    Map<String, String> targets = new HashMap<>();
    List<String> strings = new ArrayList<>();
    List<Boolean> dateStyles = new ArrayList<>();
    java.util.Set<Integer> yearMonthStyles = new java.util.HashSet<>();
    Map<Integer, Integer> decimalStyles = new HashMap<>();
    boolean[] date1904 = {false};
    try (ZipArchiveInputStream zip = ZipPackage.entries(body)) {
      for (ZipArchiveEntry e; (e = zip.getNextEntry()) != null; ) {
        switch (e.getName()) {
          case "xl/workbook.xml" -> workbook(zip, sheets, hidden, date1904, limits);
          case "xl/_rels/workbook.xml.rels" -> relationships(zip, targets);
          case "xl/sharedStrings.xml" -> sharedStrings(zip, strings, limits);
          case "xl/styles.xml" -> styles(zip, dateStyles, yearMonthStyles, decimalStyles);
          default -> {}
        }
      }
    }
    Map<String, SheetCells> byPath = new LinkedHashMap<>();
    for (SheetRef s : sheets) {
      String target = targets.get(s.target());
      if (target == null) {
        continue;
      }
      String path = target.startsWith("/") ? target.substring(1) : "xl/" + target;
      byPath.put(path, new SheetCells(s.name(), date1904[0]));
    }
    long[] cells = {0};
    long[] chars = {0};
    try (ZipArchiveInputStream zip = ZipPackage.entries(body)) {
      for (ZipArchiveEntry e; (e = zip.getNextEntry()) != null; ) {
        SheetCells sheet = byPath.get(e.getName());
        if (sheet != null) {
          sheet(
              zip,
              sheet,
              strings,
              dateStyles,
              new XlsxWorksheet.NumberStyles(yearMonthStyles, decimalStyles),
              date1904[0],
              cells,
              chars,
              limits);
        }
      }
    }
    List<Grid> grids = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (SheetCells sheet : byPath.values()) {
      grids.add(sheet.grid());
      notes.addAll(sheet.notes());
    }
    return new WorkbookSheets(grids, hidden, notes);
  }

  static XMLStreamReader xml(InputStream in) throws XMLStreamException {
    return XML.createXMLStreamReader(new ZipPackage.Counted(in, Long.MAX_VALUE, Long.MAX_VALUE));
  }

  private static void workbook(
      InputStream in,
      List<SheetRef> sheets,
      List<WorkbookSheets.Hidden> hidden,
      boolean[] date1904,
      ImportLimits limits)
      throws XMLStreamException {
    XMLStreamReader x = xml(in);
    while (x.hasNext()) {
      if (x.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String local = x.getLocalName();
      if (local.equals("workbookPr")) {
        String v = attribute(x, "date1904");
        date1904[0] = "1".equals(v) || "true".equals(v);
      } else if (local.equals("sheet")) {
        String state = attribute(x, "state");
        if (state == null || state.equals("visible")) {
          sheets.add(new SheetRef(attribute(x, "name"), attribute(x, "id")));
        } else {
          hidden.add(new WorkbookSheets.Hidden(attribute(x, "name"), state.equals("veryHidden")));
        }
        WorkbookSheets.sheetsWithin(sheets.size() + hidden.size(), limits);
      }
    }
  }

  private static void relationships(InputStream in, Map<String, String> targets)
      throws XMLStreamException {
    XMLStreamReader x = xml(in);
    while (x.hasNext()) {
      if (x.next() == XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("Relationship")) {
        targets.put(attribute(x, "Id"), attribute(x, "Target"));
      }
    }
  }

  private static void sharedStrings(InputStream in, List<String> strings, ImportLimits limits)
      throws XMLStreamException {
    XMLStreamReader x = xml(in);
    StringBuilder text = null;
    long chars = 0;
    int skipDepth = 0; // inside <rPh> (phonetic hints): not part of the text
    boolean inText = false;
    while (x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "si" -> text = new StringBuilder();
          case "rPh" -> skipDepth++;
          case "t" -> inText = skipDepth == 0;
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (x.getLocalName()) {
          case "si" -> {
            strings.add(text == null ? "" : text.toString());
            text = null;
            if (strings.size() > limits.maxCells()) {
              throw limits.tooLarge("The workbook holds more than " + limits.maxCells() + " texts");
            }
          }
          case "rPh" -> skipDepth--;
          case "t" -> inText = false;
          default -> {}
        }
      } else if (inText && text != null && isText(event)) {
        chars = counted(chars, x.getTextLength(), limits);
        text.append(x.getText());
      }
    }
  }

  /**
   * The characters read so far with {@code more} added; refuses a workbook past the text budget
   * before the text is kept.
   */
  static long counted(long chars, int more, ImportLimits limits) {
    long total = chars + more;
    if (total > limits.maxTextChars()) {
      throw limits.tooLarge(
          "The workbook holds more than " + limits.maxTextChars() + " characters of text");
    }
    return total;
  }

  static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS
        || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }

  /**
   * For each cell style (cellXfs), whether its number format shows a date, and the styles whose
   * date shows only the year and month ({@link CellValues#isYearMonthFormat}), and the decimals of
   * those that show a fixed count of them ({@link CellValues#fixedDecimals}).
   */
  private static void styles(
      InputStream in,
      List<Boolean> dateStyles,
      java.util.Set<Integer> yearMonthStyles,
      Map<Integer, Integer> decimalStyles)
      throws XMLStreamException {
    XMLStreamReader x = xml(in);
    Map<Integer, String> formats = new HashMap<>();
    boolean inCellXfs = false;
    while (x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (x.getLocalName()) {
          case "numFmt" -> {
            Integer id = integer(attribute(x, "numFmtId"));
            if (id != null) {
              formats.put(id, attribute(x, "formatCode"));
            }
          }
          case "cellXfs" -> inCellXfs = true;
          case "xf" -> {
            if (inCellXfs) {
              Integer id = integer(attribute(x, "numFmtId"));
              int fid = id == null ? 0 : id;
              String code =
                  formats.getOrDefault(
                      fid, org.apache.poi.ss.usermodel.BuiltinFormats.getBuiltinFormat(fid));
              boolean date = CellValues.isDateFormat(fid, code);
              if (date && CellValues.isYearMonthFormat(fid, code)) {
                yearMonthStyles.add(dateStyles.size());
              }
              int decimals = date ? -1 : CellValues.fixedDecimals(fid, code);
              if (decimals >= 0) {
                decimalStyles.put(dateStyles.size(), decimals);
              }
              dateStyles.add(date);
            }
          }
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("cellXfs")) {
        inCellXfs = false;
      }
    }
  }

  static String attribute(XMLStreamReader x, String localName) {
    for (int i = 0; i < x.getAttributeCount(); i++) {
      if (x.getAttributeLocalName(i).equals(localName)) {
        return x.getAttributeValue(i);
      }
    }
    return null;
  }
}
