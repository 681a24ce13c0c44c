package org.bihuan.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The answers before Quarkus REST are registered at the resource paths as written: a service whose
 * REST root path is anything but "/" refuses to start rather than answer other paths (0304).
 */
class HitRouteRestPathTest {

  @Test
  void aRestRootPathOtherThanTheRootRefusesToStart() {
    for (String path : new String[] {"/api", "/api/", "//", "rest"}) {
      assertThrows(
          IllegalStateException.class, () -> HitRoute.requireRestAtRoot(Optional.of(path)), path);
    }
    assertDoesNotThrow(() -> HitRoute.requireRestAtRoot(Optional.of("/")));
    assertDoesNotThrow(() -> HitRoute.requireRestAtRoot(Optional.empty()));
  }
}
