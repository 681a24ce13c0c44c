package org.bihuan.platform.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bihuan.platform.PlatformDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A key whose first request died mid-way (claimed, never completed nor released) is taken over by a
 * retry once its lease ({@code bihuan.idempotency.abandoned-after}) has passed, by exactly one of
 * several concurrent retries; before that, and for another request, it is not. Real PostgreSQL.
 */
class IdempotencyTakeoverTest {

  static final Duration LEASE = Duration.ofSeconds(1);
  static AgroalDataSource dataSource;

  final IdempotencyKeys keys = new IdempotencyKeys();
  final String key = UUID.randomUUID().toString();

  @BeforeAll
  static void database() throws Exception {
    dataSource =
        PlatformDatabase.with(
            20,
            "V2026_11_27_02__idempotency_keys.sql",
            "V2026_12_02_01__idempotency_replayed_headers.sql");
  }

  @AfterAll
  static void close() {
    dataSource.close();
  }

  @BeforeEach
  void keys() {
    keys.dataSource = dataSource;
    keys.abandonedAfter = LEASE;
    keys.retention = Duration.ofHours(25);
  }

  @Test
  void aRunningKeyIsNotTakenOverBeforeItsLease() throws Exception {
    assertTrue(keys.claim("u1", key, "POST /api/v1/tickets", "f1"));
    assertFalse(keys.claim("u1", key, "POST /api/v1/tickets", "f1"));
    assertEquals(0, takeovers(8, "f1"));
  }

  @Test
  void anAbandonedKeyIsTakenOverByExactlyOneOfConcurrentRetries() throws Exception {
    assertTrue(keys.claim("u1", key, "POST /api/v1/tickets", "f1"));
    Thread.sleep(LEASE.toMillis() + 300);
    assertEquals(1, takeovers(12, "f1"));
    // The winner holds a fresh lease: the next retries wait (409) instead of running it again.
    assertEquals(0, takeovers(4, "f1"));
    assertFalse(keys.find("u1", key).orElseThrow().completed());
  }

  @Test
  void anAbandonedKeyIsNotTakenOverByAnotherRequest() throws Exception {
    assertTrue(keys.claim("u1", key, "POST /api/v1/tickets", "f1"));
    Thread.sleep(LEASE.toMillis() + 300);
    assertEquals(0, takeovers(4, "another body"));
    assertFalse(keys.reclaimAbandoned("someone else", key, "f1"));
  }

  @Test
  void aCompletedKeyIsNeverTakenOver() throws Exception {
    assertTrue(keys.claim("u1", key, "POST /api/v1/tickets", "f1"));
    keys.complete(
        "u1", key, 201, "application/json", "/api/v1/tickets/1", "\"1\"", null, new byte[] {1});
    Thread.sleep(LEASE.toMillis() + 300);
    assertEquals(0, takeovers(4, "f1"));
    assertEquals(201, keys.find("u1", key).orElseThrow().status());
  }

  /** How many of {@code n} retries, released at once, take the key over. */
  int takeovers(int n, String fingerprint) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Boolean>> tries = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Callable<Boolean> retry =
            () -> {
              go.await();
              return keys.reclaimAbandoned("u1", key, fingerprint);
            };
        tries.add(pool.submit(retry));
      }
      go.countDown();
      int won = 0;
      for (Future<Boolean> t : tries) {
        won += t.get() ? 1 : 0;
      }
      return won;
    } finally {
      pool.shutdown();
    }
  }
}
