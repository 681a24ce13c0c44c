package org.bihuan.problem.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The bean the import endpoint injects takes its limit from bihuan.import.max-bytes. */
@QuarkusTest
class DocumentTextConfigTest {

  @Inject DocumentText documents;

  @Test
  void theSizeLimitComesFromConfiguration() {
    assertEquals(10L * 1024 * 1024, documents.maxBytes());
  }
}
