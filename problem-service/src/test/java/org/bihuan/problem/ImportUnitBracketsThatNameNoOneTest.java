package org.bihuan.problem;

import static org.bihuan.problem.support.UnitDutyCases.of;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import org.bihuan.problem.support.UnitDutyCases;
import org.bihuan.problem.support.UnitDutyCases.Case;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A bracket after a unit names a person only when it holds one: a word of the unit's kind
 * (各中小学校（幼儿园）) or of its work (办公室（车管）, 社会救助科（会计）, 办公室（文秘）, 执法大队（巡查）) stays in the unit's name as
 * written and is nobody, beside a 责任人 or not, and no warning calls it a person; names (医政股（张明）), a
 * name with a post (办公室（张三科长）) and a name whose post leaves its end unknown (办公室（李红村主任）, kept as
 * written) are people. The warnings of people who do not answer say why: a responsible unit's
 * person beside the 责任人 given, a helping unit's contact. Plans (text, .docx) and tables (.docx,
 * .xlsx) through {@code POST /sources/{id}/import?dryRun=true} (docs/decisions/0323).
 */
@QuarkusTest
class ImportUnitBracketsThatNameNoOneTest {

  private static final List<Case> CASES =
      List.of(
          of("各中小学校（幼儿园）", null, List.of("各中小学校（幼儿园）"), null),
          of("办公室（车管）", null, List.of("办公室（车管）"), null),
          of("社会救助科（会计）", "王五", List.of("社会救助科（会计）"), "王五"),
          of("办公室（文秘）", null, List.of("办公室（文秘）"), null),
          new Case("城管局", "执法大队（巡查）", null, List.of("城管局"), List.of("执法大队（巡查）"), null, List.of()),
          of("办公室（张三科长）", null, List.of("办公室"), "张三"),
          of("办公室（李红村主任）", null, List.of("办公室"), "李红村主任"),
          of("医政股（张明）、财务科（车管）", null, List.of("医政股", "财务科（车管）"), "张明"),
          new Case(
              "财务科（王五）",
              "规划科（赵敏）",
              "钱伟",
              List.of("财务科"),
              List.of("规划科"),
              "钱伟",
              List.of(
                  "「王五」, named in brackets after a responsible unit, was not stored: the 责任人"
                      + " given, 「钱伟」, is the measure's responsible person, and a ticket keeps one.",
                  "「赵敏」, named in brackets after a helping unit (配合), is that unit's contact and"
                      + " was not stored: a helping unit does not answer for the measure, and a"
                      + " ticket keeps no contact.")));

  @ParameterizedTest
  @ValueSource(strings = {"text", "docx"})
  void aPlansBracketOfAUnitsKindOrWorkIsNoPerson(String format) throws IOException {
    UnitDutyCases.assertPlan(format, CASES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "xlsx"})
  void aTablesBracketOfAUnitsKindOrWorkIsNoPerson(String format) {
    UnitDutyCases.assertTable(format, CASES);
  }
}
