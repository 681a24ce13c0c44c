package org.bihuan.platform.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
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

  public String displayName() {
    String name = claim("name");
    return name != null ? name : id();
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
