package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import org.bihuan.platform.error.ApiProblem;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many documents are imported at once (bihuan.import.max-concurrent, default 2). Each import
 * may hold its upload and its parsed form in memory (docs/decisions/0047 has the budget); an import
 * beyond the limit is refused at once with 503 and Retry-After rather than queued, since a queue of
 * uploads is itself memory.
 */
@ApplicationScoped
public class ImportPermits {

  private final Semaphore permits;
  private final int limit;

  @Inject
  public ImportPermits(
      @ConfigProperty(name = "bihuan.import.max-concurrent", defaultValue = "2") int limit) {
    this.limit = Math.max(1, limit);
    this.permits = new Semaphore(this.limit);
  }

  /** A permit, released when closed; refuses (503) when all are taken. */
  public Permit acquire() {
    if (!permits.tryAcquire()) {
      throw new ApiProblem(
              503,
              "import-busy",
              "Service unavailable",
              limit
                  + " documents are being imported right now, the most this service reads at"
                  + " once; send this one again in a few seconds.",
              null)
          .header("Retry-After", "5");
    }
    return permits::release;
  }

  /** Permits free now. */
  public int available() {
    return permits.availablePermits();
  }

  /** A held permit. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }
}
