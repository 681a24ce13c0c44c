package org.bihuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The dashboard stays readable with long names and many units, on a phone and on a wall screen. */
@QuarkusTest
@Order(2) // before FeedFollowerTest, which extends the feeds
class DashboardLayoutBrowserTest extends DashboardBrowserCase {

  @Test
  void longNamesDoNotWidenThePageOnAPhone() throws Exception {
    open("", Tokens.viewer());
    awaitLoaded("{}");
    String longName = "某某集团有限公司党委巡察工作领导小组办公室".repeat(3);
    js(
        "['f-unit', 'f-source'].forEach(function (id) { var o = document.createElement('option');"
            + " o.value = arguments[0]; o.textContent = arguments[0];"
            + " document.getElementById(id).appendChild(o); });",
        longName);
    // A phone's viewport exactly (a headless window may not shrink below some width).
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    Thread.sleep(400);
    try {
      assertEquals(390L, ((Number) js("return window.innerWidth;")).longValue(), "the viewport");
      Number overflow =
          (Number)
              js(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertEquals(0L, overflow.longValue(), "horizontal overflow on a phone");
      Number unitWidth =
          (Number) js("return document.getElementById('f-unit').getBoundingClientRect().width;");
      assertTrue(unitWidth.doubleValue() <= 390, "unit select " + unitWidth);
      Number right =
          (Number)
              js(
                  "return Math.max.apply(null, Array.prototype.map.call("
                      + "document.querySelectorAll('#filters select'),"
                      + " function (s) { return s.getBoundingClientRect().right; }));");
      assertTrue(right.doubleValue() <= 390, "a select ends at " + right);
      // Each label's text stays on one line (not one character per line): a label is one row.
      Number tallest =
          (Number)
              js(
                  "return Math.max.apply(null, Array.prototype.map.call("
                      + "document.querySelectorAll('#filters label'),"
                      + " function (s) { return s.getBoundingClientRect().height; }));");
      assertTrue(tallest.doubleValue() < 45, "label height " + tallest);
      screenshot("dashboard-phone-long-names.png");
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
      viewport(1920, 1080);
    }
  }

  @Test
  void manyUnitsAndLongNamesStayReadableOnAWallScreen() throws Exception {
    open("", Tokens.viewer());
    awaitLoaded("{}");
    viewport(1920, 1080);
    // The unit breakdowns answer 48 units, one with a 60-character name.
    js(
        "var orig = window.fetch; window.fetch = function (url, init) {"
            + " if (String(url).indexOf('by=unit') < 0) { return orig.apply(window, arguments); }"
            + " return orig.apply(window, arguments).then(function (r) { return r.json(); })"
            + ".then(function (b) { var g = b.groups[0]; b.groups = [];"
            + " for (var i = 0; i < 48; i++) { var c = JSON.parse(JSON.stringify(g));"
            + " c.key = i === 0 ? '某'.repeat(60) : '第' + i + '责任单位';"
            + " c.tickets.lights.RED = i % 3; c.tickets.lights.YELLOW = i % 2; c.tickets.lights.GREEN = 1;"
            + " b.groups.push(c); }"
            + " return new Response(JSON.stringify(b), {status: 200,"
            + " headers: {'Content-Type': 'application/json'}}); }); };"
            + " document.getElementById('filters').dispatchEvent(new Event('submit',"
            + " {cancelable: true}));");
    await().until(d -> d.findElements(By.cssSelector("#unit-board .unit")).size() == 48);
    Thread.sleep(400);
    Number hidden =
        (Number)
            js(
                "var b = document.getElementById('unit-board');"
                    + " return b.scrollHeight - b.clientHeight;");
    assertTrue(hidden.longValue() <= 0, "the board needs no scrolling: " + hidden);
    Number belowScreen =
        (Number)
            js(
                "return Array.prototype.filter.call(document.querySelectorAll('#unit-board .unit'),"
                    + " function (t) { return t.getBoundingClientRect().bottom > window.innerHeight; }).length;");
    assertEquals(0L, belowScreen.longValue(), "tiles below the screen");
    Object overflow = js("return document.documentElement.scrollHeight - window.innerHeight;");
    assertTrue(((Number) overflow).longValue() <= 0, "a wall screen shows it all: " + overflow);
    assertEquals(
        "truncate",
        js(
            "return echarts.getInstanceByDom(document.getElementById('chart-units'))"
                + ".getOption().yAxis[0].axisLabel.overflow;"));
    Number bars =
        (Number)
            js(
                "return echarts.getInstanceByDom(document.getElementById('chart-units'))"
                    + ".getOption().yAxis[0].data.length;");
    assertTrue(bars.intValue() <= 12, "bars in the chart " + bars);
    screenshot("dashboard-48-units.png");
  }
}
