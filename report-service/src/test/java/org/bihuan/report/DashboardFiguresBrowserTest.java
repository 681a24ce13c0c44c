package org.bihuan.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.logging.Level;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard shows the report figures, its filters change them (the latest filter winning), and
 * times are in the organisation's zone.
 */
@QuarkusTest
@Order(2) // before FeedFollowerTest, which extends the feeds
class DashboardFiguresBrowserTest extends DashboardBrowserCase {

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  /** Every answer of the page's fetch arrives this much later (a slow network). */
  private static void slowNetwork(int millis) {
    js(
        "var orig = window.fetch; window.fetch = function () { var a = arguments;"
            + " return new Promise(function (r) { setTimeout(r, "
            + millis
            + "); }).then(function () { return orig.apply(window, a); }); };");
  }

  private static void choose(String selectId, String value) {
    js(
        "var el = document.getElementById(arguments[0]); el.value = arguments[1];"
            + " el.dispatchEvent(new Event('change', {bubbles: true}));",
        selectId,
        value);
  }

  @Test
  void theLatestFilterWinsWhenFiltersChangeQuickly() throws Exception {
    open("", Tokens.viewer());
    awaitLoaded("{}");
    slowNetwork(400);
    choose("f-source", "5e1a0000-0000-4000-8000-000000000001");
    Thread.sleep(50);
    choose("f-source", "5e1a0000-0000-4000-8000-000000000002");
    awaitLoaded("{\"sourceId\":\"5e1a0000-0000-4000-8000-000000000002\"}");
    Thread.sleep(1000); // an earlier load's late answers must not overwrite the page
    awaitLoaded("{\"sourceId\":\"5e1a0000-0000-4000-8000-000000000002\"}");
    assertEquals(
        "5e1a0000-0000-4000-8000-000000000002",
        new Select(browser.findElement(By.id("f-source")))
            .getFirstSelectedOption()
            .getAttribute("value"));
    showsTheSummaryOf("?sourceId=5e1a0000-0000-4000-8000-000000000002");
  }

  @Test
  void timesAreShownInTheOrganisationsZone() {
    browser.executeCdpCommand(
        "Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", "America/New_York"));
    try {
      open("", Tokens.viewer());
      awaitLoaded("{}");
      java.time.Instant asOf = java.time.Instant.parse(api("summary").getString("asOf"));
      String shanghai =
          java.time.format.DateTimeFormatter.ofPattern("yyyy/M/d HH:mm:ss")
              .format(asOf.atZone(java.time.ZoneId.of("Asia/Shanghai")));
      String shown = text("as-of");
      assertTrue(shown.contains(shanghai) && shown.contains("北京时间"), shown + " vs " + shanghai);
    } finally {
      browser.executeCdpCommand(
          "Emulation.setTimezoneOverride", java.util.Map.of("timezoneId", ""));
    }
  }

  @Test
  void thePageShowsTheReportFiguresAndItsFiltersChangeThem() throws Exception {
    browser.manage().logs().get(LogType.BROWSER); // drains what earlier tests logged
    open("", Tokens.viewer());
    awaitLoaded("{}");
    assertFalse(browser.getCurrentUrl().contains("token="), browser.getCurrentUrl());
    assertFalse(browser.findElement(By.id("exports")).isDisplayed(), "exports need a source");
    viewport(1920, 1080);
    Object overflow1080 =
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollHeight - window.innerHeight;");
    assertTrue(
        ((Number) overflow1080).longValue() <= 0, "a wall screen shows it all: " + overflow1080);

    showsTheSummaryOf("");
    assertEquals("40.0%", text("kpi-closure-rate"));
    assertEquals("33.3%", text("kpi-completion-rate"));
    assertEquals("2", text("kpi-overdue"));

    // The red/yellow/green board: one tile per responsible unit with the breakdown's lights.
    JsonPath units = api("breakdown?by=unit");
    List<WebElement> tiles = browser.findElements(By.cssSelector("#unit-board .unit"));
    assertEquals(units.getList("groups").size(), tiles.size());
    for (WebElement tile : tiles) {
      String unit = tile.getAttribute("data-unit");
      String g = "groups.find { it.key == '" + unit + "' }.tickets.lights.";
      assertEquals(units.getString(g + "RED"), tile.getAttribute("data-red"), unit);
      assertEquals(units.getString(g + "YELLOW"), tile.getAttribute("data-yellow"), unit);
      assertEquals(units.getString(g + "GREEN"), tile.getAttribute("data-green"), unit);
    }
    assertEquals("unit red", tiles.get(0).getAttribute("class"));

    // Days overdue: t-01 since 06-10, t-10 since 06-12 (submitted late).
    assertEquals(
        "5",
        browser
            .findElement(By.cssSelector("#overdue-rows tr[data-ticket='t-01'] td.days"))
            .getAttribute("data-days"));
    assertEquals(
        "3",
        browser
            .findElement(By.cssSelector("#overdue-rows tr[data-ticket='t-10'] td.days"))
            .getAttribute("data-days"));

    // The charts hold the API's series.
    JsonPath trend = api("trend?interval=week");
    assertEquals(
        trend.getList("points.opened", Long.class).toString(), chartSeries("chart-trend", 0));
    assertEquals(
        trend.getList("points.overdue", Long.class).toString(), chartSeries("chart-trend", 2));
    JsonPath leaders = api("breakdown?by=leader");
    assertEquals(
        leaders.getList("groups.tickets.total", Long.class).toString(),
        chartSeries("chart-leader", 1));
    JsonPath categories = api("breakdown?by=category");
    List<Long> total = categories.getList("groups.problems.total", Long.class);
    List<Long> withdrawn = categories.getList("groups.problems.withdrawn", Long.class);
    assertEquals(
        java.util.stream.IntStream.range(0, total.size())
            .mapToObj(i -> total.get(i) - withdrawn.get(i))
            .toList()
            .toString(),
        chartSeries("chart-category", 0),
        "problems not withdrawn per category");
    assertEquals(
        "[2024年度专题民主生活会, 巡察反馈意见]",
        chartCategories("chart-source").toString(),
        "sources are named by their titles");

    assertEquals("fresh", browser.findElement(By.id("freshness")).getAttribute("data-state"));
    screenshot("dashboard-1920x1080.png");

    // Filters: a source, then a unit of it, then a creation date range.
    new Select(browser.findElement(By.id("f-source")))
        .selectByValue("5e1a0000-0000-4000-8000-000000000001");
    awaitLoaded("{\"sourceId\":\"5e1a0000-0000-4000-8000-000000000001\"}");
    showsTheSummaryOf("?sourceId=5e1a0000-0000-4000-8000-000000000001");
    assertEquals("10", value("kpi-tickets-total"));
    assertTrue(browser.findElement(By.id("exports")).isDisplayed(), "the report exports show");
    assertTrue(
        browser.getCurrentUrl().contains("sourceId=5e1a0000-0000-4000-8000-000000000001"),
        browser.getCurrentUrl());

    new Select(browser.findElement(By.id("f-unit"))).selectByValue("宣传部");
    awaitLoaded("{\"sourceId\":\"5e1a0000-0000-4000-8000-000000000001\",\"unit\":\"宣传部\"}");
    showsTheSummaryOf("?sourceId=5e1a0000-0000-4000-8000-000000000001&unit=宣传部");
    assertEquals("4", value("kpi-tickets-total"));
    screenshot("dashboard-filtered.png");

    browser.findElement(By.id("f-reset")).click();
    awaitLoaded("{}");
    setDate("f-from", "2024-06-01");
    awaitLoaded("{\"from\":\"2024-06-01\"}");
    showsTheSummaryOf("?from=2024-06-01");
    assertEquals("1", value("kpi-tickets-total"), "only t-12 was created in June");
    assertNotEquals(api("summary").getString("tickets.total"), value("kpi-tickets-total"));

    // A phone: one column, nothing wider than the screen.
    browser.findElement(By.id("f-reset")).click();
    awaitLoaded("{}");
    viewport(390, 844);
    Object overflow =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertEquals(0L, ((Number) overflow).longValue(), "horizontal overflow on a phone");
    screenshot("dashboard-phone.png");
    viewport(1920, 1080);

    List<LogEntry> errors =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .toList();
    assertEquals(List.of(), errors, "the browser console");
  }

  private static void setDate(String id, String isoDate) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "var el = document.getElementById(arguments[0]); el.value = arguments[1];"
                + " el.dispatchEvent(new Event('change', {bubbles: true}));",
            id,
            isoDate);
  }

  private static String chartSeries(String id, int series) {
    Object data =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                    + ".getOption().series[arguments[1]].data;",
                id,
                series);
    return data.toString();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> chartCategories(String id) {
    Object data =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return echarts.getInstanceByDom(document.getElementById(arguments[0]))"
                    + ".getOption().xAxis[0].data;",
                id);
    return (List<Object>) data;
  }
}
