package org.bihuan.problem.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The text of a .docx, one line per paragraph in document order, the paragraphs of tables included,
 * so that a Word file gives the same text as the same content saved as .txt.
 *
 * <p>Word's automatic list numbering is not in the text: Word computes it when it renders. It is
 * rebuilt here, best effort, from the list definitions (numbering.xml): a counter per abstract list
 * and level, deeper levels restarting when a shallower one advances, the level's pattern (%1、,
 * （%1）, %1.) and format (decimal, chineseCounting → 一二三, decimalEnclosedCircle → ①, letters,
 * roman), numbering given on the paragraph or inherited from its paragraph style, a level's start
 * value, and a list instance's start override (w:startOverride, Word's 重新开始编号/起始编号), which restarts
 * the level at its first paragraph of that instance. Not rebuilt: legal-style numbering, numbering
 * fields (LISTNUM, SEQ), and numbering that Word continues across separately defined lists. Typed
 * numbering, the common case in Chinese official documents, is plain text and always exact.
 *
 * <p>Tables give their cells' paragraphs row by row, and each table as a {@link Grid} for {@link
 * TableReading}: a rectification table's rows say which problem each measure belongs to.
 */
final class WordDocumentText {

  static {
    // ZipPackage.inspect has measured every part (inflated bytes, XML elements) against the import
    // budget before XWPF opens the package. POI's own guard, a part that inflates more than 100
    // times, refused documents within that budget that are merely repetitive (a form of thousands
    // of
    // identical empty rows), as damaged (docs/decisions/0254).
    ZipSecureFile.setMinInflateRatio(0);
  }

  private WordDocumentText() {}

  static DocumentContent read(byte[] bytes) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      ListNumbers numbers = new ListNumbers(document.getNumbering(), document.getStyles());
      StringBuilder all = new StringBuilder();
      StringBuilder outside = new StringBuilder();
      List<Grid> tables = new ArrayList<>();
      List<String> lead = new ArrayList<>();
      WordTableOfContents contents = new WordTableOfContents(document.getStyles());
      Grid.Place.Lines allLines = new Grid.Place.Lines(all);
      Grid.Place.Lines outsideLines = new Grid.Place.Lines(outside);
      for (XmlObject element : children(document.getDocument().getBody())) {
        ReadingTime.check();
        if (element instanceof CTP p) {
          StringBuilder line = new StringBuilder();
          paragraph(new XWPFParagraph(p, document), numbers, line);
          if (contents.skips(p, line.toString(), allLines.count() + 1)) {
            line.setLength(0);
            line.append('\n');
          }
          all.append(line);
          outside.append(line);
          lead(line, lead);
        } else if (element instanceof CTTbl table) {
          int outsideBefore = outsideLines.count();
          int first = tables.size();
          table(table, document, numbers, all, tables, lead);
          Grid.Place place = new Grid.Place(outsideBefore, allLines.count());
          for (int i = first; i < tables.size(); i++) {
            Grid g = tables.get(i);
            tables.set(i, Grid.wordTable(g.rows(), g.table(), g.lead(), place));
          }
          lead.clear();
        }
      }
      List<String> warnings = new ArrayList<>();
      if (contents.warning() != null) {
        warnings.add(contents.warning());
      }
      warnings.addAll(notes(document));
      return new DocumentContent(
          "docx", all.toString(), outside.toString(), tables, List.of(), List.copyOf(warnings));
    }
  }

  /** How many characters of a footnote or endnote a warning quotes. */
  private static final int NOTE_QUOTED = 60;

  /**
   * The document's footnotes and endnotes: notes to the text (a source, 根据《…》第二十条), not the text of
   * a problem. Their reference marks are left out of the paragraphs ({@link #revised}) and the
   * notes themselves are not imported; each is named (docs/decisions/0215).
   */
  private static List<String> notes(XWPFDocument document) {
    List<String> warnings = new ArrayList<>();
    List<XWPFAbstractFootnoteEndnote> all = new ArrayList<>();
    all.addAll(document.getFootnotes());
    all.addAll(document.getEndnotes());
    for (var note : all) {
      var type = note.getCTFtnEdn().getType();
      if (type != null && type != STFtnEdn.NORMAL) {
        continue; // the separator lines Word draws above notes
      }
      StringBuilder text = new StringBuilder();
      for (var p : note.getParagraphs()) {
        text.append(shownText(p.getCTP()));
      }
      String t = text.toString().strip().replaceAll("\\s+", " ");
      if (t.isEmpty()) {
        continue;
      }
      warnings.add(
          (document.getFootnotes().contains(note) ? "Footnote " : "Endnote ")
              + note.getId()
              + " 「"
              + (t.length() > NOTE_QUOTED ? t.substring(0, NOTE_QUOTED) + "…" : t)
              + "」 is a note to the text, not part of a problem; it and its mark were not imported.");
    }
    return warnings;
  }

  /** Keeps the last few non-blank paragraphs above the next table (its headings). */
  private static void lead(CharSequence text, List<String> lead) {
    String line = text.toString().strip();
    if (!line.isEmpty()) {
      if (lead.size() == LEAD_KEPT) {
        lead.remove(0);
      }
      lead.add(line);
    }
  }

  /** How many paragraphs above a table are kept for it: enough for nested headings. */
  private static final int LEAD_KEPT = 8;

  private static void paragraph(XWPFParagraph paragraph, ListNumbers numbers, StringBuilder out) {
    CTP p = paragraph.getCTP();
    String text = revised(p) ? shownText(p) : paragraph.getText();
    String label = numbers.label(paragraph);
    if (label != null && !text.isBlank()) {
      out.append(label);
    }
    out.append(text).append('\n');
  }

  /**
   * Whether a paragraph holds tracked changes (w:ins, w:del, w:moveFrom, w:moveTo), hidden text
   * (w:vanish) or a footnote's or endnote's mark: its text is then read as Word shows it with the
   * changes accepted ({@link #shownText}), without the mark (POI's text would hold [footnoteRef:1]
   * and the note itself).
   */
  private static boolean revised(CTP p) {
    try (XmlCursor c = p.newCursor();
        XmlCursor end = p.newCursor()) {
      end.toEndToken();
      while (c.toNextToken() != XmlCursor.TokenType.ENDDOC && c.isLeftOf(end)) {
        if (c.isStart() && W.equals(c.getName().getNamespaceURI())) {
          switch (c.getName().getLocalPart()) {
            case "ins",
                "del",
                "moveFrom",
                "moveTo",
                "vanish",
                "strike",
                "dstrike",
                "footnoteReference",
                "endnoteReference" -> {
              return true;
            }
            default -> {}
          }
        }
      }
    }
    return false;
  }

  /**
   * A paragraph's text as Word shows it with its tracked changes accepted and hidden text hidden:
   * deleted (w:del) and moved-away (w:moveFrom) runs are dropped, inserted (w:ins) and moved-here
   * runs kept, and a run formatted as hidden (w:vanish) or struck out (w:strike, w:dstrike) is no
   * text — a document's hidden notes and struck-out drafts are not what it says.
   */
  static String shownText(XmlObject paragraph) {
    StringBuilder out = new StringBuilder();
    shown(paragraph, out, 0);
    return out.toString();
  }

  private static void shown(XmlObject container, StringBuilder out, int depth) {
    if (depth > CONTROLS_NESTED) {
      return;
    }
    try (XmlCursor c = container.newCursor()) {
      if (!c.toFirstChild()) {
        return;
      }
      do {
        QName name = c.getName();
        if (name == null || !W.equals(name.getNamespaceURI())) {
          continue;
        }
        switch (name.getLocalPart()) {
          case "del", "moveFrom", "pPr", "rPr" -> {}
          case "r" -> run(c.getObject(), out);
          default -> shown(c.getObject(), out, depth + 1);
        }
      } while (c.toNextSibling());
    }
  }

  private static void run(XmlObject run, StringBuilder out) {
    try (XmlCursor c = run.newCursor()) {
      if (!c.toFirstChild()) {
        return;
      }
      do {
        QName name = c.getName();
        if (name == null || !W.equals(name.getNamespaceURI())) {
          continue;
        }
        switch (name.getLocalPart()) {
          case "rPr" -> {
            if (hidden(c.getObject(), "vanish") || hidden(c.getObject(), "strike", "dstrike")) {
              return;
            }
          }
          case "t" -> out.append(c.getTextValue());
          case "tab", "ptab" -> out.append('\t');
          case "br", "cr" -> out.append('\n');
          case "noBreakHyphen" -> out.append('-');
          default -> {}
        }
      } while (c.toNextSibling());
    }
  }

  /**
   * Whether run properties hide the run (w:vanish) or strike it out (w:strike, w:dstrike: a deleted
   * word left visible, which the PDF reading leaves out too), unless w:val turns it off.
   */
  private static boolean hidden(XmlObject rPr, String... flags) {
    for (String flag : flags) {
      for (XmlObject set : rPr.selectChildren(W, flag)) {
        try (XmlCursor v = set.newCursor()) {
          String val = v.getAttributeText(new QName(W, "val"));
          if (val == null || !(val.equals("0") || val.equals("false") || val.equals("off"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The children of a body, table, row or cell in document order, with content controls (w:sdt,
   * whose content is in w:sdtContent) and custom XML (w:customXml) unwrapped: a paragraph, table,
   * row or cell inside a content control is read as if the control were not there. Word uses
   * controls for repeating sections (rows), locked cells and whole tables of a template.
   */
  static List<XmlObject> children(XmlObject container) {
    List<XmlObject> out = new ArrayList<>();
    collect(container, out, 0);
    return out;
  }

  /** How deep content controls are unwrapped inside one another. */
  private static final int CONTROLS_NESTED = 16;

  private static void collect(XmlObject container, List<XmlObject> out, int depth) {
    try (XmlCursor c = container.newCursor()) {
      if (!c.toFirstChild()) {
        return;
      }
      do {
        QName name = c.getName();
        if (name == null || !W.equals(name.getNamespaceURI())) {
          continue;
        }
        XmlObject o = c.getObject();
        switch (name.getLocalPart()) {
          case "sdt" -> {
            if (depth < CONTROLS_NESTED) {
              for (XmlObject content : o.selectChildren(W, "sdtContent")) {
                collect(content, out, depth + 1);
              }
            }
          }
          case "customXml" -> {
            if (depth < CONTROLS_NESTED) {
              collect(o, out, depth + 1);
            }
          }
          default -> out.add(o);
        }
      } while (c.toNextSibling());
    }
  }

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /**
   * A table's cells as lines of text (for documents laid out in a table), and the table as a {@link
   * Grid}: a cell spanning several grid columns (gridSpan) covers each of them, a cell that
   * continues a vertical merge takes the text of the cell above. Rows and cells inside content
   * controls are rows and cells of the table. Nested tables add their own grids.
   */
  private static void table(
      CTTbl table,
      IBody body,
      ListNumbers numbers,
      StringBuilder out,
      List<Grid> tables,
      List<String> lead) {
    List<Grid.Row> rows = new ArrayList<>();
    List<Grid.Cell> above = new ArrayList<>();
    int number = 0;
    int firstInner = tables.size();
    for (XmlObject r : children(table)) {
      if (!(r instanceof CTRow row)) {
        continue;
      }
      number++;
      List<Grid.Cell> cells = new ArrayList<>();
      int before = gridBefore(row);
      for (int i = 0; i < before; i++) {
        cells.add(Grid.Cell.EMPTY);
      }
      for (XmlObject c : children(row)) {
        if (!(c instanceof CTTc cell)) {
          continue;
        }
        StringBuilder text = new StringBuilder();
        StringBuilder cellValue = new StringBuilder();
        cellText(cell, body, numbers, text, cellValue, tables);
        out.append(text);
        String value = cellValue.toString().strip();
        int span = span(cell);
        for (int k = 0; k < span; k++) {
          int column = cells.size();
          if (continuesMerge(cell) && value.isEmpty() && column < above.size()) {
            Grid.Cell upper = above.get(column);
            cells.add(new Grid.Cell(upper.text(), true, false, upper.continuesLeft()));
          } else {
            cells.add(new Grid.Cell(value, false, false, k > 0));
          }
        }
      }
      rows.add(new Grid.Row(number, cells));
      above = cells;
    }
    int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    List<Grid.Row> even = new ArrayList<>(rows.size());
    for (Grid.Row r : rows) {
      List<Grid.Cell> cells = new ArrayList<>(r.cells());
      while (cells.size() < width) {
        cells.add(Grid.Cell.EMPTY);
      }
      even.add(new Grid.Row(r.number(), cells));
    }
    if (tables.size() > firstInner && TableReading.header(Grid.wordTable(even, 0, lead)) != null) {
      // a rectification table's cells may hold tables (the steps of a measure): their rows are part
      // of their cell's text, never rows or problems of their own
      tables.subList(firstInner, tables.size()).clear();
    }
    tables.add(Grid.wordTable(even, tables.size() + 1, lead));
  }

  private static int span(CTTc cell) {
    CTTcPr pr = cell.getTcPr();
    if (pr == null || pr.getGridSpan() == null || pr.getGridSpan().getVal() == null) {
      return 1;
    }
    return Math.max(1, Math.min(pr.getGridSpan().getVal().intValue(), 64));
  }

  private static int gridBefore(CTRow row) {
    var pr = row.getTrPr();
    if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
      return 0;
    }
    var before = pr.getGridBeforeArray(0).getVal();
    return before == null ? 0 : Math.max(0, Math.min(before.intValue(), 64));
  }

  private static boolean continuesMerge(CTTc cell) {
    CTTcPr pr = cell.getTcPr();
    return pr != null
        && pr.isSetVMerge()
        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
  }

  /**
   * A cell's text: {@code out} gets its paragraphs as lines (the document's text), {@code value}
   * the cell's value, in which a table inside the cell is one line per row, its cells' texts
   * separated by a space, in reading order.
   */
  private static void cellText(
      CTTc cell,
      IBody body,
      ListNumbers numbers,
      StringBuilder out,
      StringBuilder value,
      List<Grid> tables) {
    for (XmlObject element : children(cell)) {
      if (element instanceof CTP p) {
        int from = out.length();
        paragraph(new XWPFParagraph(p, body), numbers, out);
        value.append(out, from, out.length());
      } else if (element instanceof CTTbl nested) {
        table(nested, body, numbers, out, tables, List.of());
        for (Grid.Row row : tables.get(tables.size() - 1).rows()) {
          List<String> texts = new ArrayList<>();
          for (Grid.Cell c : row.cells()) {
            if (!c.text().isBlank() && !c.continuesLeft() && !c.continuesAbove()) {
              texts.add(c.text().replaceAll("\\s*\\n\\s*", " "));
            }
          }
          if (!texts.isEmpty()) {
            value.append(String.join(" ", texts)).append('\n');
          }
        }
      }
    }
  }

  /** Rebuilds the numbers Word would show for automatically numbered paragraphs. */
  static final class ListNumbers {
    private static final int LEVELS = 9;
    private final XWPFNumbering numbering;
    private final XWPFStyles styles;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /** The list instances (numId × level) whose start override has been applied. */
    private final java.util.Set<String> restarted = new java.util.HashSet<>();

    ListNumbers(XWPFNumbering numbering, XWPFStyles styles) {
      this.numbering = numbering;
      this.styles = styles;
    }

    /** The rendered number of a paragraph (such as 一、 or （1）), or null when it has none. */
    String label(XWPFParagraph paragraph) {
      if (numbering == null) {
        return null;
      }
      BigInteger numId = paragraph.getNumID();
      BigInteger ilvl = paragraph.getNumIlvl();
      if (numId == null) {
        CTNumPr fromStyle = styleNumbering(paragraph.getStyleID());
        if (fromStyle == null || fromStyle.getNumId() == null) {
          return null;
        }
        numId = fromStyle.getNumId().getVal();
        ilvl = fromStyle.getIlvl() == null ? null : fromStyle.getIlvl().getVal();
      }
      if (numId == null || numId.signum() == 0) {
        return null;
      }
      XWPFNum num = numbering.getNum(numId);
      if (num == null || num.getCTNum().getAbstractNumId() == null) {
        return null;
      }
      BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
      XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
      if (abstractNum == null) {
        return null;
      }
      CTLvl[] levels = levels(abstractNum.getCTAbstractNum(), num);
      int level = ilvl == null ? 0 : Math.min(ilvl.intValue(), LEVELS - 1);
      if (levels[level] == null) {
        return null;
      }
      int[] counter =
          counters.computeIfAbsent(
              abstractId,
              k -> {
                int[] c = new int[LEVELS];
                Arrays.fill(c, Integer.MIN_VALUE);
                return c;
              });
      Integer override = startOverride(num, level);
      if (override != null && restarted.add(numId + "/" + level)) {
        // the list instance restarts the level (Word's 重新开始编号, 起始编号): w:startOverride
        counter[level] = override;
      } else {
        counter[level] =
            counter[level] == Integer.MIN_VALUE ? start(levels[level]) : counter[level] + 1;
      }
      for (int deeper = level + 1; deeper < LEVELS; deeper++) {
        counter[deeper] = Integer.MIN_VALUE;
      }
      String format = format(levels[level]);
      if (format.equals("bullet") || format.equals("none")) {
        return null;
      }
      String pattern =
          levels[level].getLvlText() == null
              ? "%" + (level + 1)
              : levels[level].getLvlText().getVal();
      StringBuilder label = new StringBuilder();
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
          int referenced = pattern.charAt(++i) - '1';
          if (referenced >= 0 && referenced < LEVELS && levels[referenced] != null) {
            int value =
                counter[referenced] == Integer.MIN_VALUE
                    ? start(levels[referenced])
                    : counter[referenced];
            label.append(render(value, format(levels[referenced])));
          }
        } else {
          label.append(c);
        }
      }
      return label.toString();
    }

    private CTNumPr styleNumbering(String styleId) {
      for (int depth = 0; styleId != null && styles != null && depth < 10; depth++) {
        XWPFStyle style = styles.getStyle(styleId);
        if (style == null) {
          return null;
        }
        CTPPrGeneral pPr = style.getCTStyle().getPPr();
        if (pPr != null && pPr.isSetNumPr()) {
          return pPr.getNumPr();
        }
        styleId = style.getBasisStyleID();
      }
      return null;
    }

    private static CTLvl[] levels(CTAbstractNum abstractNum, XWPFNum num) {
      CTLvl[] levels = new CTLvl[LEVELS];
      for (CTLvl lvl : abstractNum.getLvlArray()) {
        int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
        if (i >= 0 && i < LEVELS) {
          levels[i] = lvl;
        }
      }
      for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
        int i = override.getIlvl() == null ? 0 : override.getIlvl().intValue();
        if (i >= 0 && i < LEVELS && override.isSetLvl()) {
          levels[i] = override.getLvl();
        }
      }
      return levels;
    }

    /** The start a list instance (w:num) sets for a level (w:lvlOverride/w:startOverride). */
    private static Integer startOverride(XWPFNum num, int level) {
      for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
        int i = override.getIlvl() == null ? 0 : override.getIlvl().intValue();
        if (i == level && override.isSetStartOverride()) {
          return override.getStartOverride().getVal().intValue();
        }
      }
      return null;
    }

    private static int start(CTLvl lvl) {
      return lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
    }

    private static String format(CTLvl lvl) {
      return lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null
          ? "decimal"
          : lvl.getNumFmt().getVal().toString();
    }

    static String render(int n, String format) {
      return switch (format) {
        case "chineseCounting",
            "chineseCountingThousand",
            "chineseLegalSimplified",
            "ideographDigital",
            "japaneseCounting",
            "taiwaneseCounting",
            "taiwaneseCountingThousand" ->
            chinese(n);
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
            n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : "(" + n + ")";
        case "upperLetter" -> letters(n, 'A');
        case "lowerLetter" -> letters(n, 'a');
        case "upperRoman" -> roman(n);
        case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
        case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
        default -> String.valueOf(n);
      };
    }

    static String chinese(int n) {
      String digits = "零一二三四五六七八九";
      if (n <= 0 || n >= 1000) {
        return String.valueOf(n);
      }
      StringBuilder s = new StringBuilder();
      int hundreds = n / 100;
      int tens = n / 10 % 10;
      int ones = n % 10;
      if (hundreds > 0) {
        s.append(digits.charAt(hundreds)).append('百');
        if (tens == 0 && ones > 0) {
          s.append('零');
        }
      }
      if (tens > 0) {
        if (tens > 1 || hundreds > 0) {
          s.append(digits.charAt(tens));
        }
        s.append('十');
      }
      if (ones > 0) {
        s.append(digits.charAt(ones));
      }
      return s.toString();
    }

    private static String letters(int n, char a) {
      StringBuilder s = new StringBuilder();
      for (int v = n; v > 0; v = (v - 1) / 26) {
        s.insert(0, (char) (a + (v - 1) % 26));
      }
      return s.toString();
    }

    private static String roman(int n) {
      int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
      String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
      StringBuilder s = new StringBuilder();
      int v = n;
      for (int i = 0; i < values.length; i++) {
        while (v >= values[i]) {
          s.append(symbols[i]);
          v -= values[i];
        }
      }
      return s.toString();
    }
  }
}
