package org.bihuan.platform.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

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
    Set<String> missing = impliedAndMissing(identity::hasRole);
    if (missing.isEmpty()) {
      return Uni.createFrom().item(identity);
    }
    return Uni.createFrom()
        .item(QuarkusSecurityIdentity.builder(identity).addRoles(missing).build());
  }

  /**
   * Whether a caller whose token lists {@code held} holds one of {@code allowed} once its roles'
   * implied roles are added: what {@code @RolesAllowed} decides of the identity this augmentor
   * gives (asked before Quarkus REST by HitRoute, docs/decisions/0302).
   */
  public static boolean holdsAny(Set<String> held, String... allowed) {
    Set<String> missing = impliedAndMissing(held::contains);
    for (String role : allowed) {
      if (held.contains(role) || missing.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** The one rule: the roles that the held ones imply and that are not held. */
  private static Set<String> impliedAndMissing(Predicate<String> holds) {
    boolean admin = holds.test(Roles.ADMIN);
    boolean writer = admin || holds.test(Roles.REPORTER) || holds.test(Roles.VERIFIER);
    Set<String> missing = new HashSet<>(4);
    if (writer && !holds.test(Roles.VIEWER)) {
      missing.add(Roles.VIEWER);
    }
    if (admin && !holds.test(Roles.REPORTER)) {
      missing.add(Roles.REPORTER);
    }
    if (admin && !holds.test(Roles.VERIFIER)) {
      missing.add(Roles.VERIFIER);
    }
    return missing;
  }
}
