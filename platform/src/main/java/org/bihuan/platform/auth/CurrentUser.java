package org.bihuan.platform.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.input.SafeText;
import org.bihuan.platform.text.Logins;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the token's subject, display name ({@code name}) and unit ({@code unit}, the
 * responsible unit a reporter is bound to; absent for users who act for the whole organisation).
 */
@RequestScoped
public class CurrentUser {

  @Inject SecurityIdentity identity;
  @Inject JsonWebToken jwt;
  @Inject VerifiedTokenCache tokens;

  /**
   * The token's claims, asked for on first use: the token does not change within a request, and the
   * token cache read them once for the token (docs/decisions/0383).
   */
  private TokenClaims claims;

  private List<String> names;

  private TokenClaims claims() {
    if (claims == null) {
      claims = tokens.claimsOf(identity.getPrincipal() instanceof JsonWebToken token ? token : jwt);
    }
    return claims;
  }

  public String id() {
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  /**
   * The caller's name as people write it: the token's {@code name}; without one (or a blank one),
   * its OpenID Connect {@code family_name} and {@code given_name} — 赵 + 验收 → 赵验收 when either is
   * written in Chinese characters, "Yanshou Zhao" otherwise — so that a token from a provider that
   * sends only those is compared by name like any other (separation of duties); without any name,
   * the subject.
   */
  public String displayName() {
    List<String> names = names();
    return names.isEmpty() ? id() : names.get(0);
  }

  /**
   * Every name the token gives its holder, the display name first: {@code name}, the one {@code
   * family_name} and {@code given_name} make, {@code nickname}. A blank claim is as if absent. A
   * name claim that is present but not a string (null, a list, a number) or holds characters no
   * text may hold (a bidirectional override that shows 赵验收 for 收验赵) makes the token name nobody at
   * all — not just that claim: a family_name sent as ["赵"] must not leave the caller named 验收 by
   * the given name alone (docs/decisions/0185). Separation of duties compares each name and refuses
   * a caller without one.
   */
  public List<String> names() {
    if (names == null) {
      names = names(claims());
    }
    return names;
  }

  private static List<String> names(TokenClaims claims) {
    java.util.Map<String, String> usable = new java.util.HashMap<>();
    for (String claim : NAME_CLAIMS) {
      if (!claims.present(claim)) {
        continue;
      }
      String s = claims.string(claim);
      if (s == null || SafeText.problemInLine(s) != null) {
        return List.of();
      }
      if (!blank(s)) {
        usable.put(claim, s.strip());
      }
    }
    List<String> out = new ArrayList<>();
    String name = usable.get("name");
    String family = usable.get("family_name");
    String givenName = usable.get("given_name");
    if (name != null) {
      out.add(name);
    }
    if (family != null && givenName != null) {
      out.add(han(family) || han(givenName) ? family + givenName : givenName + " " + family);
    } else if (family != null || givenName != null) {
      out.add(family != null ? family : givenName);
    }
    if (usable.containsKey("nickname")) {
      out.add(usable.get("nickname"));
    }
    return List.copyOf(new java.util.LinkedHashSet<>(out));
  }

  /**
   * The login-type claims ({@code upn}, {@code preferred_username}, {@code sub}) as names: each
   * without its {@code @domain} part ({@link Logins#local}). Separation of duties compares them as
   * it compares names, by containment (docs/decisions/0229): a subject 赵验收01 or a upn 赵验收@corp is
   * 赵验收. They do not make a token named ({@link #names} stays what the name claims give).
   */
  public List<String> loginNames() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String claim : loginClaims()) {
      String local = Logins.local(claim);
      if (local != null && !local.isEmpty()) {
        out.add(local);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The login-type claims ({@code upn}, {@code preferred_username}, {@code sub}, {@code email},
   * {@code unique_name}) as the token gives them, each string claim that is not blank: separation
   * of duties looks each up in the directory (docs/decisions/0238), not only the one the principal
   * was taken from.
   */
  public List<String> loginClaims() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String claim : LOGIN_CLAIMS) {
      String s = claims().string(claim);
      if (s != null && !blank(s)) {
        out.add(s.strip());
      }
    }
    return List.copyOf(out);
  }

  /**
   * The mobile-number claims ({@code phone_number} of OpenID Connect, {@code mobile} of 钉钉 and 企业微信
   * single sign-on) as the token gives them, each string claim that is not blank: separation of
   * duties looks each up in the directory by its key ({@code Mobiles.key}, docs/decisions/0246).
   */
  public List<String> mobileClaims() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String claim : MOBILE_CLAIMS) {
      String s = claims().string(claim);
      if (s != null && !blank(s)) {
        out.add(s.strip());
      }
    }
    return List.copyOf(out);
  }

  private static final List<String> MOBILE_CLAIMS = List.of("phone_number", "mobile");

  /** Whether the token names its holder at all (else the display name is the subject). */
  public boolean hasName() {
    return !names().isEmpty();
  }

  /**
   * The claims that carry a login or a mail address of the holder: identity providers put the login
   * people know each other by in any of them (Azure: upn, unique_name; Keycloak:
   * preferred_username; many OA systems: email).
   */
  private static final List<String> LOGIN_CLAIMS =
      List.of("upn", "preferred_username", "sub", "email", "unique_name");

  private static final List<String> NAME_CLAIMS =
      List.of("name", "family_name", "given_name", "nickname");

  private static boolean han(String s) {
    return s.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * The unit the caller is bound to; empty when the token has no {@code unit} claim. A claim that
   * is present but blank (or only invisible characters), JSON null or not a string (a list, a
   * number, an object) is refused with 403: it would otherwise read as "the whole organisation"
   * (fail closed, docs/decisions/0092, 0185).
   */
  public Optional<String> unit() {
    return unitOf(claims());
  }

  /** {@link #unit} of a token with these {@code claims}. */
  static Optional<String> unitOf(TokenClaims claims) {
    if (!claims.present("unit")) {
      return Optional.empty();
    }
    String unit = claims.string("unit");
    if (unit == null || blank(unit)) {
      throw ApiProblem.forbidden(
          "The token's unit claim is present but blank, null or not a text; ask for a token naming"
              + " your unit, or one without a unit claim if you act for the whole organisation.");
    }
    return Optional.of(unit);
  }

  /**
   * Refuses (403, naming the unit) a caller bound to a unit, whatever his roles, where the write
   * reaches every unit: the directory, problems and their sources, webhooks and OA connectors
   * (docs/decisions/0227, 0231, 0237). {@code refusal} completes "A caller bound to unit 'X' …";
   * {@code whoMay} are the roles whose holders without a unit claim do it.
   */
  public void requireWholeOrganisation(String refusal, java.util.Collection<String> whoMay) {
    Optional<String> unit = unit();
    if (unit.isPresent()) {
      throw boundToUnit(unit.get(), refusal, whoMay);
    }
  }

  /**
   * The refusal of {@link #requireWholeOrganisation}, for a caller known to be bound to {@code
   * unit}.
   */
  public static ApiProblem boundToUnit(
      String unit, String refusal, java.util.Collection<String> whoMay) {
    return ApiProblem.forbidden("A caller bound to unit '" + unit + "' " + refusal)
        .with("unit", unit)
        .with("requiredRoles", List.copyOf(whoMay));
  }

  static boolean blank(String s) {
    return s.codePoints()
        .allMatch(
            c ->
                Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT
                    || Character.isISOControl(c));
  }

  public boolean hasRole(String role) {
    return identity.hasRole(role);
  }

  public boolean isAdmin() {
    return identity.hasRole(Roles.ADMIN);
  }
}
