package org.bihuan.platform.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers tokens whose signature was already verified, until they expire. Dashboards pull the
 * reports every few seconds with the same token; verifying its RSA signature every time cost more
 * than computing a cached report. A token is only ever taken from the cache as the exact string
 * that was verified, and never after its {@code exp}.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

  private static final int MAX_ENTRIES = 10_000;

  @Inject DefaultJWTParser verifier;

  private final ConcurrentHashMap<String, JsonWebToken> verified = new ConcurrentHashMap<>();

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    JsonWebToken known = verified.get(token);
    long now = System.currentTimeMillis() / 1000;
    if (known != null) {
      if (known.getExpirationTime() > now) {
        return known;
      }
      verified.remove(token);
    }
    JsonWebToken jwt = verifier.parse(token);
    if (jwt.getExpirationTime() > now) {
      if (verified.size() >= MAX_ENTRIES) {
        verified.entrySet().removeIf(e -> e.getValue().getExpirationTime() <= now);
        if (verified.size() >= MAX_ENTRIES) {
          verified.clear();
        }
      }
      verified.put(token, jwt);
    }
    return jwt;
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
