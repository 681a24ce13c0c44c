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
 *
 * <p>A token is about a kilobyte and arrives as a new string with every request: hashing all of it
 * for the lookup and reading {@code exp} back out of the claims cost as much as the rest of the
 * lookup (docs/decisions/0286). The map is keyed by a hash of the token's last characters (its
 * signature) and its length, and each entry keeps its {@code exp} as a number; the key is still
 * equal only to the whole, identical string, so a token that shares another's signature but not its
 * header or claims (a forgery) is verified, and refused, like any other.
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
  private final ConcurrentHashMap<Key, Known> verified = new ConcurrentHashMap<>();

  /**
   * A verified token, the second it expires, and its claims, read once for every request that
   * brings it (docs/decisions/0383).
   */
  private record Known(JsonWebToken jwt, long exp, TokenClaims claims) {}

  /** A token as a map key: equal only to the same whole string, hashed by its tail. */
  static final class Key {
    /** How many of the last characters the hash reads: an RS256 signature is 342. */
    static final int HASHED = 48;

    final String token;
    private final int hash;

    Key(String token) {
      this.token = token;
      int h = token.length();
      for (int i = Math.max(0, token.length() - HASHED); i < token.length(); i++) {
        h = 31 * h + token.charAt(i);
      }
      this.hash = h;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.hash == hash && k.token.equals(token);
    }
  }

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
    Key key = new Key(token);
    JsonWebToken known = verifiedBefore(key, now);
    if (known != null) {
      return known;
    }
    JsonWebToken jwt = policy.verify(verifier, token);
    long exp = jwt.getExpirationTime();
    if (exp > now) {
      if (verified.size() >= maxEntries) {
        verified.entrySet().removeIf(e -> e.getValue().exp() <= now);
        if (verified.size() >= maxEntries) {
          verified.clear();
        }
      }
      verified.put(key, new Known(jwt, exp, TokenClaims.of(jwt)));
    }
    return jwt;
  }

  /**
   * The token this instance verified before, exactly this string and not yet expired; null for any
   * other (nothing is verified here). The answers given before Quarkus REST ask it (HitRoute,
   * docs/decisions/0302): a token it does not know goes the normal way, which verifies it.
   */
  public JsonWebToken verifiedBefore(String token) {
    return verifiedBefore(new Key(token), nowSeconds.getAsLong());
  }

  /** The one rule of a remembered token: taken only before its {@code exp}, then forgotten. */
  private JsonWebToken verifiedBefore(Key key, long now) {
    Known known = verified.get(key);
    if (known == null) {
      return null;
    }
    if (known.exp() > now) {
      return known.jwt();
    }
    verified.remove(key);
    return null;
  }

  /**
   * The claims of {@code jwt}: read when this instance verified it, where it is that very token;
   * else read now ({@link TokenClaims#of}). A request's filters and its {@link CurrentUser} ask
   * here, so a token's payload is read once, not once by each of them for every request.
   */
  TokenClaims claimsOf(JsonWebToken jwt) {
    String raw = jwt == null ? null : jwt.getRawToken();
    Known known = raw == null ? null : verified.get(new Key(raw));
    return known != null && known.jwt() == jwt ? known.claims() : TokenClaims.of(jwt);
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
