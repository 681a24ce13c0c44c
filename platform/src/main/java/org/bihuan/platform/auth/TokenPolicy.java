package org.bihuan.platform.auth;

import io.quarkus.runtime.Startup;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bihuan.platform.input.SafeText;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * Which tokens this service accepts (docs/decisions/0065-service-keys-and-audiences.md).
 *
 * <ul>
 *   <li>User tokens: signed by the identity provider's key with its issuer ({@code
 *       mp.jwt.verify.*}), and {@code aud} naming the product ({@code bihuan}) or this service.
 *       They never carry the {@code service} role.
 *   <li>Service tokens: {@code iss} and {@code sub} = the calling service, signed with that
 *       service's own private key, whose public half this service trusts ({@code
 *       bihuan.service-token.trusted-callers}, keys in {@code bihuan.service-token.public-keys}/
 *       {@code <caller>.pem}); {@code aud} = this service; the {@code service} role and no other;
 *       at most {@value #MAX_SERVICE_TOKEN_SECONDS} s between {@code iat} and {@code exp}.
 * </ul>
 *
 * A user token may live at most {@code bihuan.auth.max-token-lifetime} (default 24 hours) from its
 * {@code iat} to its {@code exp}: a token minted to last a year is refused whatever is left of it
 * (docs/decisions/0189-token-lifetime.md).
 *
 * <p>The token's unverified issuer only chooses which key must have signed it; it grants nothing.
 */
@Startup // a trusted caller's missing or unreadable key stops the service at start, not at a
// request
@Singleton
public class TokenPolicy {

  public static final String PRODUCT_AUDIENCE = "bihuan";
  static final long MAX_SERVICE_TOKEN_SECONDS = 600;

  /** How far in the future a token's {@code iat} may lie (clock skew), in seconds. */
  static final long ISSUED_AT_LEEWAY_SECONDS = 60;

  /** The longest a user token may live from {@code iat} to {@code exp}, unless configured. */
  public static final Duration DEFAULT_MAX_USER_TOKEN_LIFETIME = Duration.ofHours(24);

  private final String serviceName;
  private final Set<String> userAudiences;
  private final Duration maxUserTokenLifetime;
  private final Map<String, JWTAuthContextInfo> callers = new LinkedHashMap<>();

  @Inject
  public TokenPolicy(
      @ConfigProperty(name = "quarkus.application.name") String serviceName,
      @ConfigProperty(name = "bihuan.service-token.trusted-callers")
          Optional<List<String>> trustedCallers,
      @ConfigProperty(name = "bihuan.service-token.public-keys") Optional<String> publicKeys,
      @ConfigProperty(name = "bihuan.auth.max-token-lifetime", defaultValue = "24h")
          Duration maxUserTokenLifetime) {
    this(
        serviceName,
        callerKeys(trustedCallers.orElse(List.of()), publicKeys),
        maxUserTokenLifetime);
  }

  public TokenPolicy(String serviceName, Map<String, PublicKey> callerKeys) {
    this(serviceName, callerKeys, DEFAULT_MAX_USER_TOKEN_LIFETIME);
  }

  public TokenPolicy(
      String serviceName, Map<String, PublicKey> callerKeys, Duration maxUserTokenLifetime) {
    if (maxUserTokenLifetime == null
        || maxUserTokenLifetime.isNegative()
        || maxUserTokenLifetime.isZero()) {
      throw new IllegalStateException(
          "bihuan.auth.max-token-lifetime must be a positive duration such as 24h");
    }
    this.maxUserTokenLifetime = maxUserTokenLifetime;
    this.serviceName = serviceName;
    this.userAudiences = Set.of(PRODUCT_AUDIENCE, serviceName);
    callerKeys.forEach((caller, key) -> callers.put(caller, serviceTokenRules(caller, key)));
  }

  /** Verifies a token with {@code verifier} under the rules above. */
  public JsonWebToken verify(JWTParser verifier, String token) throws ParseException {
    // Before the parser reads them: it reads a text as a list of groups, and a number made it throw
    // a ClassCastException rather than refuse the token. The shape check only ever refuses.
    requireClaimShapes(token);
    JWTAuthContextInfo caller = callers.get(unverifiedIssuer(token));
    if (caller != null) {
      JsonWebToken jwt = verifier.parse(token, caller);
      if (!caller.getIssuedBy().equals(jwt.getSubject())
          || !Set.of(Roles.SERVICE).equals(jwt.getGroups())) {
        throw new ParseException(
            "A service token must name its caller as subject and carry the service role only");
      }
      if (!Set.of(serviceName).equals(jwt.getAudience())) {
        throw new ParseException(
            "A service token's audience (aud) must be " + serviceName + " only");
      }
      if (!jwt.getSubject().equals(jwt.getName())) {
        // upn or preferred_username would name the caller instead of its subject
        throw new ParseException("A service token must be known by its subject only");
      }
      requireIssuedInThePast(jwt);
      return jwt;
    }
    JsonWebToken jwt = verifier.parse(token);
    Set<String> audience = jwt.getAudience();
    if (audience == null || Collections.disjoint(audience, userAudiences)) {
      throw new ParseException(
          "The token's audience (aud) names neither " + PRODUCT_AUDIENCE + " nor " + serviceName);
    }
    if (jwt.getGroups() != null && jwt.getGroups().contains(Roles.SERVICE)) {
      throw new ParseException("Only a service's own key can grant the service role");
    }
    requireIssuedInThePast(jwt);
    requireLifetimeWithin(jwt, maxUserTokenLifetime);
    return jwt;
  }

  /**
   * A token whose {@code exp} lies further after its {@code iat} than {@code max} was minted to
   * outlive what a stolen token should be worth; refused even while it has not expired.
   */
  private static void requireLifetimeWithin(JsonWebToken jwt, Duration max) throws ParseException {
    long lifetime = jwt.getExpirationTime() - jwt.getIssuedAtTime();
    if (lifetime > max.toSeconds()) {
      throw new ParseException(
          "The token lives "
              + lifetime
              + " s from iat to exp, longer than the "
              + max.toSeconds()
              + " s this service accepts (bihuan.auth.max-token-lifetime); get a token with a"
              + " shorter lifetime from the identity provider");
    }
  }

  /** The claims that name the caller: whichever comes first is the id recorded as actor. */
  static final List<String> PRINCIPAL_CLAIMS = List.of("upn", "preferred_username", "sub");

  /**
   * Claims read in one shape only (docs/decisions/0217), checked on the payload as it was written
   * (before the signature is verified: this only ever refuses): {@code groups}, when present, is a
   * JSON array of role names — a text is not read as a list, "admin" or "viewer admin" grants
   * nothing; and each claim that can name the caller ({@code upn}, {@code preferred_username},
   * {@code sub}), when present, is a text that is not blank and holds no control, format or other
   * invisible character ({@link SafeText#problemInIdentifier}: bidirectional controls
   * U+202A–U+202E, U+2066–U+2069, U+200E/F and zero-width characters among them), because that text
   * is stored as who acted.
   */
  static void requireClaimShapes(String token) throws ParseException {
    Map<String, Object> claims = payload(token);
    if (claims.containsKey("groups")) {
      Object groups = claims.get("groups");
      if (!(groups instanceof List<?> list)
          || list.stream()
              .anyMatch(
                  g ->
                      !(g instanceof String role)
                          || SafeText.isBlank(role)
                          || SafeText.problemInIdentifier(role) != null)) {
        throw new ParseException(
            "The token's groups claim must be a JSON array of role names (texts), such as"
                + " [\"viewer\"]; a text, a number, null or an array of anything else grants"
                + " nothing and is refused");
      }
    }
    for (String claim : PRINCIPAL_CLAIMS) {
      if (!claims.containsKey(claim)) {
        continue;
      }
      Object value = claims.get(claim);
      if (!(value instanceof String id) || SafeText.isBlank(id)) {
        throw new ParseException(
            "The token's " + claim + " claim must be a text that is not blank: it names who acts");
      }
      String problem = SafeText.problemInIdentifier(id);
      if (problem != null) {
        throw new ParseException(
            "The token's "
                + claim
                + " claim "
                + problem
                + "; the caller's id must hold only visible characters");
      }
    }
  }

  /** The claims as written; none when the token is no JWS (the parser refuses it then). */
  private static Map<String, Object> payload(String token) {
    String[] parts = token == null ? new String[0] : token.split("\\.", -1);
    if (parts.length != 3) {
      return Map.of();
    }
    try {
      return JsonUtil.parseJson(
          new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException | JoseException e) {
      return Map.of();
    }
  }

  /** A token issued later than now (beyond the clock skew) was minted to outlive its window. */
  private static void requireIssuedInThePast(JsonWebToken jwt) throws ParseException {
    long iat = jwt.getIssuedAtTime();
    long now = java.time.Instant.now().getEpochSecond();
    if (iat > now + ISSUED_AT_LEEWAY_SECONDS) {
      throw new ParseException(
          "The token's iat lies more than " + ISSUED_AT_LEEWAY_SECONDS + " s in the future");
    }
  }

  /** The {@code iss} a token claims, before anything is checked; null when it names none. */
  static String unverifiedIssuer(String token) {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      return null;
    }
    try {
      String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
      return JsonUtil.parseJson(payload).get("iss") instanceof String iss ? iss : null;
    } catch (IllegalArgumentException | JoseException e) {
      return null; // not a JWS: the identity provider's rules refuse it
    }
  }

  private JWTAuthContextInfo serviceTokenRules(String caller, PublicKey key) {
    JWTAuthContextInfo rules = new JWTAuthContextInfo(key, caller);
    rules.setExpectedAudience(Set.of(serviceName));
    rules.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
    rules.setMaxTimeToLiveSecs(MAX_SERVICE_TOKEN_SECONDS);
    return rules;
  }

  private static Map<String, PublicKey> callerKeys(
      List<String> callers, Optional<String> publicKeys) {
    Map<String, PublicKey> keys = new LinkedHashMap<>();
    for (String caller : callers) {
      if (caller.isBlank()) {
        continue;
      }
      String dir =
          publicKeys.orElseThrow(
              () ->
                  new IllegalStateException(
                      "bihuan.service-token.trusted-callers names "
                          + caller
                          + " but bihuan.service-token.public-keys (where <caller>.pem lie) is not"
                          + " set"));
      keys.put(caller.strip(), KeyFiles.publicKey(dir + "/" + caller.strip() + ".pem"));
    }
    return keys;
  }
}
