package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.importing.OutlineParser.Line;
import org.bihuan.problem.importing.bench.ManyItemsPlan;
import org.junit.jupiter.api.Test;

/**
 * A plan of 60,000 numbered items (8 MB of text) is 60,000 problems, each with its own measure
 * (docs/decisions/0265): items 10000. and on were once read as text, not as items, and became
 * 50,000 measures of item 9999, whose duties were filled back into every measure above them. How
 * long such a plan takes is measured by bench/README.md ("Import through HTTP"), not here; here the
 * structure, and that the plan reading's own loops stop at the read-time budget.
 */
class ManyItemsPlanTest {

  private static final LocalDate DEADLINE = LocalDate.of(2024, 12, 31);

  @Test
  void sixtyThousandNumberedItemsAreSixtyThousandProblemsEachWithItsOwnMeasure() {
    String text = ManyItemsPlan.text(60_000);
    assertTrue(text.getBytes(StandardCharsets.UTF_8).length > 8_000_000, "an 8 MB plan");
    ParsedDocument doc = new OutlineParser().parse(text);
    assertEquals(60_000, doc.problems().size());
    for (int k = 1; k <= 60_000; k++) {
      ParsedProblem p = doc.problems().get(k - 1);
      assertEquals("第" + k + "项台账不完整", p.title(), "item " + k);
      assertEquals(1, p.measures().size(), "item " + k);
      ParsedMeasure m = p.measures().get(0);
      assertTrue(m.measure().startsWith("完善第" + k + "项台账"), m.measure());
      assertEquals(List.of("办公室"), m.responsibleUnits(), "item " + k);
      assertEquals(DEADLINE, m.deadline(), "item " + k);
      int line = 4 * (k - 1) + 1;
      assertEquals(List.of(line, line + 3), p.origin().lines(), "item " + k);
    }
  }

  @Test
  void aProblemOfFiftyThousandMeasuresKeepsEachUnitAndTheDutiesBelowThemFillWhatTheyLack() {
    StringBuilder text = new StringBuilder("1.台账管理不规范。\n");
    for (int k = 1; k <= 50_000; k++) {
      text.append("整改措施：核对第").append(k).append("本台账。\n");
      text.append("责任单位：档案室").append(k).append('\n');
    }
    // given once under the last measure: every measure above it lacks them and gets them
    text.append("责任领导：张三\n整改时限：2024年12月31日\n");
    ParsedDocument doc = new OutlineParser().parse(text.toString());
    assertEquals(1, doc.problems().size());
    List<ParsedMeasure> measures = doc.problems().get(0).measures();
    assertEquals(50_000, measures.size());
    for (int k = 1; k <= 50_000; k++) {
      ParsedMeasure m = measures.get(k - 1);
      assertEquals("核对第" + k + "本台账。", m.measure());
      assertEquals(List.of("档案室" + k), m.responsibleUnits(), "measure " + k);
      assertEquals("张三", m.leaderInCharge(), "measure " + k);
      assertEquals(DEADLINE, m.deadline(), "measure " + k);
    }
  }

  @Test
  void thePlanReadingOfManyItemsStopsInItsOwnLoopsWhenTheReadTimeIsSpent() throws Exception {
    List<Line> lines = new ArrayList<>();
    String[] text = ManyItemsPlan.text(60_000).split("\n");
    for (int i = 0; i < text.length; i++) {
      lines.add(new Line(text[i], Numbering.of(text[i]), i + 1));
    }
    List<ParsedProblem> problems = new ArrayList<>();
    ImportLimits limits = ImportLimits.forUploadsOf(10L << 20).withMaxReadMillis(1);
    try (ImportLimits.Watch clock = ReadingTime.start(limits)) {
      Thread.sleep(5);
      ApiProblem refused =
          assertThrows(
              ApiProblem.class,
              () -> new PlanReading(problems, new ArrayList<>(), List.of()).read(lines));
      assertEquals(422, refused.status());
      assertTrue(refused.type().endsWith("import-too-slow"), refused.type());
    }
    assertTrue(problems.isEmpty(), "nothing is read past the budget");
  }
}
