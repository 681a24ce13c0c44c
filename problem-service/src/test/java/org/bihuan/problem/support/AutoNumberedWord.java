package org.bihuan.problem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Builds a Word document from typed text, its items' typed numbers moved into Word's automatic list
 * numbering: every run of items is an instance of one decimal list whose first level starts at the
 * run's first typed number ({@code w:lvlOverride/w:startOverride}: Word's 重新开始编号 or 起始编号). Headings
 * may be numbered by a list of their own; every other line is a paragraph as it is. Written as
 * .docx by POI; {@link #writeDoc} writes LibreOffice's conversion of that .docx, as the committed
 * .doc files of such documents are.
 */
public final class AutoNumberedWord {

  private record Headings(
      Pattern typed, int list, STNumberFormat.Enum format, String text, int start) {}

  private final Pattern item;
  private final int list;
  private final String text;
  private final Pattern runEnd;
  private final Headings headings;

  private AutoNumberedWord(Pattern item, int list, String text, Pattern runEnd, Headings headings) {
    this.item = item;
    this.list = list;
    this.text = text;
    this.runEnd = runEnd;
    this.headings = headings;
  }

  /**
   * Items typed as {@code item} (its group 1 the number), numbered by list {@code list} as {@code
   * text} ({@code "%1."}). A run of items ends at the first line that is no item.
   */
  public static AutoNumberedWord items(String item, int list, String text) {
    return new AutoNumberedWord(Pattern.compile(item), list, text, Pattern.compile(""), null);
  }

  /** The same, a run of items ending only at a line that starts as {@code line}. */
  public AutoNumberedWord runsEndAt(String line) {
    return new AutoNumberedWord(item, list, text, Pattern.compile(line), headings);
  }

  /**
   * The same, lines typed as {@code typed} paragraphs of list {@code list} without the typed
   * number, numbered {@code format} as {@code text}, the first at {@code start}.
   */
  public AutoNumberedWord headings(
      String typed, int list, STNumberFormat.Enum format, String text, int start) {
    return new AutoNumberedWord(
        item,
        this.list,
        this.text,
        runEnd,
        new Headings(Pattern.compile(typed), list, format, text, start));
  }

  /** The .docx of {@code typed}. */
  public byte[] docx(String typed) {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFNumbering numbering = document.createNumbering();
      BigInteger headingList =
          headings == null
              ? null
              : numbering.addNum(
                  numbering.addAbstractNum(
                      list(headings.list(), headings.format(), headings.text(), headings.start())));
      BigInteger items = numbering.addAbstractNum(list(list, STNumberFormat.DECIMAL, text, 1));
      BigInteger instance = null;
      for (String line : typed.strip().split("\n")) {
        XWPFParagraph paragraph = document.createParagraph();
        String shown = line;
        Matcher number = item.matcher(line);
        if (number.find()) {
          if (instance == null) {
            instance = startingAt(numbering, items, Integer.parseInt(number.group(1)));
          }
          paragraph.setNumID(instance);
          paragraph.setNumILvl(BigInteger.ZERO);
          shown = line.substring(number.end());
        } else {
          if (runEnd.matcher(line).find()) {
            instance = null;
          }
          Matcher heading = headings == null ? null : headings.typed().matcher(line);
          if (heading != null && heading.find()) {
            paragraph.setNumID(headingList);
            paragraph.setNumILvl(BigInteger.ZERO);
            shown = line.substring(heading.end());
          }
        }
        paragraph.createRun().setText(shown);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes LibreOffice's .doc of {@code typed}'s .docx to {@code path}. */
  public void writeDoc(String typed, Path path) throws IOException {
    Files.write(path, FormatCorpus.convert(docx(typed), "docx", "doc"));
  }

  /** A list instance of {@code abstractId} whose first level starts at {@code start}. */
  private static BigInteger startingAt(XWPFNumbering numbering, BigInteger abstractId, int start) {
    BigInteger id = numbering.addNum(abstractId);
    CTNum num = numbering.getNum(id).getCTNum();
    CTNumLvl override = num.addNewLvlOverride();
    override.setIlvl(BigInteger.ZERO);
    override.addNewStartOverride().setVal(BigInteger.valueOf(start));
    return id;
  }

  private static XWPFAbstractNum list(int id, STNumberFormat.Enum format, String text, int start) {
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.valueOf(id));
    CTLvl lvl = definition.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.valueOf(start));
    lvl.addNewNumFmt().setVal(format);
    lvl.addNewLvlText().setVal(text);
    return new XWPFAbstractNum(definition);
  }
}
