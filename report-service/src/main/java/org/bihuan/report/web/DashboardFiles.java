package org.bihuan.report.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * How the dashboard's static files are cached. index.html, dashboard.js and dashboard.css keep
 * their names across releases, so a browser must revalidate them (no-cache; the static handler
 * answers If-Modified-Since with 304); only the vendored ECharts file carries its version in its
 * path and may be kept for a year. {@code /dashboard} redirects to {@code /dashboard/} so that the
 * page's relative links resolve.
 */
@ApplicationScoped
public class DashboardFiles {

  static final String ROOT = "/dashboard";
  static final String VENDOR = ROOT + "/vendor/";

  void register(@Observes Filters filters) {
    filters.register(
        rc -> {
          String path = rc.normalizedPath();
          if (path.equals(ROOT)) {
            String query = rc.request().query();
            rc.response()
                .setStatusCode(301)
                .putHeader(HttpHeaders.LOCATION, ROOT + "/" + (query == null ? "" : "?" + query))
                .end();
            return;
          }
          if (path.startsWith(ROOT + "/")) {
            String cacheControl =
                path.startsWith(VENDOR) ? "public, max-age=31536000, immutable" : "no-cache";
            // Set when the headers go out, after the static handler has written its own.
            rc.addHeadersEndHandler(
                v -> rc.response().headers().set(HttpHeaders.CACHE_CONTROL, cacheControl));
          }
          rc.next();
        },
        100);
  }
}
