package org.bihuan.platform.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bihuan.platform.input.SafeText;
import org.bihuan.platform.problem.ApiProblem;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the token's subject, display name ({@code name}) and unit ({@code unit}, the
 * responsible unit a reporter is bound to; absent for users who act for the whole organisation).
 */
@RequestScoped
public class CurrentUser {

  @Inject SecurityIdentity identity;
  @Inject JsonWebToken jwt;

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
   * family_name} and {@code given_name} make, {@code nickname}. A claim that is not a string (a
   * list, a number), is blank or holds characters no text may hold (a bidirectional override that
   * shows 赵验收 for 收验赵) names nobody. Separation of duties compares each of them.
   */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    String name = nameClaim("name");
    if (name != null) {
      out.add(name);
    }
    String family = nameClaim("family_name");
    String given = nameClaim("given_name");
    if (family != null && given != null) {
      out.add(han(family) || han(given) ? family + given : given + " " + family);
    } else if (family != null || given != null) {
      out.add(family != null ? family : given);
    }
    String nickname = nameClaim("nickname");
    if (nickname != null) {
      out.add(nickname);
    }
    return List.copyOf(new java.util.LinkedHashSet<>(out));
  }

  /** Whether the token names its holder at all (else the display name is the subject). */
  public boolean hasName() {
    return !names().isEmpty();
  }

  private String nameClaim(String claim) {
    Object value = jwt == null ? null : jwt.getClaim(claim);
    String s =
        value instanceof jakarta.json.JsonString js
            ? js.getString()
            : value instanceof String str ? str : null;
    if (s == null || blank(s) || SafeText.problemInLine(s) != null) {
      return null;
    }
    return s.strip();
  }

  private static boolean han(String s) {
    return s.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * The unit the caller is bound to; empty when the token has no {@code unit} claim. A claim that
   * is present but blank (or only invisible characters) is refused with 403: it would otherwise
   * read as "the whole organisation" (fail closed, docs/decisions/0092).
   */
  public Optional<String> unit() {
    String unit = claim("unit");
    if (unit == null) {
      return Optional.empty();
    }
    if (blank(unit)) {
      throw ApiProblem.forbidden(
          "The token's unit claim is present but blank; ask for a token naming your unit, or"
              + " one without a unit claim if you act for the whole organisation.");
    }
    return Optional.of(unit);
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

  private String claim(String name) {
    Object value = jwt == null ? null : jwt.getClaim(name);
    return value == null ? null : value.toString().replaceAll("^\"|\"$", "");
  }
}
