package org.bihuan.platform.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The roles a role implies (docs/decisions/0286): an identity that already holds all of them is
 * answered as it is, any other gets exactly what is missing.
 */
class RoleHierarchyTest {

  final RoleHierarchy hierarchy = new RoleHierarchy();

  static SecurityIdentity holding(String... roles) {
    Principal who = () -> "someone";
    return QuarkusSecurityIdentity.builder().setPrincipal(who).addRoles(Set.of(roles)).build();
  }

  SecurityIdentity augmented(SecurityIdentity identity) {
    return hierarchy.augment(identity, null).await().indefinitely();
  }

  @Test
  void aViewerIsAnsweredAsItIs() {
    SecurityIdentity viewer = holding(Roles.VIEWER);
    assertSame(viewer, augmented(viewer));
  }

  @Test
  void anAdminGetsEveryRoleBelowIt() {
    assertEquals(
        Set.of(Roles.ADMIN, Roles.VIEWER, Roles.REPORTER, Roles.VERIFIER),
        augmented(holding(Roles.ADMIN)).getRoles());
  }

  @Test
  void anAdminWhoseTokenListsViewerStillGetsReporterAndVerifier() {
    assertEquals(
        Set.of(Roles.ADMIN, Roles.VIEWER, Roles.REPORTER, Roles.VERIFIER),
        augmented(holding(Roles.ADMIN, Roles.VIEWER)).getRoles());
  }

  @Test
  void aReporterOrVerifierGetsViewer() {
    assertEquals(
        Set.of(Roles.REPORTER, Roles.VIEWER), augmented(holding(Roles.REPORTER)).getRoles());
    assertEquals(
        Set.of(Roles.VERIFIER, Roles.VIEWER), augmented(holding(Roles.VERIFIER)).getRoles());
  }

  @Test
  void aWriterWhoseTokenListsViewerIsAnsweredAsItIs() {
    SecurityIdentity reporter = holding(Roles.REPORTER, Roles.VIEWER);
    assertSame(reporter, augmented(reporter));
    SecurityIdentity admin = holding(Roles.ADMIN, Roles.VIEWER, Roles.REPORTER, Roles.VERIFIER);
    assertSame(admin, augmented(admin));
  }

  @Test
  void aServiceGetsNothing() {
    SecurityIdentity service = holding(Roles.SERVICE);
    assertEquals(Set.of(Roles.SERVICE), augmented(service).getRoles());
  }
}
