package org.bihuan.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/**
 * Signs bearer tokens with the test key pairs: user tokens with {@code test-keys/private.pem} (the
 * stand-in for the identity provider; the services' {@code %test} profile trusts its public half),
 * service tokens with {@code test-keys/services/<service>.private.pem}.
 */
public final class Tokens {

  public static final String ISSUER = "bihuan-local";

  /** The audience every user token names: the product. */
  public static final String AUDIENCE = "bihuan";

  private static final PrivateKey KEY = load();

  private Tokens() {}

  public static String admin() {
    return token("admin", "管理员", null, "admin");
  }

  public static String viewer() {
    return token("viewer", "查看人", null, "viewer");
  }

  public static String verifier(String name) {
    return token("verifier-" + name, name, null, "verifier");
  }

  public static String reporter(String name, String unit) {
    return token("reporter-" + name, name, unit, "reporter");
  }

  /** A token for {@code subject} with display name, optional unit and the given roles. */
  public static String token(String subject, String name, String unit, String... roles) {
    JwtClaimsBuilder b =
        Jwt.issuer(ISSUER)
            .subject(subject)
            .audience(AUDIENCE)
            .claim("name", name)
            .groups(Set.of(roles));
    if (unit != null) {
      b.claim("unit", unit);
    }
    return b.expiresIn(3600).sign(KEY);
  }

  /**
   * A token with no {@code name} claim, only OpenID Connect's {@code family_name} and {@code
   * given_name}, as some identity providers issue them.
   */
  public static String withNameParts(
      String subject, String familyName, String givenName, String unit, String... roles) {
    java.util.Map<String, Object> claims = new java.util.LinkedHashMap<>();
    claims.put("family_name", familyName);
    claims.put("given_name", givenName);
    if (unit != null) {
      claims.put("unit", unit);
    }
    return withClaims(subject, claims, roles);
  }

  /**
   * A token with exactly the given claims besides issuer, audience, subject and expiry. A claim
   * whose value is null is sent as JSON null (as identity providers do for an unset attribute).
   */
  public static String withClaims(
      String subject, java.util.Map<String, Object> claims, String... roles) {
    if (claims.values().stream().anyMatch(java.util.Objects::isNull)) {
      return withNullClaims(subject, claims, roles);
    }
    JwtClaimsBuilder b =
        Jwt.issuer(ISSUER).subject(subject).audience(AUDIENCE).groups(Set.of(roles));
    claims.forEach(b::claim);
    return b.expiresIn(3600).sign(KEY);
  }

  /** The smallrye builder drops nothing but refuses null; jose4j writes it as JSON null. */
  private static String withNullClaims(
      String subject, java.util.Map<String, Object> claims, String... roles) {
    try {
      org.jose4j.jwt.JwtClaims c = new org.jose4j.jwt.JwtClaims();
      c.setIssuer(ISSUER);
      c.setSubject(subject);
      c.setAudience(AUDIENCE);
      c.setStringListClaim("groups", roles);
      c.setIssuedAtToNow();
      c.setExpirationTimeMinutesInTheFuture(60);
      c.setGeneratedJwtId();
      claims.forEach(c::setClaim);
      org.jose4j.jws.JsonWebSignature jws = new org.jose4j.jws.JsonWebSignature();
      jws.setPayload(c.toJson());
      jws.setKey(KEY);
      jws.setAlgorithmHeaderValue(org.jose4j.jws.AlgorithmIdentifiers.RSA_USING_SHA256);
      jws.setHeader("typ", "JWT");
      return jws.getCompactSerialization();
    } catch (org.jose4j.lang.JoseException e) {
      throw new IllegalStateException("Cannot sign the test token", e);
    }
  }

  /**
   * A user token signed with the test key whose payload is exactly {@code claims} as JSON, besides
   * {@code iss}, {@code aud}, {@code iat} and {@code exp} unless they are given: a {@code groups}
   * given as a text stays a text, a {@code sub} may be empty or hold any character.
   */
  public static String rawClaims(java.util.Map<String, Object> claims) {
    java.util.Map<String, Object> payload = new java.util.LinkedHashMap<>();
    long now = java.time.Instant.now().getEpochSecond();
    payload.put("iss", ISSUER);
    payload.put("aud", AUDIENCE);
    payload.put("iat", now);
    payload.put("exp", now + 3600);
    payload.putAll(claims);
    try {
      org.jose4j.jws.JsonWebSignature jws = new org.jose4j.jws.JsonWebSignature();
      jws.setPayload(org.jose4j.json.JsonUtil.toJson(payload));
      jws.setKey(KEY);
      jws.setAlgorithmHeaderValue(org.jose4j.jws.AlgorithmIdentifiers.RSA_USING_SHA256);
      jws.setHeader("typ", "JWT");
      return jws.getCompactSerialization();
    } catch (org.jose4j.lang.JoseException e) {
      throw new IllegalStateException("Cannot sign the test token", e);
    }
  }

  /** A viewer token whose {@code exp} lies {@code secondsAgo} seconds in the past. */
  public static String viewerExpiredSince(long secondsAgo) {
    long now = java.time.Instant.now().getEpochSecond();
    return Jwt.issuer(ISSUER)
        .subject("viewer")
        .audience(AUDIENCE)
        .claim("name", "查看人")
        .groups(Set.of("viewer"))
        .issuedAt(now - 3600)
        .expiresAt(now - secondsAgo)
        .sign(KEY);
  }

  /**
   * A service token as {@code caller} signs it for calls to {@code callee} outside a user's request
   * (the {@code service} role only, five minutes).
   */
  public static String service(String caller, String callee) {
    return Jwt.issuer(caller)
        .subject(caller)
        .audience(callee)
        .claim("name", caller)
        .groups(Set.of("service"))
        .expiresIn(300)
        .sign(load("/test-keys/services/" + caller + ".private.pem"));
  }

  private static PrivateKey load() {
    return load("/test-keys/private.pem");
  }

  private static PrivateKey load(String resource) {
    try (InputStream in = Tokens.class.getResourceAsStream(resource)) {
      String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      byte[] der =
          Base64.getMimeDecoder()
              .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException("Cannot load the test signing key", e);
    }
  }
}
