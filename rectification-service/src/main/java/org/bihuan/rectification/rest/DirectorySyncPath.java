package org.bihuan.rectification.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code POST /api/v1/directory:sync} also when the client encodes the colon (%3A), as some HTTP
 * libraries do in a path: RFC 3986 makes them the same, but the router compares the raw path.
 *
 * <p>It runs before authentication on every request, so it reads the raw path from the connection:
 * a request without a usable host (HTTP/1.0 without Host, {@code Host: [zz]}) has no absolute URI,
 * and asking JAX-RS for one failed with 500 instead of the answer every service gives it.
 */
public class DirectorySyncPath {

  private static final String ENCODED = "/api/v1/directory%3async";

  @ServerRequestFilter(preMatching = true)
  public void decodeColon(ContainerRequestContext request, HttpServerRequest http) {
    if (ENCODED.equalsIgnoreCase(http.path()) && http.absoluteURI() != null) {
      URI uri = request.getUriInfo().getRequestUri();
      request.setRequestUri(uri.resolve("/api/v1/directory:sync"));
    }
  }
}
