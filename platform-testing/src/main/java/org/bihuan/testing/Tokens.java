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
 * Signs bearer tokens with the test key pair ({@code test-keys/} on the test classpath; the
 * services' {@code %test} profile trusts its public half).
 */
public final class Tokens {

  public static final String ISSUER = "bihuan-local";
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
        Jwt.issuer(ISSUER).subject(subject).claim("name", name).groups(Set.of(roles));
    if (unit != null) {
      b.claim("unit", unit);
    }
    return b.expiresIn(3600).sign(KEY);
  }

  private static PrivateKey load() {
    try (InputStream in = Tokens.class.getResourceAsStream("/test-keys/private.pem")) {
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
