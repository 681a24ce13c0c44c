package org.bihuan.problem.support;

import java.io.IOException;
import java.nio.file.Path;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A plan whose groups (一、 二、) and problems (1. 2.) are numbered by Word's automatic lists, the
 * problems' list restarting at 1 under each group (Word's 重新开始编号). Written as .docx by POI; as .doc
 * it is LibreOffice's conversion of that .docx ({@link #main}, committed under
 * src/test/resources/documents), which writes each group's first problem in a copy of the list and
 * the others in the list itself, so the .doc shows them 1. 1. 2. and 1. 1.
 */
public final class SectionRestartedPlanWord {

  private static final AutoNumberedWord WORD =
      AutoNumberedWord.items("^(\\d{1,2})\\.", 3, "%1.")
          .runsEndAt("^[一二三四五六七八九十]{1,3}、")
          .headings("^[一二三四五六七八九十]{1,3}、", 2, STNumberFormat.CHINESE_COUNTING, "%1、", 1);

  private SectionRestartedPlanWord() {}

  /** The plan as typed. */
  public static final String PLAN =
      """
      ××局巡察整改方案
      一、理论学习方面
      1.中心组学习不深入的问题
      整改措施：制定年度学习计划。
      责任单位：办公室
      整改时限：2024年6月30日
      2.研讨交流流于形式的问题
      整改措施：每月开展专题研讨。
      责任单位：办公室
      整改时限：2024年7月31日
      3.青年干部学习覆盖不全的问题
      整改措施：建立青年理论学习小组。
      责任单位：人事科
      整改时限：2024年8月31日
      二、财务管理方面
      1.预算执行率偏低的问题
      整改措施：建立预算执行月通报制度。
      责任单位：财务科
      整改时限：2024年9月30日
      2.资产账实不符的问题
      整改措施：开展资产清查。
      责任单位：资产科
      整改时限：2024年10月31日
      """;

  /** The .docx of {@link #PLAN}, its numbers moved into Word's list formatting. */
  public static byte[] docx() {
    return WORD.docx(PLAN);
  }

  /** Writes {@code args[0]} (a .doc path): LibreOffice's .doc of {@link #PLAN}'s .docx. */
  public static void main(String[] args) throws IOException {
    WORD.writeDoc(PLAN, Path.of(args[0]));
  }
}
