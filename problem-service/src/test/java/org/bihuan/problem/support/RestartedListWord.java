package org.bihuan.problem.support;

import java.io.IOException;
import java.nio.file.Path;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A Word document whose problems' manifestations are numbered （1）（2） by Word's automatic list
 * numbering, one list for all of them, each run of points a list instance that restarts the count
 * where it begins (Word's 重新开始编号 or 起始编号: {@code w:lvlOverride/w:startOverride}), and whose groups
 * are numbered by a list whose first level starts at 三 (the document's first two parts are
 * elsewhere). Written as .docx by POI; as .doc it is LibreOffice's conversion of that .docx ({@link
 * #main}, committed under src/test/resources/formats). LibreOffice (7.4) writes a restart into the
 * .doc as a copy of the list holding the run's first point, the run's other points staying in the
 * list itself, and a start as the level's start-at value (LVL iStartAt).
 *
 * <p>The text is given as typed: a line starting with （n） is a point of the points list, a run of
 * such lines one instance starting at the run's first n; a line starting with 三、 四、 … a paragraph
 * of the groups list; every other line a paragraph as it is.
 */
public final class RestartedListWord {

  private static final AutoNumberedWord WORD =
      AutoNumberedWord.items("^（(\\d{1,2})）", 3, "（%1）")
          .headings("^[一二三四五六七八九十]{1,3}、", 2, STNumberFormat.CHINESE_COUNTING, "%1、", 3);

  private RestartedListWord() {}

  /** The self-examination report {@code main} converts. */
  public static final String SELF_EXAM =
      """
      ××局党组2024年度民主生活会对照检查材料（第三部分）
      三、存在的问题
      1.学习深度不够。主要表现在：
      （1）集中学习多，个人自学少；
      （2）读原文少，看解读多。
      2.研讨交流不够深入。主要表现在：
      （1）专题研讨发言准备不充分；
      （2）交流研讨流于形式。
      3.服务基层意识不强。主要表现在：
      （1）到基层现场办公少；
      （2）解决群众急难愁盼问题不及时；
      对反映的问题跟踪不够，
      （3）回访群众少。
      四、整改措施
      （一）加强理论武装。制定年度学习计划。
      """;

  /** The .docx of {@code typed}, its numbers moved into Word's list formatting. */
  public static byte[] docx(String typed) {
    return WORD.docx(typed);
  }

  /** Writes {@code args[0]} (a .doc path): LibreOffice's .doc of {@link #SELF_EXAM}'s .docx. */
  public static void main(String[] args) throws IOException {
    WORD.writeDoc(SELF_EXAM, Path.of(args[0]));
  }
}
