package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bihuan.problem.importing.TableReading.Column;
import org.junit.jupiter.api.Test;

/**
 * The lines of a duty cell that are whole entries (0431) and the short lines of a ruled PDF cell
 * that end a paragraph (0429), on the inputs a review found misread: bodies that are no offices
 * (县政府办, 各乡镇（街道）), names written with a middle dot, an opening bracket the print carried down, a
 * time limit wrapped after its year.
 */
class DutyEntriesAndParagraphEndsTest {

  @Test
  void unitsOfTownsStreetsAndGovernmentsAreWholeEntries() {
    assertTrue(DutyEntries.whole(List.of("财政局", "县政府办", "各乡镇（街道）"), Column.UNITS));
    assertTrue(DutyEntries.whole(List.of("城关镇人民政府", "XX街道", "XX社区"), Column.UNITS));
    // the control: a name broken over two lines is still no whole entry
    assertFalse(DutyEntries.whole(List.of("市场监督管理局", "执法稽查科"), Column.UNITS));
    assertFalse(DutyEntries.whole(List.of("党政办公室（", "综合科）"), Column.UNITS));
  }

  @Test
  void aNameBrokenInsideItsBracketIsOneEntry() {
    List<String> joined = DutyEntries.bracketsJoined(List.of("党政办公室（", "综合科）", "财务科"));
    assertEquals(List.of("党政办公室（综合科）", "财务科"), joined);
    assertTrue(DutyEntries.whole(joined, Column.UNITS));
  }

  @Test
  void namesWithAMiddleDotAreWholeEntries() {
    assertTrue(DutyEntries.whole(List.of("阿卜杜拉·买买提", "王强"), Column.PERSON));
    assertFalse(DutyEntries.whole(List.of("王强、李", "明华"), Column.PERSON));
  }

  @Test
  void anOpeningBracketCarriedDownAndATimeLimitWrappedAfterItsYearRunOn() {
    assertFalse(PdfParagraphEnds.ends("开展全员业务培训", "（含新入职人员）每季度一次。"));
    assertFalse(PdfParagraphEnds.ends("力争于2023年", "12月底前完成"));
    // the controls: a time limit's end before the next, a sentence's end before a bracketed one
    assertTrue(PdfParagraphEnds.ends("2024年9月30日", "2024年12月31日"));
    assertTrue(PdfParagraphEnds.ends("建立台账。", "（二）开展自查。"));
  }
}
