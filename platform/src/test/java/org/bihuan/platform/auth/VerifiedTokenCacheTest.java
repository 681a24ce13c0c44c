package org.bihuan.platform.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.SecretKey;
import org.bihuan.testing.Tokens;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

  /** The real verifier, counting the signatures it checks. */
  static class CountingVerifier implements JWTParser {
    final DefaultJWTParser real =
        new DefaultJWTParser(
            new JWTAuthContextInfo(KeyFiles.publicKey("test-keys/public.pem"), Tokens.ISSUER));
    final AtomicInteger verified = new AtomicInteger();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
      verified.incrementAndGet();
      return real.parse(token);
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
      verified.incrementAndGet();
      return real.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
      return real.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
      return real.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
      return real.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
      return real.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
      return real.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
      return real.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
      return real.parseOnly(token);
    }
  }

  final CountingVerifier verifier = new CountingVerifier();
  final AtomicLong now = new AtomicLong(System.currentTimeMillis() / 1000);
  final TokenPolicy policy =
      new TokenPolicy(
          "report-service",
          Map.of("problem-service", KeyFiles.publicKey("test-keys/services/problem-service.pem")));
  final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, policy, 100, now::get);

  @Test
  void aTokenVerifiedOnceIsNotVerifiedAgain() throws Exception {
    String token = Tokens.viewer();
    JsonWebToken first = cache.parse(token);
    assertSame(first, cache.parse(token));
    assertSame(first, cache.parse(token));
    assertEquals(1, verifier.verified.get());
  }

  @Test
  void serviceTokensAreCachedToo() throws Exception {
    String token = Tokens.service("problem-service", "report-service");
    cache.parse(token);
    cache.parse(token);
    assertEquals(1, verifier.verified.get());
  }

  @Test
  void aTokenPastItsExpiryIsNotServedFromTheCache() throws Exception {
    String token = Tokens.viewer(); // expires in an hour
    JsonWebToken first = cache.parse(token);
    now.addAndGet(3601);
    // Verified again (the real verifier, on the real clock, still accepts it), not served as is.
    cache.parse(token);
    assertEquals(2, verifier.verified.get());
    assertTrue(first.getExpirationTime() <= now.get());
  }

  @Test
  void aRefusedTokenIsNotRemembered() {
    String token = Tokens.viewer();
    int i = token.lastIndexOf('.') + 10; // a character inside the signature
    String forged =
        token.substring(0, i) + (token.charAt(i) == 'A' ? 'B' : 'A') + token.substring(i + 1);
    assertThrows(ParseException.class, () -> cache.parse(forged));
    assertThrows(ParseException.class, () -> cache.parse(forged));
    assertEquals(0, cache.size());
    assertEquals(2, verifier.verified.get());
  }

  @Test
  void theCacheStaysWithinItsBound() throws Exception {
    for (int i = 0; i < 350; i++) {
      cache.parse(Tokens.token("user-" + i, "用户" + i, null, "viewer"));
      assertTrue(cache.size() <= 100, "size " + cache.size() + " after " + (i + 1) + " tokens");
    }
    assertEquals(350, verifier.verified.get());
  }

  // What is kept per token (docs/decisions/0286): the verified token under the exact string, and
  // the second it expires. Each test below fails on a cache that keys by less than the whole
  // string, that serves past exp, or that trusts what a token claims instead of its signature.

  @Test
  void aForgeryCarryingACachedTokensSignatureIsRefused() throws Exception {
    String unitA = Tokens.token("reporter-1", "填报人", "单位甲", "reporter");
    String unitB = Tokens.token("reporter-1", "填报人", "单位乙", "reporter");
    cache.parse(unitA);
    // unitB's header and claims with unitA's signature: the same last characters as unitA
    String forged =
        unitB.substring(0, unitB.lastIndexOf('.')) + unitA.substring(unitA.lastIndexOf('.'));
    assertThrows(ParseException.class, () -> cache.parse(forged));
    assertEquals(1, cache.size());
  }

  @Test
  void twoTokensOfOneSubjectWithDifferentUnitsKeepTheirOwnUnits() throws Exception {
    String unitA = Tokens.token("reporter-1", "填报人", "单位甲", "reporter");
    String unitB = Tokens.token("reporter-1", "填报人", "单位乙", "reporter");
    for (int i = 0; i < 3; i++) {
      assertEquals("单位甲", cache.parse(unitA).<String>getClaim("unit"));
      assertEquals("单位乙", cache.parse(unitB).<String>getClaim("unit"));
    }
    assertEquals(2, verifier.verified.get());
  }

  @Test
  void theSameClaimsSignedWithAnUnknownKeyAreRefused() throws Exception {
    long now = System.currentTimeMillis() / 1000;
    java.util.function.Function<String, String> signedWith =
        key ->
            io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER)
                .subject("viewer")
                .audience(Tokens.AUDIENCE)
                .claim("name", "查看人")
                .groups(java.util.Set.of("viewer"))
                .issuedAt(now)
                .expiresAt(now + 3600)
                .sign(key);
    cache.parse(signedWith.apply("test-keys/private.pem"));
    // the same claims, signed with a key this service does not trust for user tokens
    String unknownKey = signedWith.apply("test-keys/services/problem-service.private.pem");
    assertThrows(ParseException.class, () -> cache.parse(unknownKey));
    assertThrows(ParseException.class, () -> cache.parse(unknownKey));
    assertEquals(1, cache.size());
  }

  @Test
  void aCachedTokenIsRefusedOnceItHasExpired() throws Exception {
    JWTAuthContextInfo rules =
        new JWTAuthContextInfo(KeyFiles.publicKey("test-keys/public.pem"), Tokens.ISSUER);
    rules.setClockSkew(0);
    VerifiedTokenCache onTheClock =
        new VerifiedTokenCache(
            new DefaultJWTParser(rules), policy, 100, () -> System.currentTimeMillis() / 1000);
    long now = System.currentTimeMillis() / 1000;
    String shortLived =
        io.smallrye.jwt.build.Jwt.issuer(Tokens.ISSUER)
            .subject("viewer")
            .audience(Tokens.AUDIENCE)
            .groups(java.util.Set.of("viewer"))
            .issuedAt(now)
            .expiresAt(now + 2)
            .sign("test-keys/private.pem");
    onTheClock.parse(shortLived);
    assertEquals(1, onTheClock.size());
    while (System.currentTimeMillis() / 1000 <= now + 3) {
      Thread.sleep(100);
    }
    assertThrows(ParseException.class, () -> onTheClock.parse(shortLived));
    assertEquals(0, onTheClock.size());
  }
}
