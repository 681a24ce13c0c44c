package org.bihuan.platform.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.auth.principal.ParseException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.testing.Tokens;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/**
 * A token's claims are read once for the token, not by each filter, by the answers given before
 * Quarkus REST ({@link KnownCallers}) and by {@link CurrentUser} for every request
 * (docs/decisions/0383); read from the signed payload they answer as the token's own claim lookup
 * does, for claims missing, JSON null, blank, lists and numbers (docs/decisions/0380).
 */
class TokenClaimsPayloadTest {

  private static final List<String> CLAIMS =
      List.of(
          "name",
          "family_name",
          "given_name",
          "nickname",
          "unit",
          "upn",
          "preferred_username",
          "sub",
          "email",
          "unique_name",
          "phone_number",
          "mobile");

  /** The test keys' verifier, whose tokens count every claim read asked of them. */
  static final class ClaimCountingVerifier extends VerifiedTokenCacheTest.CountingVerifier {
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
      JsonWebToken real = super.parse(token);
      return (JsonWebToken)
          Proxy.newProxyInstance(
              JsonWebToken.class.getClassLoader(),
              new Class<?>[] {JsonWebToken.class},
              (proxy, method, args) -> {
                if (method.getName().startsWith("getClaim")
                    || method.getName().equals("getRawToken")) {
                  reads.incrementAndGet();
                }
                return method.invoke(real, args);
              });
    }
  }

  @Test
  void aTokensClaimsAreReadOnceForEveryRequestThatBringsIt() throws Exception {
    ClaimCountingVerifier verifier = new ClaimCountingVerifier();
    VerifiedTokenCache cache =
        new VerifiedTokenCache(
            verifier, new TokenPolicy("rectification-service", Map.of()), 100, () -> 0L);
    String token = Tokens.reporter("王五", "党委办公室");
    JsonWebToken first = cache.parse(token);
    int atVerification = verifier.reads.get();
    TokenClaims claims = cache.claimsOf(first);
    // three requests with the token: each asks the cache for the token, then its filter and its
    // caller ask for the claims
    for (int request = 0; request < 3; request++) {
      JsonWebToken jwt = cache.parse(token);
      assertSame(first, jwt);
      assertSame(claims, cache.claimsOf(jwt));
      assertEquals(Optional.of("党委办公室"), CurrentUser.unitOf(cache.claimsOf(jwt)));
    }
    // each claimsOf asks the token for its raw form (the cache's key) and nothing else
    assertEquals(atVerification + 7, verifier.reads.get());
    assertEquals("王五", claims.string("name"));
  }

  @Test
  void theAnswersBeforeRestReadNoClaimOfAKnownToken() throws Exception {
    ClaimCountingVerifier verifier = new ClaimCountingVerifier();
    KnownCallers callers = new KnownCallers();
    callers.tokens =
        new VerifiedTokenCache(
            verifier, new TokenPolicy("rectification-service", Map.of()), 100, () -> 0L);
    String usable = Tokens.reporter("王五", "党委办公室");
    String blank = Tokens.withClaims("reporter-空", Map.of("unit", " "), Roles.REPORTER);
    callers.tokens.parse(usable);
    callers.tokens.parse(blank);
    int atVerification = verifier.reads.get();
    // three requests of each token to a route the reporter may call
    for (int request = 0; request < 3; request++) {
      assertTrue(callers.admitted(List.of("Bearer " + usable), Roles.REPORTER));
      assertFalse(callers.admitted(List.of("Bearer " + blank), Roles.REPORTER));
    }
    // the unit rule reads the claims the cache kept: each request asks only the token's raw form
    assertEquals(atVerification + 6, verifier.reads.get());
  }

  @Test
  void claimsReadFromThePayloadAnswerAsTheTokensOwnLookup() throws Exception {
    List<Map<String, Object>> shapes = new ArrayList<>();
    shapes.add(claims("sub", "reporter-1", "name", "王五", "unit", "党委办公室"));
    shapes.add(claims("sub", "reporter-2", "unit", "   "));
    shapes.add(claims("sub", "reporter-3", "unit", null, "name", null));
    shapes.add(claims("sub", "reporter-4", "unit", List.of("党委办公室"), "name", List.of("王五")));
    shapes.add(claims("sub", "reporter-5", "unit", 12, "mobile", 13800138000L, "email", 5));
    shapes.add(claims("sub", "reporter-6", "family_name", "赵", "given_name", "验收", "nickname", ""));
    shapes.add(
        claims("upn", "zhao@corp", "preferred_username", "zhao", "unique_name", "CORP\\zhao"));
    shapes.add(claims("sub", "reporter-8", "phone_number", "+86 138 0013 8000", "name", Map.of()));
    shapes.add(claims("sub", "reporter-9"));
    VerifiedTokenCacheTest.CountingVerifier verifier =
        new VerifiedTokenCacheTest.CountingVerifier();
    for (Map<String, Object> shape : shapes) {
      JsonWebToken jwt = verifier.parse(Tokens.rawClaims(shape));
      TokenClaims read = TokenClaims.of(jwt);
      Set<String> names = jwt.getClaimNames();
      for (String claim : CLAIMS) {
        String what = shape + ": " + claim;
        assertEquals(names.contains(claim), read.present(claim), what + " present");
        Object value = jwt.getClaim(claim);
        String before =
            value instanceof jakarta.json.JsonString js
                ? js.getString()
                : value instanceof String s ? s : null;
        assertEquals(before, read.string(claim), what);
      }
      assertEquals(unitBefore(jwt), unitNow(read), shape + ": unit");
    }
  }

  /** The unit as {@link CurrentUser#unit} read it claim by claim from the token. */
  private static String unitBefore(JsonWebToken jwt) {
    if (!jwt.getClaimNames().contains("unit")) {
      return "none";
    }
    Object value = jwt.getClaim("unit");
    String unit =
        value instanceof jakarta.json.JsonString js
            ? js.getString()
            : value instanceof String s ? s : null;
    return unit == null || CurrentUser.blank(unit) ? "403" : unit;
  }

  private static String unitNow(TokenClaims claims) {
    try {
      return CurrentUser.unitOf(claims).orElse("none");
    } catch (ApiProblem refused) {
      return String.valueOf(refused.status());
    }
  }

  private static Map<String, Object> claims(Object... pairs) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], pairs[i + 1]);
    }
    return out;
  }
}
