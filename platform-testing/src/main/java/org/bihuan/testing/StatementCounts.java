package org.bihuan.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The SQL statements a service prepares while a test's request is answered, counted by the
 * service's own tally (Hibernate's statistics): an answer kept in memory costs none
 * (docs/decisions/0179).
 */
public final class StatementCounts {

  private final LongSupplier prepared;

  /** {@code prepared}: the statements the service has prepared so far. */
  public StatementCounts(LongSupplier prepared) {
    this.prepared = prepared;
  }

  /** The statements prepared while {@code call} was answered; its status is asserted. */
  public long of(Supplier<Response> call, int status) {
    long before = prepared.getAsLong();
    call.get().then().statusCode(status);
    return prepared.getAsLong() - before;
  }

  /**
   * Reads until an answer costs no statement; fails when none does within 5 s. The count is of the
   * whole service, so a background job's statement (a follower's write, other tests' work
   * finishing) may fall into one read or drop what is kept at any moment: one read right after
   * another is not guaranteed to hit; without answers kept in memory none ever does.
   */
  public void awaitFromMemory(Supplier<Response> read, int status) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 5_000;
    while (of(read, status) > 0) {
      assertTrue(System.currentTimeMillis() < deadline, "no answer from memory within 5 s");
      Thread.sleep(50);
    }
  }
}
