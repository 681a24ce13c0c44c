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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A Word document whose headings are numbered by Word's automatic list numbering only: the numbers
 * 一、 （一） 1. （1） are list formatting (one list, four levels), not text. Written as .docx by POI; as
 * .doc it is LibreOffice's conversion of that .docx ({@link #main}, committed under
 * src/test/resources/formats, since neither POI nor the JDK writes a .doc's list tables).
 *
 * <p>The text is given as typed: a line starting with 一、 （一） 1. or （1） becomes a paragraph of that
 * list level without the typed number; every other line is a paragraph as it is.
 */
public final class ListNumberedWord {

  private static final Pattern[] LEVELS = {
    Pattern.compile("^[一二三四五六七八九十]{1,3}、"),
    Pattern.compile("^（[一二三四五六七八九十]{1,3}）"),
    Pattern.compile("^\\d{1,2}\\."),
    Pattern.compile("^（\\d{1,2}）"),
  };

  private ListNumberedWord() {}

  /** The self-examination report {@code main} converts: problems under automatic numbers. */
  public static final String SELF_EXAM =
      """
      ××局党组2024年度民主生活会对照检查材料
      根据市委统一部署，局党组认真查摆问题，现报告如下。
      一、存在的问题
      （一）理论学习方面
      1.学习深度不够。对党的创新理论学得不深不透，主要表现在：一是集中学习多，个人自学少；二是读原文少，看解读多。
      2.研讨交流不够深入。专题研讨发言准备不充分。
      （二）工作作风方面
      1.调查研究不够扎实。主要表现在：
      一是调研次数不多，深入基层少；
      二是调研成果转化不够。
      2.服务基层意识不强。主要表现在：
      （1）到基层现场办公少；
      （2）解决群众急难愁盼问题不及时。
      二、原因分析
      （一）理想信念有所弱化。对加强党性修养重视不够。
      三、整改措施
      （一）加强理论武装。制定年度学习计划。
      四、工作要求
      各处室要高度重视，认真抓好落实。
      """;

  /** The .docx of {@code typed}, its numbers moved into Word's list formatting. */
  public static byte[] docx(String typed) {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFNumbering numbering = document.createNumbering();
      CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
      definition.setAbstractNumId(BigInteger.ONE);
      level(definition, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
      level(definition, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
      level(definition, 2, STNumberFormat.DECIMAL, "%3.");
      level(definition, 3, STNumberFormat.DECIMAL, "（%4）");
      BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
      for (String line : typed.strip().split("\n")) {
        XWPFParagraph paragraph = document.createParagraph();
        String text = line;
        for (int level = 0; level < LEVELS.length; level++) {
          Matcher m = LEVELS[level].matcher(line);
          if (m.find()) {
            paragraph.setNumID(list);
            paragraph.setNumILvl(BigInteger.valueOf(level));
            text = line.substring(m.end());
            break;
          }
        }
        paragraph.createRun().setText(text);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void level(
      CTAbstractNum definition, int level, STNumberFormat.Enum format, String text) {
    CTLvl lvl = definition.addNewLvl();
    lvl.setIlvl(BigInteger.valueOf(level));
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(format);
    lvl.addNewLvlText().setVal(text);
  }

  /** Writes {@code args[0]} (a .doc path): LibreOffice's .doc of {@link #SELF_EXAM}'s .docx. */
  public static void main(String[] args) throws IOException {
    Files.write(Path.of(args[0]), FormatCorpus.convert(docx(SELF_EXAM), "docx", "doc"));
  }
}
