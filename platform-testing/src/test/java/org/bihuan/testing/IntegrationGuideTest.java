package org.bihuan.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bihuan.testing.GuideAnswers.ShownValue;
import org.junit.jupiter.api.Test;

class IntegrationGuideTest {

  @Test
  void valuesOutsideArraysAreShownWithTheirPath() {
    List<ShownValue> shown =
        GuideAnswers.shownValuesIn(
            "{\"asOf\":\"…\",\"positions\":{…},\"timeZone\":\"Asia/Shanghai\","
                + "\"problems\":{\"total\":2,\"closed\":1,…}, \"tickets\":{\"total\":2,"
                + "\"completionRate\":0.5,\"stale\":false,\"next\":null,\"d\":-1}}");
    assertEquals(
        List.of(
            new ShownValue(List.of("timeZone"), "\"Asia/Shanghai\""),
            new ShownValue(List.of("problems", "total"), "2"),
            new ShownValue(List.of("problems", "closed"), "1"),
            new ShownValue(List.of("tickets", "total"), "2"),
            new ShownValue(List.of("tickets", "completionRate"), "0.5"),
            new ShownValue(List.of("tickets", "stale"), "false"),
            new ShownValue(List.of("tickets", "next"), "null"),
            new ShownValue(List.of("tickets", "d"), "-1")),
        shown);
  }

  @Test
  void arraysShowWhetherTheyAreEmptyButNotTheValuesOfTheirElements() {
    List<ShownValue> shown =
        GuideAnswers.shownValuesIn(
            "{\"problems\":[{\"id\":\"…\",\"number\":\"P-2026-0001\",\"measures\":[…]}],"
                + " \"tickets\":{\"created\":[{\"ticketId\":\"…\"}],\"pending\":[]},"
                + "\"warnings\":[ ],\"items\":[{…the ticket view, status, overdue…}, …],"
                + "\"nextCursor\":null}");
    assertEquals(
        List.of(
            new ShownValue(List.of("problems"), "[..]"),
            new ShownValue(List.of("tickets", "created"), "[..]"),
            new ShownValue(List.of("tickets", "pending"), "[]"),
            new ShownValue(List.of("warnings"), "[]"),
            new ShownValue(List.of("items"), "[..]"),
            new ShownValue(List.of("nextCursor"), "null")),
        shown);
  }
}
