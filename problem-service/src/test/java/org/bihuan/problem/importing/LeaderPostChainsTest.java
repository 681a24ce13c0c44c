package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Posts that end in 助理 or 总…师, several posts joined by 兼 and posts listed before a leader's name
 * are dropped whole, and a name that holds a post's last character (李长江) stays whole
 * (docs/decisions/0309).
 */
class LeaderPostChainsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "局党组成员、局长助理刘春|刘春",
        "校长助理刘春|刘春",
        "总经理助理陈明|陈明",
        "总会计师孙悦|孙悦",
        "总经济师欧阳明华|欧阳明华",
        "副总工程师李长江|李长江",
        "局长助理兼办公室主任赵磊|赵磊",
        "副局长兼党组成员、办公室主任赵磊|赵磊",
        "财务总监钱芳|钱芳",
        "党委副书记、纪委书记王强|王强",
        "三级调研员周平|周平",
        "副局长王五|王五",
        "副局长王长江|王长江",
        "局长张王|张王",
        "王长江、张三丰|王长江、张三丰",
        "赵磊（局长助理）|赵磊",
        "局长助理：刘春|刘春",
      })
  void everyPostWrittenBeforeOrAfterALeaderIsDroppedAndNoNameIsCut(String written, String stored) {
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

  @ParameterizedTest(name = "{0}")
  @CsvSource({"局长助理", "总会计师", "局长助理兼办公室主任"})
  void postsAloneNameNoLeader(String written) {
    assertEquals(true, LeaderNames.onlyPosts(written));
  }
}
