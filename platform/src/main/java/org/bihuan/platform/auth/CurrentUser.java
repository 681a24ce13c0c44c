package org.bihuan.platform.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
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

  public Optional<String> unit() {
    return Optional.ofNullable(claim("unit")).filter(u -> !u.isBlank());
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
