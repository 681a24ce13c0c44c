package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan's problem text wrapped between two Latin words (Microsoft / Teams) is joined with a space,
 * as every wrapped line is ({@link ProblemText#join}, docs/decisions/0369, 0372).
 */
class OutlineWrappedLatinWordsTest {

  @Test
  void problemTextWrappedBetweenLatinWordsKeepsTheSpace() {
    ParsedDocument doc =
        new OutlineParser()
            .parse(
                """
                县信息中心整改方案
                一、问题清单及整改措施
                1.视频会议系统管理不规范。
                存在问题：部分会议未使用单位统一部署的视频平台，而是使用个人账号登录的Microsoft
                Teams平台召开，会议记录未归档。
                整改措施：统一会议平台，规范会议记录归档。
                责任单位：办公室；整改时限：2024年11月30日
                """);
    assertEquals(
        List.of("视频会议系统管理不规范。\n" + "部分会议未使用单位统一部署的视频平台，而是使用个人账号登录的Microsoft Teams平台召开，会议记录未归档。"),
        doc.problems().stream().map(ParsedProblem::description).toList(),
        doc.toString());
    assertEquals(List.of(), doc.warnings());
  }
}
