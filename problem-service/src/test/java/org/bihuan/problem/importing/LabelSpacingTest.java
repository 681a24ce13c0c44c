package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Colons put back after bare labels ({@link LabelSpacing#withColons}) in linear time
 * (docs/decisions/0275): each bare label used to copy and search the whole line before it, so a
 * line of many of them without any colon took a time quadratic in its length.
 */
class LabelSpacingTest {

  @Test
  void bareLabelsGetTheirColons() {
    assertEquals("责任单位：财务科 责任领导：张三", LabelSpacing.withColons("责任单位 财务科 责任领导 张三"));
    assertEquals("  整改时限：2024年6月30日", LabelSpacing.withColons("  整改时限 2024年6月30日"));
    // after a label with its colon, a further bare name gets one too
    assertEquals("说明 责任单位：财务科 责任领导：张三", LabelSpacing.withColons("说明 责任单位：财务科 责任领导 张三"));
    // neither at the start nor after a label: left as written
    assertEquals("说明 责任单位 财务科 责任领导 张三", LabelSpacing.withColons("说明 责任单位 财务科 责任领导 张三"));
  }

  /**
   * 400,000 characters of bare labels, none at the line's start and no colon anywhere: read in a
   * few hundred milliseconds (20 s allowed on a loaded machine); quadratic, it took minutes.
   */
  @Test
  void aLongLineOfBareLabelsWithoutColonsIsReadInLinearTime() {
    String line = "说明 " + "责任领导 张三 责任单位 财务科 ".repeat(400_000 / 18);
    String read =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> LabelSpacing.withColons(line));
    assertEquals(line, read);
  }
}
