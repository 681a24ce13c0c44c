package org.bihuan.rectification.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code POST /api/v1/directory:sync} also when the client encodes the colon (%3A), as some HTTP
 * libraries do in a path: RFC 3986 makes them the same, but the router compares the raw path.
 */
public class DirectorySyncPath {

  private static final String ENCODED = "/api/v1/directory%3async";

  @ServerRequestFilter(preMatching = true)
  public void decodeColon(ContainerRequestContext request) {
    URI uri = request.getUriInfo().getRequestUri();
    if (ENCODED.equalsIgnoreCase(uri.getRawPath())) {
      request.setRequestUri(uri.resolve("/api/v1/directory:sync"));
    }
  }
}
