package org.bihuan.platform.http;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The plain (non-TLS) ports speak HTTP/1.x only: cleartext HTTP/2 (h2c, by prior knowledge or by an
 * {@code Upgrade: h2c}) is not served (docs/decisions/0271). Vert.x serves h2c by default and
 * Quarkus leaves it so; but every limit of the HTTP layer is a limit on HTTP/1.x connections (the
 * body deadline, broken chunks, request lines, closing a stalled download's socket), and an h2c
 * download cut off for a stall only reset its stream: the connection stayed, its queued bytes with
 * it. A client that asks for an upgrade is answered in HTTP/1.1, as the upgrade allows; one that
 * sends the HTTP/2 preface gets 505. The TLS port, which the services do not open unless
 * configured, keeps Quarkus' choice (HTTP/2 by ALPN); a download cut off there closes its whole
 * connection.
 */
@ApplicationScoped
public class PlainHttp1 implements HttpServerOptionsCustomizer {

  @Override
  public void customizeHttpServer(HttpServerOptions options) {
    options.setHttp2ClearTextEnabled(false);
  }
}
