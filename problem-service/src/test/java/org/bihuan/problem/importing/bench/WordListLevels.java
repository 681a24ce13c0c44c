package org.bihuan.problem.importing.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A .docx whose numbered paragraphs are levels of ONE Word automatic list, written by POI from a
 * UTF-8 source file (argument 1, in the corpus folder). The first line defines the list's levels,
 * {@code list: decimal %1.; decimal %2.} (a format of {@link STNumberFormat} and its text per
 * level, from level 0); a line {@code <n>text} is a paragraph of the list at level n, without a
 * typed number; every other line is a paragraph as it is ({@code ⏎} a soft line break).
 */
public final class WordListLevels implements CorpusGenerator {

  private static final Pattern LEVEL = Pattern.compile("^<(\\d)>");

  @Override
  public byte[] generate(Path corpus, List<String> arguments) throws Exception {
    return docx(Files.readAllLines(corpus.resolve(arguments.get(0)), StandardCharsets.UTF_8));
  }

  /** The .docx of these lines, written as {@link #generate} describes. */
  public static byte[] docx(List<String> lines) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFNumbering numbering = doc.createNumbering();
      CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
      definition.setAbstractNumId(BigInteger.ONE);
      String[] levels = lines.get(0).substring("list:".length()).split(";");
      for (int i = 0; i < levels.length; i++) {
        String[] level = levels[i].strip().split(" ", 2);
        CTLvl lvl = definition.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(i));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.Enum.forString(level[0]));
        lvl.addNewLvlText().setVal(level[1]);
      }
      BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
      for (String line : lines.subList(1, lines.size())) {
        XWPFParagraph p = doc.createParagraph();
        String text = line;
        Matcher m = LEVEL.matcher(line);
        if (m.find()) {
          p.setNumID(list);
          p.setNumILvl(BigInteger.valueOf(Integer.parseInt(m.group(1))));
          text = line.substring(m.end());
        }
        String[] breaks = text.split("⏎", -1);
        for (int i = 0; i < breaks.length; i++) {
          var run = p.createRun();
          run.setFontFamily("仿宋_GB2312");
          run.setText(breaks[i]);
          if (i < breaks.length - 1) {
            run.addBreak();
          }
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }
}
