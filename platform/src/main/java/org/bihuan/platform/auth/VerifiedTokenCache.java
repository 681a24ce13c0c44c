package org.bihuan.platform.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The parser of bearer tokens: verifies them under {@link TokenPolicy} and remembers those already
 * verified, until they expire. Dashboards pull the reports every few seconds with the same token;
 * verifying its RSA signature every time cost more than computing a cached report. A token is only
 * ever taken from the cache as the exact string that was verified, and never after its {@code exp}.
 */
@Alternative
@Priority(1)
@Singleton
public class VerifiedTokenCache implements JWTParser {

  static final int MAX_ENTRIES = 10_000;

  private final JWTParser verifier;
  private final TokenPolicy policy;
  private final int maxEntries;
  private final LongSupplier nowSeconds;
  private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();

  @Inject
  public VerifiedTokenCache(DefaultJWTParser verifier, TokenPolicy policy) {
    this(verifier, policy, MAX_ENTRIES, () -> System.currentTimeMillis() / 1000);
  }

  VerifiedTokenCache(
      JWTParser verifier, TokenPolicy policy, int maxEntries, LongSupplier nowSeconds) {
    this.verifier = verifier;
    this.policy = policy;
    this.maxEntries = maxEntries;
    this.nowSeconds = nowSeconds;
  }

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    long now = nowSeconds.getAsLong();
    JsonWebToken known = verified.get(token);
    if (known != null) {
      if (known.getExpirationTime() > now) {
        return known;
      }
      verified.remove(token);
    }
    JsonWebToken jwt = policy.verify(verifier, token);
    if (jwt.getExpirationTime() > now) {
      if (verified.size() >= maxEntries) {
        verified.entrySet().removeIf(e -> e.getValue().getExpirationTime() <= now);
        if (verified.size() >= maxEntries) {
          verified.clear();
        }
      }
      verified.put(token, jwt);
    }
    return jwt;
  }

  /** How many verified tokens are remembered now. */
  int size() {
    return verified.size();
  }

  @Override
  public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
    return verifier.parse(token, context);
  }

  @Override
  public JsonWebToken verify(String token, PublicKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, SecretKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, String secret) throws ParseException {
    return verifier.verify(token, secret);
  }

  @Override
  public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, String secret) throws ParseException {
    return verifier.decrypt(token, secret);
  }

  @Override
  public JsonWebToken parseOnly(String token) throws ParseException {
    return verifier.parseOnly(token);
  }
}
