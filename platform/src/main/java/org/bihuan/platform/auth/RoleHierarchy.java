package org.bihuan.platform.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every writer may also read, and an admin may do everything: endpoints then name only the least
 * role they need ({@code @RolesAllowed(Roles.VIEWER)} for reads).
 */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()) {
      return Uni.createFrom().item(identity);
    }
    QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder(identity);
    if (identity.hasRole(Roles.ADMIN)) {
      b.addRole(Roles.VIEWER).addRole(Roles.REPORTER).addRole(Roles.VERIFIER);
    }
    if (identity.hasRole(Roles.REPORTER) || identity.hasRole(Roles.VERIFIER)) {
      b.addRole(Roles.VIEWER);
    }
    return Uni.createFrom().item(b.build());
  }
}
