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
        "局党组书记、局长张三|张三|1",
        "党委书记、董事长、总经理李明|李明|1",
        "张三（科长）|张三|1",
        "校长刘春|刘春|1",
        "王五、赵六|王五、赵六|0",
        "副局长王五、局长赵六|王五、赵六|1",
        // posts alone name no person: no leader is stored, and the dry run says so (0251)
        "分管副校长||1",
        "局长、副局长||1",
        "张三|张三|0",
        "局党组成员、副局长李四|李四|1",
        "副局长兼党组成员李四|李四|1",
        "张三（党组书记、局长）|张三|1",
        "张三(兼)|张三|1",
        "李四同志|李四|1",
        "副局长：王五|王五|1",
        "张三（党组书记） 李四（副局长）|张三、李四|1",
        "张三（党组书记）、李四（副局长）|张三、李四|1",
        "张三（党组书记）李四（副局长）|张三、李四|1",
        "张三（科长）王五|张三（科长）王五|0",
        "副局长王长江|王长江|1",
        "局长张王|张王|1",
        "王长江、张三丰|王长江、张三丰|0",
        "张三（李四）|张三（李四）|0",
        "欧阳明华局长|欧阳明华|1",
        "刘副局长|刘副局长|0",
      })
  void leadersAreStoredByNameWithoutThePostsWrittenBeforeOrAfterThem(
      String written, String stored, int warnings) {
    assertStored(written, stored, warnings);
  }

  /** One measure whose 责任领导 is {@code written}, read by name: the leader and warnings stored. */
  static void assertStored(String written, String stored, int warnings) {
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
    assertEquals(warnings, read.warnings().size(), String.join("\n", read.warnings()));
  }
}
