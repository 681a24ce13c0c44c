package org.bihuan.platform.auth;

import io.quarkus.arc.Arc;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Puts a bearer token on every call to another service. Inside a user's request the user's own
 * token is forwarded, so the other service applies that user's roles and unit; outside one (feed
 * readers, schedulers) the service signs a short-lived token of its own with the configured key.
 * Register it on a REST client with {@code @RegisterProvider(OutgoingAuthorization.class)}.
 */
@ApplicationScoped
public class OutgoingAuthorization implements ClientRequestFilter {

  @ConfigProperty(name = "quarkus.application.name")
  String serviceName;

  @ConfigProperty(name = "bihuan.service-token.issuer", defaultValue = "bihuan-local")
  String issuer;

  @ConfigProperty(name = "bihuan.service-token.groups", defaultValue = "viewer")
  List<String> groups;

  @Inject JsonWebToken jwt;

  private volatile String cached;
  private volatile Instant cachedUntil = Instant.EPOCH;

  @Override
  public void filter(ClientRequestContext request) {
    if (request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
      return;
    }
    request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token());
  }

  private String token() {
    if (Arc.container().requestContext().isActive() && jwt.getRawToken() != null) {
      return jwt.getRawToken();
    }
    return serviceToken();
  }

  private String serviceToken() {
    Instant now = Instant.now();
    if (cached == null || now.isAfter(cachedUntil)) {
      Duration life = Duration.ofMinutes(5);
      cached =
          Jwt.issuer(issuer)
              .subject(serviceName)
              .claim("name", serviceName)
              .groups(Set.copyOf(groups))
              .expiresIn(life)
              .sign();
      cachedUntil = now.plus(life).minusSeconds(60);
    }
    return cached;
  }
}
