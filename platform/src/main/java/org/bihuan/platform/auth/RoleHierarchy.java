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
 *
 * <p>An identity that already holds every role its roles imply (a viewer, or a writer whose token
 * lists viewer too) is answered as it is: copying it cost a request a few per cent of its time for
 * nothing (docs/decisions/0286).
 */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()) {
      return Uni.createFrom().item(identity);
    }
    boolean admin = identity.hasRole(Roles.ADMIN);
    boolean writer = admin || identity.hasRole(Roles.REPORTER) || identity.hasRole(Roles.VERIFIER);
    boolean complete =
        (!writer || identity.hasRole(Roles.VIEWER))
            && (!admin || (identity.hasRole(Roles.REPORTER) && identity.hasRole(Roles.VERIFIER)));
    if (complete) {
      return Uni.createFrom().item(identity);
    }
    QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder(identity);
    if (admin) {
      b.addRole(Roles.VIEWER).addRole(Roles.REPORTER).addRole(Roles.VERIFIER);
    }
    if (writer) {
      b.addRole(Roles.VIEWER);
    }
    return Uni.createFrom().item(b.build());
  }
}
