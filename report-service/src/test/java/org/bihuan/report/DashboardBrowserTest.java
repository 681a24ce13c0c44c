package org.bihuan.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard (/dashboard/) in a real headless Chromium on the fixed dataset: it reads the public
 * report API with the viewer token from the URL fragment and shows the same numbers as the API, its
 * filters change them, a feed outage is said plainly, and the browser logs no error. Screenshots
 * for review are written to target/dashboard-*.png.
 *
 * <p>Needs Debian's chromium and chromium-driver (README); without them the test fails saying how
 * to install them (docs/decisions/0073-browser-tests-need-chromium.md).
 */
@QuarkusTest
@Order(2) // before FeedFollowerTest, which extends the feeds
class DashboardBrowserTest {

  @TestHTTPResource("/dashboard/")
  URL dashboard;

  static ChromeDriver browser;
  static Path profile;

  @BeforeAll
  static void startBrowser() throws IOException {
    Path chromium = executable("BIHUAN_CHROMIUM", "/usr/bin/chromium");
    Path driver = executable("BIHUAN_CHROMEDRIVER", "/usr/bin/chromedriver");
    profile = Files.createTempDirectory("bihuan-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    // Root needs --no-sandbox; the closed network refuses Chromium's background connections.
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--lang=zh-CN",
        "--window-size=1920,1080",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  /** The path of a required program, or a failure that says how to get it. */
  static Path executable(String variable, String debianPath) {
    String configured = System.getenv(variable);
    Path p = Path.of(configured != null && !configured.isBlank() ? configured : debianPath);
    if (!Files.isExecutable(p)) {
      throw new IllegalStateException(
          "The dashboard's browser tests need Chromium and its driver: "
              + p
              + " is missing. Install them with `sudo apt-get install -y chromium"
              + " chromium-driver` (Debian/Ubuntu), or set BIHUAN_CHROMIUM and"
              + " BIHUAN_CHROMEDRIVER to a Chromium and a matching chromedriver.");
    }
    return p;
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  @BeforeEach
  void fixedDate() {
    FixedClock.install(FixedDataset.TODAY);
    Projection.awaitFixedDataset();
  }

  private static JsonPath api(String pathAndQuery) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/" + pathAndQuery)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private void open(String query, String token) {
    browser.get("about:blank"); // a fragment-only change would not reload the page
    browser.get(dashboard + query + "#token=" + token);
  }

  private static WebDriverWait await() {
    return new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100));
  }

  /** Waits until the page has loaded with exactly these filters. */
  private static void awaitLoaded(String filtersJson) {
    await()
        .withMessage(() -> "the dashboard did not load " + filtersJson + "; " + state())
        .until(
            d ->
                "false".equals(d.findElement(By.tagName("body")).getAttribute("data-loading"))
                    && filtersJson.equals(
                        d.findElement(By.tagName("body")).getAttribute("data-loaded-filters")));
  }

  private static String state() {
    return "errors: "
        + browser.findElement(By.id("error-banner")).getText()
        + "; log: "
        + browser.manage().logs().get(LogType.BROWSER).getAll();
  }

  /** A figure's raw value on the page, numbers written as the API writes them (0.0 as 0). */
  private static String value(String id) {
    return browser.findElement(By.id(id)).getAttribute("data-value");
  }

  private static String number(Object apiValue) {
    if (apiValue == null) {
      return "";
    }
    if (apiValue instanceof Number n) {
      return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    return apiValue.toString();
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  /** The figures on the page are those of /reports/summary with the same filters. */
  private static void showsTheSummaryOf(String query) {
    JsonPath json = api("summary" + query);
    java.util.function.Function<String, String> s = path -> number(json.get(path));
    assertEquals(s.apply("problems.closureRate"), value("kpi-closure-rate"), "closureRate");
    assertEquals(s.apply("tickets.completionRate"), value("kpi-completion-rate"));
    assertEquals(s.apply("tickets.onTimeRate"), value("kpi-on-time-rate"));
    assertEquals(s.apply("problems.closed"), value("kpi-problems-closed"));
    assertEquals(
        Long.toString(json.getLong("problems.total") - json.getLong("problems.withdrawn")),
        value("kpi-problems-counted"));
    assertEquals(s.apply("tickets.total"), value("kpi-tickets-total"));
    // The completion rate next to what it is made of: verified time-bound / time-bound.
    assertEquals(
        Long.toString(
            json.getLong("tickets.verified") - json.getLong("tickets.longTermDetail.verified")),
        value("kpi-timebound-verified"));
    assertEquals(s.apply("tickets.timeBound"), value("kpi-timebound"));
    assertEquals(s.apply("tickets.overdue"), value("kpi-overdue"));
    assertEquals(s.apply("tickets.dueSoon"), value("kpi-due-soon"));
    assertEquals(s.apply("tickets.stagnant"), value("kpi-stagnant"));
    assertEquals(s.apply("tickets.lights.RED"), value("kpi-red"));
    assertEquals(s.apply("tickets.lights.YELLOW"), value("kpi-yellow"));
    assertEquals(s.apply("tickets.lights.GREEN"), value("kpi-green"));
    assertEquals(s.apply("asOf"), browser.findElement(By.id("as-of")).getAttribute("data-as-of"));
    List<WebElement> overdue =
        browser.findElements(By.cssSelector("#overdue-rows tr[data-ticket]"));
    assertEquals(json.getInt("tickets.overdue"), overdue.size(), "overdue rows");
    List<Integer> days =
        browser.findElements(By.cssSelector("#overdue-rows td.days")).stream()
            .map(e -> Integer.valueOf(e.getAttribute("data-days")))
            .toList();
    assertEquals(
        days.stream().sorted(java.util.Comparator.reverseOrder()).toList(),
        days,
        "the most overdue first");
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
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
  void anUnreachableReportServiceMakesTheBadgeStale() {
    open("", Tokens.viewer());
    awaitLoaded("{}");
    assertEquals("fresh", browser.findElement(By.id("freshness")).getAttribute("data-state"));
    js(
        "window.fetch = function () { return Promise.reject(new TypeError('Failed to fetch')); };"
            + " document.getElementById('filters').dispatchEvent(new Event('submit',"
            + " {cancelable: true}));");
    await().until(d -> d.findElement(By.id("error-banner")).getText().contains("读取报表失败"));
    assertEquals("stale", browser.findElement(By.id("freshness")).getAttribute("data-state"));
    assertTrue(browser.findElement(By.id("stale-banner")).isDisplayed());
  }

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

  @Test
  void anUpstreamOutageIsSaidPlainlyAndTheFiguresStay() throws Exception {
    StubMapping down = UpstreamFeeds.down(UpstreamFeeds.rectificationService);
    try {
      await()
          .withMessage("the rectification feed did not fail")
          .until(d -> rectificationFailures() > 0);
      open("", Tokens.viewer());
      awaitLoaded("{}");
      assertEquals("stale", browser.findElement(By.id("freshness")).getAttribute("data-state"));
      WebElement banner = browser.findElement(By.id("stale-banner"));
      assertTrue(banner.isDisplayed());
      assertTrue(banner.getText().contains("整改任务数据源"), banner.getText());
      assertTrue(banner.getText().contains("可能已过时"), banner.getText());
      showsTheSummaryOf("");
      screenshot("dashboard-stale.png");
    } finally {
      UpstreamFeeds.rectificationService.removeStub(down);
    }
    await().withMessage("the feed did not recover").until(d -> rectificationFailures() == 0);
    browser.navigate().refresh();
    awaitLoaded("{}");
    assertEquals("fresh", browser.findElement(By.id("freshness")).getAttribute("data-state"));
  }

  @Test
  void withoutAValidTokenThePageAsksForOne() {
    browser.get(dashboard.toString());
    ((JavascriptExecutor) browser).executeScript("sessionStorage.clear();");
    browser.get(dashboard + "?x=1");
    await().until(d -> d.findElement(By.id("token-box")).isDisplayed());

    open("", "not-a-token");
    await()
        .until(
            d ->
                d.findElement(By.id("token-box")).isDisplayed()
                    && d.findElement(By.id("error-banner")).getText().contains("令牌无效"));
    browser.findElement(By.id("token-input")).sendKeys(Tokens.viewer());
    browser.findElement(By.id("token-use")).click();
    awaitLoaded("{}");
    assertFalse(browser.findElement(By.id("token-box")).isDisplayed());
    showsTheSummaryOf("");
  }

  @Test
  void theDashboardItselfNeedsNoTokenButItsDataDoes() {
    given().get("/dashboard/").then().statusCode(200).contentType("text/html");
    given().get("/dashboard/vendor/echarts-6.1.0/echarts.common.min.js").then().statusCode(200);
    // Files whose names do not change between releases are revalidated; only the versioned vendor
    // file may be kept.
    for (String file :
        List.of("/dashboard/", "/dashboard/dashboard.js", "/dashboard/dashboard.css")) {
      String cc = given().get(file).then().statusCode(200).extract().header("Cache-Control");
      assertEquals("no-cache", cc, file);
    }
    assertTrue(
        given()
            .get("/dashboard/vendor/echarts-6.1.0/echarts.common.min.js")
            .then()
            .extract()
            .header("Cache-Control")
            .contains("immutable"));
    String lastModified =
        given().get("/dashboard/dashboard.js").then().extract().header("Last-Modified");
    if (lastModified != null) {
      given()
          .header("If-Modified-Since", lastModified)
          .get("/dashboard/dashboard.js")
          .then()
          .statusCode(304);
    }
    given()
        .redirects()
        .follow(false)
        .get("/dashboard?sourceId=5e1a0000-0000-4000-8000-000000000001")
        .then()
        .statusCode(301)
        .header(
            "Location",
            org.hamcrest.Matchers.endsWith(
                "/dashboard/?sourceId=5e1a0000-0000-4000-8000-000000000001"));
    given().get("/api/v1/reports/summary").then().statusCode(401);
  }

  private static long rectificationFailures() {
    Object n =
        given()
            .get("/q/health/ready")
            .then()
            .extract()
            .jsonPath()
            .get(
                "checks.find { it.name == 'report-projection' }.data['rectification.consecutiveFailures']");
    return n == null ? 0 : ((Number) n).longValue();
  }

  /** Sizes the window so that the page itself (the viewport) is width × height. */
  private static void viewport(int width, int height) throws InterruptedException {
    browser.manage().window().setSize(new Dimension(width, height));
    Number inner =
        (Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;");
    browser.manage().window().setSize(new Dimension(width, height + (height - inner.intValue())));
    Thread.sleep(400); // the charts resize on the resize event
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

  private static void screenshot(String name) throws IOException {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }
}
