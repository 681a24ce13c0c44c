package org.bihuan.problem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.limits.CallerPermits;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many documents are imported at once (bihuan.import.max-concurrent, default 2), and how many
 * of them one caller may hold (bihuan.import.max-concurrent-per-caller, default one fewer than
 * that, at least 1; docs/decisions/0255). Each import may hold its upload and its parsed form in
 * memory (docs/decisions/0047 has the budget); an import beyond the limit is refused at once with
 * 503 and Retry-After rather than queued, since a queue of uploads is itself memory. A caller who
 * already holds his share is refused with 429 (his own imports, not the service, are the limit), so
 * that one person sending slow documents cannot keep everyone else's imports out.
 */
@ApplicationScoped
public class ImportPermits {

  private final CallerPermits permits;

  @Inject
  public ImportPermits(
      @ConfigProperty(name = "bihuan.import.max-concurrent", defaultValue = "2") int limit,
      @ConfigProperty(name = "bihuan.import.max-concurrent-per-caller")
          Optional<Integer> perCaller) {
    int places = Math.max(1, limit);
    this.permits = new CallerPermits(places, perCaller.orElse(places - 1));
  }

  /** Permits for {@code limit} imports at once, at most one fewer for one caller. */
  public ImportPermits(int limit) {
    this(limit, Optional.empty());
  }

  /**
   * A permit for {@code caller} (the token's subject), released when closed: refuses with 429 when
   * he already holds his share, with 503 when all permits are taken.
   */
  public Permit acquire(String caller) {
    return permits.acquire(caller, this::tooMany, this::busy)::close;
  }

  private ApiProblem tooMany() {
    int perCaller = permits.perCaller();
    return new ApiProblem(
            429,
            "too-many-imports",
            "Too many requests",
            "You are importing "
                + (perCaller == 1 ? "a document" : perCaller + " documents")
                + " already, the most one caller may at once (the others'"
                + " imports have the rest); send this one when "
                + (perCaller == 1 ? "it has" : "one has")
                + " been answered.",
            null)
        .header("Retry-After", "5");
  }

  private ApiProblem busy() {
    return new ApiProblem(
            503,
            "import-busy",
            "Service unavailable",
            permits.limit()
                + " documents are being imported right now, the most this service reads at"
                + " once; send this one again in a few seconds.",
            null)
        .header("Retry-After", "5");
  }

  /** Permits free now. */
  public int available() {
    return permits.available();
  }

  /** A held permit. */
  public interface Permit extends AutoCloseable {
    @Override
    void close();
  }
}
