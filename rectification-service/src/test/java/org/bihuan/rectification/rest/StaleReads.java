package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;
import org.bihuan.testing.Tokens;

/**
 * Reads beside writes of one ticket, for the answers kept in memory (docs/decisions/0179): no
 * reader may be shown a version older than one already acknowledged to the writer.
 */
final class StaleReads {

  private StaleReads() {}

  /**
   * Six readers read ticket {@code id}'s version ({@code reader} makes reader {@code n}'s reading,
   * which may keep what it read) while forty writes — a submit by the admin and a reject by a
   * verifier in turn, each's version read by {@code written} — are acknowledged one by one, from
   * version {@code first} on. Asserts that no read was older than the writes acknowledged before it
   * began, that the reads ran beside the writes and that all forty were acknowledged; answers the
   * last acknowledged version.
   */
  static long check(
      String id, long first, IntFunction<LongSupplier> reader, ToLongFunction<Response> written)
      throws InterruptedException {
    AtomicLong acknowledged = new AtomicLong(first);
    AtomicBoolean writing = new AtomicBoolean(true);
    ConcurrentLinkedQueue<String> stale = new ConcurrentLinkedQueue<>();
    AtomicLong reads = new AtomicLong();
    List<Thread> readers =
        IntStream.range(0, 6)
            .mapToObj(
                n -> {
                  LongSupplier read = reader.apply(n);
                  return new Thread(
                      () -> {
                        while (writing.get()) {
                          long floor = acknowledged.get();
                          long v = read.getAsLong();
                          reads.incrementAndGet();
                          if (v < floor) {
                            stale.add("read " + v + " after " + floor + " was acknowledged");
                          }
                        }
                      });
                })
            .toList();
    readers.forEach(Thread::start);
    String verifier = Tokens.verifier("李审核");
    for (int i = 0; i < 40; i++) {
      Response w =
          i % 2 == 0
              ? act(Tokens.admin(), id, "submit", null)
              : act(verifier, id, "reject", "请补充材料" + i);
      w.then().statusCode(200);
      acknowledged.set(written.applyAsLong(w));
    }
    writing.set(false);
    for (Thread t : readers) {
      t.join(30_000);
    }
    assertTrue(stale.isEmpty(), String.join("; ", stale));
    assertTrue(reads.get() > 40, "only " + reads.get() + " reads ran beside the writes");
    assertEquals(first + 40, acknowledged.get());
    return acknowledged.get();
  }
}
