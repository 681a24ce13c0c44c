package org.bihuan.platform.limits;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.bihuan.platform.error.ApiProblem;

/**
 * A service-wide limit on work held at once (imports, downloads) with a share for each caller: a
 * caller who already holds his share is refused (429 from the caller's problem) before the service
 * is asked, so that one person cannot take every place; when every place is taken the request is
 * refused at once (503) rather than queued, since a queue would itself hold connections and memory
 * (docs/decisions/0255, 0259). Places are released when the permit is closed, once however often.
 */
public final class CallerPermits {

  private final Semaphore places;
  private final int limit;
  private final int perCaller;
  private final ConcurrentHashMap<String, Integer> held = new ConcurrentHashMap<>();

  /** {@code limit} places at once (at least 1), at most {@code perCaller} of them one caller's. */
  public CallerPermits(int limit, int perCaller) {
    this.limit = Math.max(1, limit);
    this.perCaller = Math.max(1, perCaller);
    this.places = new Semaphore(this.limit);
  }

  public int limit() {
    return limit;
  }

  public int perCaller() {
    return perCaller;
  }

  /** Places free now. */
  public int available() {
    return places.availablePermits();
  }

  /**
   * A place for {@code caller}; throws {@code tooMany}'s problem when he holds his share already,
   * {@code busy}'s when every place is taken.
   */
  public Permit acquire(String caller, Supplier<ApiProblem> tooMany, Supplier<ApiProblem> busy) {
    boolean[] counted = {false};
    held.compute(
        caller,
        (k, n) -> {
          int now = n == null ? 0 : n;
          if (now >= perCaller) {
            return n;
          }
          counted[0] = true;
          return now + 1;
        });
    if (!counted[0]) {
      throw tooMany.get();
    }
    if (!places.tryAcquire()) {
      release(caller);
      throw busy.get();
    }
    AtomicBoolean closed = new AtomicBoolean();
    return () -> {
      if (closed.compareAndSet(false, true)) {
        places.release();
        release(caller);
      }
    };
  }

  private void release(String caller) {
    held.computeIfPresent(caller, (k, n) -> n <= 1 ? null : n - 1);
  }

  /** A held place. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }
}
