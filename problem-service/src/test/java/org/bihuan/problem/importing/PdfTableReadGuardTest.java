package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which fields read from a PDF are a table's header words run together ({@link HeaderNameRuns}): a
 * 序号 or two duties' names among them; never a section heading naming the problems, their causes and
 * their measures.
 */
class PdfTableReadGuardTest {

  @Test
  void headerNamesRunTogetherAreTold() {
    assertTrue(HeaderNameRuns.madeOfNames("序号问题"));
    assertTrue(HeaderNameRuns.madeOfNames("责任单位责任人完成时限"));
    // 责任领导 cut after 责任领 by its narrow column
    assertTrue(HeaderNameRuns.madeOfNames("序号问题描述整改措施责任领"));
  }

  @Test
  void otherNamesOfTheSameColumnsRunTogetherAreTold() {
    // tables that call their columns 整改内容, 牵头部门, 责任科室, 完成期限 (docs/decisions/0396)
    assertTrue(HeaderNameRuns.madeOfNames("序号主要问题"));
    assertTrue(HeaderNameRuns.madeOfNames("牵头部门责任科室完成期限"));
    assertTrue(HeaderNameRuns.madeOfNames("序号整改内容牵头部门办结时"));
    assertTrue(HeaderNameRuns.containsRun("序号问题内容整改内容主办单位"));
    assertTrue(HeaderNameRuns.containsRun("见下表：整改任务牵头部门配合部门完成期限"));
    for (String name : HeaderNameRuns.NAMES) {
      assertTrue(TableHeaders.column(name) != null, name + " names a column");
    }
  }

  @Test
  void headingsAndProblemsAreNot() {
    assertFalse(HeaderNameRuns.madeOfNames("存在问题原因分析整改措施"));
    assertFalse(HeaderNameRuns.madeOfNames("一、存在问题、原因分析及整改措施"));
    assertFalse(HeaderNameRuns.madeOfNames("存在问题及整改措施"));
    assertFalse(HeaderNameRuns.madeOfNames("问题描述整改措施"));
    assertFalse(HeaderNameRuns.madeOfNames("整改措施落实情况"));
    assertFalse(HeaderNameRuns.madeOfNames("责任单位落实整改措施不力"));
  }

  @Test
  void aFieldHoldingThreeHeaderNamesOrMoreRunTogetherIsTold() {
    // a merged 类别 column: the header's words run together with a fragment of a cell
    assertTrue(HeaderNameRuns.containsRun("类别序号存在问题整改措施牵头领导门）"));
    assertTrue(HeaderNameRuns.containsRun("见下表：整改措施责任单位责任人完成时限"));
    assertFalse(HeaderNameRuns.containsRun("一、存在问题、原因分析及整改措施"));
    assertFalse(HeaderNameRuns.containsRun("存在问题原因分析整改措施"));
    assertFalse(HeaderNameRuns.containsRun("责任单位落实整改措施不力，责任人未履职"));
  }

  @Test
  void dutyWordsInOrdinaryCellsAreNoHeaderNames() {
    // words that only contain header names: 部门 + 负责人, 各 + 部门, sentences naming duties
    assertFalse(HeaderNameRuns.madeOfNames("部门负责人"));
    assertFalse(HeaderNameRuns.madeOfNames("单位主要负责人"));
    assertFalse(HeaderNameRuns.madeOfNames("各部门各单位"));
    assertFalse(HeaderNameRuns.containsRun("明确责任单位、责任人和完成时限"));
    assertFalse(HeaderNameRuns.containsRun("明确责任单位责任人和完成时限"));
    assertFalse(HeaderNameRuns.containsRun("由分管领导约谈各部门负责人"));
    assertFalse(HeaderNameRuns.madeOfNames("各部门各科室"));
    assertFalse(HeaderNameRuns.madeOfNames("牵头部门、配合部门"));
    assertFalse(HeaderNameRuns.containsRun("整改任务完成时间推迟，牵头部门未报告"));
    assertFalse(PdfTableReadSigns.noTitle("部门"));
  }

  @Test
  void aTitleThatIsABareNumberOrAColumnsNameIsNoProblems() {
    assertTrue(PdfTableReadSigns.noTitle("13"));
    assertTrue(PdfTableReadSigns.noTitle("责任人"));
    assertTrue(PdfTableReadSigns.noTitle("序号"));
    assertFalse(PdfTableReadSigns.noTitle("13个支部未按期换届"));
    assertFalse(PdfTableReadSigns.noTitle("意识形态工作"));
  }

  @Test
  void aNameRunIntoATimeLimitIsToldButNotAnOrdinaryTitle() {
    // 0397 amended: a 责任人 cell and a 完成时限 cell read as one line of an outline
    assertTrue(PdfMisreadFields.NAME_AND_LIMIT.matcher("孙丽2025.3.31").matches());
    assertTrue(PdfMisreadFields.NAME_AND_LIMIT.matcher("周涛长期坚持").matches());
    assertTrue(PdfMisreadFields.NAME_AND_LIMIT.matcher("王强2024年12月底前").matches());
    assertFalse(PdfMisreadFields.NAME_AND_LIMIT.matcher("截至2023年12月，3个支部未按期换届").matches());
    assertFalse(PdfMisreadFields.NAME_AND_LIMIT.matcher("全市2022年9月以来未开展专项检查").matches());
    assertFalse(PdfMisreadFields.NAME_AND_LIMIT.matcher("作风建设持续推进").matches());
    assertFalse(PdfMisreadFields.NAME_AND_LIMIT.matcher("其他").matches());
    // a unit of two rows' cells joined, not a unit's own name holding a word twice
    assertTrue(PdfMisreadFields.TWICE.matcher("党委办公室党委办公室宣传部").find());
    assertFalse(PdfMisreadFields.TWICE.matcher("学院办公室办公室").find());
  }
}
