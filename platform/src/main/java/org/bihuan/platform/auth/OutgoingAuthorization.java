package org.bihuan.platform.auth;

import io.quarkus.arc.Arc;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.reflect.Method;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Puts a bearer token on every call to another service. Inside a user's request the user's own
 * token is forwarded, so the other service applies that user's roles and unit (its {@code aud}
 * names the product, which every service accepts). Outside one (feed readers) the service signs a
 * short-lived service token with its own private key ({@code bihuan.service-token.key.location}),
 * addressed to the callee named by the client's {@link CallsService}. Register it on a REST client
 * with {@code @RegisterProvider(OutgoingAuthorization.class)}.
 */
@ApplicationScoped
public class OutgoingAuthorization implements ClientRequestFilter {

  static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";
  private static final Duration LIFE = Duration.ofMinutes(5);

  @ConfigProperty(name = "quarkus.application.name")
  String serviceName;

  @ConfigProperty(name = "bihuan.service-token.key.location")
  Optional<String> keyLocation;

  @Inject JsonWebToken jwt;

  private volatile PrivateKey key;
  private final ConcurrentHashMap<String, Signed> signed = new ConcurrentHashMap<>();

  private record Signed(String token, Instant renewAfter) {}

  @Override
  public void filter(ClientRequestContext request) {
    if (request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
      return;
    }
    request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token(request));
  }

  private String token(ClientRequestContext request) {
    if (Arc.container().requestContext().isActive() && jwt.getRawToken() != null) {
      return jwt.getRawToken();
    }
    return serviceToken(callee(request));
  }

  private static String callee(ClientRequestContext request) {
    Object invoked = request.getProperty(INVOKED_METHOD);
    CallsService callee =
        invoked instanceof Method m
            ? m.getDeclaringClass().getAnnotation(CallsService.class)
            : null;
    if (callee == null) {
      throw new IllegalStateException(
          "A service token needs the callee: annotate the REST client with @CallsService");
    }
    return callee.value();
  }

  private String serviceToken(String audience) {
    Instant now = Instant.now();
    Signed s = signed.get(audience);
    if (s == null || now.isAfter(s.renewAfter())) {
      String token =
          Jwt.issuer(serviceName)
              .subject(serviceName)
              .audience(audience)
              .claim("name", serviceName)
              .groups(Set.of(Roles.SERVICE))
              .issuedAt(now)
              .expiresAt(now.plus(LIFE))
              .sign(key());
      s = new Signed(token, now.plus(LIFE).minusSeconds(60));
      signed.put(audience, s);
    }
    return s.token();
  }

  private PrivateKey key() {
    PrivateKey k = key;
    if (k == null) {
      String location =
          keyLocation.orElseThrow(
              () ->
                  new IllegalStateException(
                      serviceName
                          + " calls another service outside a user's request but has no key:"
                          + " set bihuan.service-token.key.location to its private key"));
      k = KeyFiles.privateKey(location);
      key = k;
    }
    return k;
  }
}
