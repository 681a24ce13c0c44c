package org.bihuan.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

/** The answer capture is put on writes and never on reads (docs/decisions/0167). */
class IdempotentWritesTest {

  /** Resource methods as a resource class declares them. */
  static class Resource {
    @GET
    public String read() {
      return "";
    }

    @HEAD
    public void head() {}

    @POST
    public String create() {
      return "";
    }

    @PUT
    public String replace() {
      return "";
    }

    @PATCH
    public String change() {
      return "";
    }

    @DELETE
    public void remove() {}
  }

  private static boolean captured(String name) throws NoSuchMethodException {
    return IdempotentWrites.capturesAnswersOf(Resource.class.getMethod(name));
  }

  @Test
  void readsAreNotCaptured() throws NoSuchMethodException {
    assertFalse(captured("read"));
    assertFalse(captured("head"));
  }

  @Test
  void writesAreCaptured() throws NoSuchMethodException {
    assertTrue(captured("create"));
    assertTrue(captured("replace"));
    assertTrue(captured("change"));
    assertTrue(captured("remove"));
  }
}
