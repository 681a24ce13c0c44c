package org.bihuan.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium against the fixed dataset: the browser, the page opened, and
 * what it shows.
 */
abstract class DashboardBrowserCase {

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

  static JsonPath api(String pathAndQuery) {
    return given()
        .auth()
        .oauth2(Tokens.viewer())
        .get("/api/v1/reports/" + pathAndQuery)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  void open(String query, String token) {
    browser.get("about:blank"); // a fragment-only change would not reload the page
    browser.get(dashboard + query + "#token=" + token);
  }

  static WebDriverWait await() {
    return new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(100));
  }

  /** Waits until the page has loaded with exactly these filters. */
  static void awaitLoaded(String filtersJson) {
    await()
        .withMessage(() -> "the dashboard did not load " + filtersJson + "; " + state())
        .until(
            d ->
                "false".equals(d.findElement(By.tagName("body")).getAttribute("data-loading"))
                    && filtersJson.equals(
                        d.findElement(By.tagName("body")).getAttribute("data-loaded-filters")));
  }

  static String state() {
    return "errors: "
        + browser.findElement(By.id("error-banner")).getText()
        + "; log: "
        + browser.manage().logs().get(LogType.BROWSER).getAll();
  }

  /** A figure's raw value on the page, numbers written as the API writes them (0.0 as 0). */
  static String value(String id) {
    return browser.findElement(By.id(id)).getAttribute("data-value");
  }

  static String number(Object apiValue) {
    if (apiValue == null) {
      return "";
    }
    if (apiValue instanceof Number n) {
      return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }
    return apiValue.toString();
  }

  /** The figures on the page are those of /reports/summary with the same filters. */
  static void showsTheSummaryOf(String query) {
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

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  /** Sizes the window so that the page itself (the viewport) is width × height. */
  static void viewport(int width, int height) throws InterruptedException {
    browser.manage().window().setSize(new Dimension(width, height));
    Number inner =
        (Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;");
    browser.manage().window().setSize(new Dimension(width, height + (height - inner.intValue())));
    Thread.sleep(400); // the charts resize on the resize event
  }

  static void screenshot(String name) throws IOException {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }
}
