package org.bihuan.platform.auth;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's token's claims, read once for a request ({@link CurrentUser}, docs/decisions/0380).
 * The verified token's payload is read as JSON where it names exactly the claims the token has (a
 * signed token; the raw token claim aside): the token's own lookup of a claim name that is not a
 * standard one ({@code name}, {@code unit}, {@code mobile}, …) fails and recovers inside the JWT
 * library each time. An encrypted token, or one to which the verifier added claims, is read claim
 * by claim, each once.
 */
final class TokenClaims {

  private static final TokenClaims NONE = new TokenClaims(Map.of());

  /** Each claim the token holds, JSON null included (then {@link JsonValue#NULL}). */
  private final Map<String, Object> values;

  private TokenClaims(Map<String, Object> values) {
    this.values = values;
  }

  static TokenClaims of(JsonWebToken jwt) {
    if (jwt == null) {
      return NONE;
    }
    Set<String> names = jwt.getClaimNames();
    if (names == null || names.isEmpty()) {
      return NONE;
    }
    Set<String> expected = new HashSet<>(names);
    expected.remove(Claims.raw_token.name());
    JsonObject payload = payload(jwt.getRawToken());
    if (payload != null && payload.keySet().equals(expected)) {
      return new TokenClaims(Map.copyOf(payload));
    }
    Map<String, Object> out = new HashMap<>();
    for (String name : expected) {
      Object value = jwt.getClaim(name);
      out.put(name, value == null ? JsonValue.NULL : value);
    }
    return new TokenClaims(out);
  }

  /** The claims of a signed token's payload, or null when the token is not one. */
  private static JsonObject payload(String raw) {
    if (raw == null) {
      return null;
    }
    int first = raw.indexOf('.');
    int second = first < 0 ? -1 : raw.indexOf('.', first + 1);
    if (second < 0 || raw.indexOf('.', second + 1) >= 0) {
      return null;
    }
    try (JsonReader r =
        Json.createReader(
            new StringReader(
                new String(
                    Base64.getUrlDecoder().decode(raw.substring(first + 1, second)),
                    StandardCharsets.UTF_8)))) {
      JsonValue v = r.readValue();
      return v instanceof JsonObject o ? o : null;
    } catch (RuntimeException e) {
      // not a signed token's payload (the verifier read it, so this does not happen for one)
      return null;
    }
  }

  /** Whether the token holds the claim, even as JSON null. */
  boolean present(String claim) {
    return values.containsKey(claim);
  }

  /** The claim's value when it is a JSON string, else null (absent, null, a list, a number). */
  String string(String claim) {
    Object value = values.get(claim);
    return value instanceof JsonString js
        ? js.getString()
        : value instanceof String str ? str : null;
  }
}
