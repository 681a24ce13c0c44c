package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeaderNamesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "局党组书记、局长张三|张三",
        "党委书记、董事长、总经理李明|李明",
        "张三（科长）|张三",
        "校长刘春|刘春",
        "王五、赵六|王五、赵六",
        "副局长王五、局长赵六|王五、赵六",
        "分管副校长|分管副校长",
        "局长、副局长|局长、副局长",
        "张三|张三",
      })
  void leadersAreStoredByNameWithoutThePostsWrittenBeforeOrAfterThem(
      String written, String stored) {
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
    assertEquals(
        written.equals(stored) ? 0 : 1, read.warnings().size(), String.join("\n", read.warnings()));
  }
}
