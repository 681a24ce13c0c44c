package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A leader's name holding 长 after a post — 王长春华, 欧长青, 司马长风 — is kept whole: 王长 after a post is a
 * surname and the name's next character, no post of its own (a post ending in 长 names an office
 * before it: 局长, 校长, 处长). Posts ending in such a 长 still go (docs/decisions/0311, amending 0309's
 * "left").
 */
class LeaderNamesWithChangTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "副局长王长春华|王长春华",
        "办公室主任欧长青|欧长青",
        "副局长司马长风|司马长风",
        "党组成员欧长春华|欧长春华",
        "党委书记校长刘春|刘春",
        "县委常委副县长王五|王五",
        "副局长王长江|王长江",
        "局长助理刘春|刘春",
      })
  void aNameHoldingChangAfterAPostIsKeptWhole(String written, String stored) {
    ParsedMeasure measure =
        new ParsedMeasure(
            "建立台账。", List.of("办公室"), List.of(), written, null, null, null, null, null);
    ParsedDocument doc =
        new ParsedDocument(
            List.of(new ParsedProblem("问题", "问题", List.of(), List.of(measure), Origin.lines(1, 2))),
            List.of(),
            List.of(),
            List.of());
    ParsedDocument read = LeaderNames.byName(doc);
    assertEquals(stored, read.problems().get(0).measures().get(0).leaderInCharge());
  }
}
