package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNoiseTest {

  @ParameterizedTest(name = "「{0}」 → 「{1}」")
  @CsvSource(
      delimiter = '|',
      value = {
        "工作作风效##paidbegin##能、服务意识|工作作风效能、服务意识",
        "仍有待提升。。|仍有待提升。",
        "有待提升。。。|有待提升。",
        "有待提升。 。|有待提升。",
        "结尾##paidend##|结尾",
        "##PaidBegin##开头|开头",
        "'　　根据部署，'|根据部署，",
        "１．理论学习|1．理论学习",
        "２０２４年６月|2024年6月",
        "ＡＢＣ单位|ABC单位",
        "风险 点排查|风险点排查",
        "'张明  责任部门：办公室'|张明 责任部门：办公室",
        "'张明　责任部门'|张明 责任部门",
        "零\u200B宽\uFEFF字符|零宽字符",
        "两个，，确立|两个，确立",
        "'Word  and  text'|Word and text",
      })
  void noiseIsRemovedFromEveryLine(String raw, String clean) {
    assertEquals(clean, TextNoise.clean(raw));
  }

  @Test
  void blankLinesAndMarkerOnlyLinesDisappear() {
    assertEquals(List.of("第一行", "第二行"), TextNoise.lines("第一行\r\n\r\n  \n##paidend##\n第二行\r"));
  }
}
