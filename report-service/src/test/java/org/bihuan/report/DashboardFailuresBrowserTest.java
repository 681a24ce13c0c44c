package org.bihuan.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The dashboard says plainly when the report service or an upstream is unreachable, and asks for a
 * token its data needs.
 */
@QuarkusTest
@Order(2) // before FeedFollowerTest, which extends the feeds
class DashboardFailuresBrowserTest extends DashboardBrowserCase {

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
}
