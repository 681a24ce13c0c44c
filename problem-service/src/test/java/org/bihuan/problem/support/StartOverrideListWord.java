package org.bihuan.problem.support;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A rectification plan whose problems are numbered 5. 6. … by Word's automatic list numbering, with
 * their labelled lines (整改措施：, 责任单位：, 整改时限：) between them as plain paragraphs: the first part's
 * problems are one list instance whose first level starts at 5 (Word's 起始编号, {@code
 * w:lvlOverride/w:startOverride}: the part goes on from an earlier document), the second part's
 * another instance of the same list restarting at 1 (重新开始编号). Written as .docx by POI; as .doc it
 * is LibreOffice's conversion of that .docx ({@link #main}, committed under
 * src/test/resources/documents as start-override-list.doc).
 *
 * <p>The text is given as typed: a line starting with n. is an item of the list, the first of a
 * part starting the part's instance at n; a line starting with 一、 二、 … starts a part; every other
 * line is a paragraph as it is.
 */
public final class StartOverrideListWord {

  private static final AutoNumberedWord WORD =
      AutoNumberedWord.items("^(\\d{1,2})\\.", 4, "%1.").runsEndAt("^[一二三四五六七八九十]{1,3}、");

  private StartOverrideListWord() {}

  public static final String PLAN =
      """
      某某局审计发现问题整改方案（续）
      一、审计发现的问题
      5.公务接待管理不规范，接待清单填写不完整。
      整改措施：修订公务接待管理办法。
      责任单位：办公室
      整改时限：2024年6月30日
      6.固定资产账实不符，部分资产长期闲置。
      整改措施：开展资产清查，盘活闲置资产。
      责任单位：财务科
      整改时限：2024年9月30日
      7.政府采购程序不规范。
      整改措施：严格执行政府采购制度。
      责任单位：财务科
      整改时限：2024年11月30日
      二、巡察反馈的问题
      1.干部教育培训计划执行不到位。
      整改措施：制定年度培训计划并按月督办。
      责任单位：人事科
      整改时限：2024年12月31日
      2.档案管理不规范。
      整改措施：完善档案管理制度。
      责任单位：档案室
      整改时限：2024年10月31日
      """;

  /** The .docx of {@code typed}, its numbers moved into Word's list formatting. */
  public static byte[] docx(String typed) {
    return WORD.docx(typed);
  }

  /** Writes {@code args[0]} (a .doc path): LibreOffice's .doc of {@link #PLAN}'s .docx. */
  public static void main(String[] args) throws IOException {
    WORD.writeDoc(PLAN, Path.of(args[0]));
  }
}
