package org.bihuan.problem.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.error.ApiProblem;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Calls to the rectification service, guarded: each call has a time limit, is retried briefly, and
 * a circuit breaker stops calling a service that keeps failing. A 404 is an answer (there is
 * nothing), never a failure. Every failure reaches the caller as a 503 problem, so a caller never
 * changes anything on a guess. A batch whose retry finds the first attempt still running there (409
 * idempotency-key-in-use: the first answer came after the read timeout) waits for it and gets its
 * replayed answer (docs/decisions/0177).
 */
@ApplicationScoped
public class RectificationTickets {

  static final int PAGE = 500;
  private static final Logger LOG = Logger.getLogger(RectificationTickets.class);

  private final Guarded guarded;

  public RectificationTickets(Guarded guarded) {
    this.guarded = guarded;
  }

  /** Every ticket that addresses the problem, whatever its state, walking all pages. */
  public List<TicketSummary> ofProblem(UUID problemId) {
    try {
      return guarded.listAll(problemId);
    } catch (ApiProblem p) {
      throw p;
    } catch (RuntimeException e) {
      throw unavailable(e);
    }
  }

  /** The tickets of {@code ids} that the rectification service knows, asked 500 at a time. */
  public List<TicketSummary> byIds(List<UUID> ids) {
    List<TicketSummary> all = new ArrayList<>();
    try {
      for (int from = 0; from < ids.size(); from += PAGE) {
        List<UUID> some = ids.subList(from, Math.min(ids.size(), from + PAGE));
        all.addAll(guarded.byIds(String.join(",", some.stream().map(UUID::toString).toList())));
      }
      return all;
    } catch (ApiProblem p) {
      throw p;
    } catch (RuntimeException e) {
      throw unavailable(e);
    }
  }

  /**
   * Every ticket of a problem being withdrawn, once the rectification service has no creation of a
   * ticket for it under way (docs/decisions/0246); 409 ticket-creation-under-way when one did not
   * finish within its wait.
   */
  public List<TicketSummary> ofProblemBeingWithdrawn(UUID problemId) {
    try {
      return guarded.settled(problemId);
    } catch (ApiProblem p) {
      throw p;
    } catch (RuntimeException e) {
      throw unavailable(e);
    }
  }

  /** Creates the tickets of a batch (all or nothing) and answers their views in input order. */
  public List<TicketSummary> createBatch(String idempotencyKey, List<NewTicket> tickets) {
    try {
      return guarded.create(idempotencyKey, tickets);
    } catch (ApiProblem p) {
      throw p;
    } catch (RuntimeException e) {
      throw unavailable(e);
    }
  }

  /**
   * Records a progress report on a ticket; the same key again (a retry) replays the first answer
   * instead of recording it twice.
   */
  public void reportProgress(UUID ticketId, String idempotencyKey, ProgressReport report) {
    try {
      guarded.reportProgress(ticketId, idempotencyKey, report);
    } catch (ApiProblem p) {
      throw p;
    } catch (RuntimeException e) {
      throw unavailable(e);
    }
  }

  static ApiProblem unavailable(Throwable e) {
    String reason =
        e instanceof WebApplicationException w
            ? "it answered HTTP " + w.getResponse().getStatus()
            : "it did not answer in time or could not be reached";
    LOG.warnf("rectification-service unavailable: %s (%s)", reason, e.toString());
    return ApiProblem.unavailable(
            "The rectification service could not be asked (" + reason + "); nothing was changed.")
        .with("dependency", "rectification-service")
        .header("Retry-After", "30");
  }

  /** The calls themselves, under MicroProfile Fault Tolerance. */
  @ApplicationScoped
  public static class Guarded {

    private final RectificationApi api;
    private final WithdrawalChecksApi withdrawals;

    public Guarded(@RestClient RectificationApi api, @RestClient WithdrawalChecksApi withdrawals) {
      this.api = api;
      this.withdrawals = withdrawals;
    }

    @Timeout(20000)
    @Retry(maxRetries = 1, delay = 200, abortOn = ApiProblem.class)
    @CircuitBreaker(
        requestVolumeThreshold = 20,
        failureRatio = 0.5,
        delay = 10000,
        skipOn = ApiProblem.class)
    public List<TicketSummary> settled(UUID problemId) {
      TicketPage page;
      try {
        page = withdrawals.settled(problemId, true);
      } catch (WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 409) {
          throw ApiProblem.conflict(
                  "ticket-creation-under-way",
                  "A ticket is being created for problem "
                      + problemId
                      + " right now and did not finish in time; nothing was changed. Try the"
                      + " withdrawal again in a moment.")
              .header("Retry-After", "5");
        }
        if (status == 404) {
          // as in listAll: a rectification service that knows no tickets of the problem
          return List.of();
        }
        if (status < 500) {
          throw refused(status);
        }
        throw e;
      }
      return page.items() == null ? List.of() : page.items();
    }

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ApiProblem.class)
    @CircuitBreaker(
        requestVolumeThreshold = 20,
        failureRatio = 0.5,
        delay = 10000,
        skipOn = ApiProblem.class)
    public List<TicketSummary> listAll(UUID problemId) {
      List<TicketSummary> all = new ArrayList<>();
      String cursor = null;
      do {
        TicketPage page;
        try {
          page = api.list(problemId, PAGE, cursor);
        } catch (WebApplicationException e) {
          int status = e.getResponse().getStatus();
          if (status == 404) {
            return all;
          }
          if (status < 500) {
            throw refused(status);
          }
          throw e;
        }
        if (page.items() != null) {
          all.addAll(page.items());
        }
        cursor = page.nextCursor();
      } while (cursor != null && !cursor.isBlank());
      return all;
    }

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ApiProblem.class)
    @CircuitBreaker(
        requestVolumeThreshold = 20,
        failureRatio = 0.5,
        delay = 10000,
        skipOn = ApiProblem.class)
    public List<TicketSummary> byIds(String ids) {
      try {
        TicketPage page = api.byIds(ids, PAGE);
        return page.items() == null ? List.of() : page.items();
      } catch (WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
          return List.of();
        }
        if (status < 500) {
          throw refused(status);
        }
        throw e;
      }
    }

    @Timeout(15000)
    @Retry(maxRetries = 2, delay = 300, abortOn = ApiProblem.class)
    @CircuitBreaker(
        requestVolumeThreshold = 20,
        failureRatio = 0.5,
        delay = 10000,
        skipOn = ApiProblem.class)
    public List<TicketSummary> create(String idempotencyKey, List<NewTicket> tickets) {
      long until = System.nanoTime() + IN_USE_WAIT_MILLIS * 1_000_000L;
      while (true) {
        try {
          TicketBatch.Answer answer =
              api.createBatch(idempotencyKey, new TicketBatch.Request(tickets));
          return answer.tickets() == null ? List.of() : answer.tickets();
        } catch (WebApplicationException e) {
          int status = e.getResponse().getStatus();
          if (status >= 500) {
            throw e;
          }
          String body = bodyOf(e);
          if (status == 409
              && body != null
              && body.contains(KEY_IN_USE)
              && System.nanoTime() < until) {
            // an earlier attempt with this key (one whose answer came too late for the read
            // timeout) is still being processed: its answer is replayed once it is done
            pause(e);
            continue;
          }
          throw refused(status).with("detailFromRectification", body);
        }
      }
    }

    /**
     * The problem type of a 409 that the rectification service answers while a request with the
     * same Idempotency-Key is still being processed.
     */
    static final String KEY_IN_USE = "idempotency-key-in-use";

    /** How long a batch waits for the earlier attempt with its key to finish. */
    static final long IN_USE_WAIT_MILLIS = 12_000;

    private static void pause(WebApplicationException e) {
      long millis = 1000;
      String after = e.getResponse().getHeaderString("Retry-After");
      if (after != null && after.strip().matches("[0-9]{1,2}")) {
        millis = Math.max(200, Math.min(Integer.parseInt(after.strip()) * 1000L, 3000));
      }
      try {
        Thread.sleep(millis);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the rectification service");
      }
    }

    @Timeout(5000)
    @Retry(maxRetries = 2, delay = 200, abortOn = ApiProblem.class)
    @CircuitBreaker(
        requestVolumeThreshold = 20,
        failureRatio = 0.5,
        delay = 10000,
        skipOn = ApiProblem.class)
    public void reportProgress(UUID ticketId, String idempotencyKey, ProgressReport report) {
      try {
        api.reportProgress(ticketId, idempotencyKey, report);
      } catch (WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 500) {
          throw refused(status).with("detailFromRectification", bodyOf(e));
        }
        throw e;
      }
    }

    private static ApiProblem refused(int status) {
      return new ApiProblem(
              502,
              "dependency-refused",
              "Bad gateway",
              "The rectification service refused the request (HTTP " + status + ").",
              null)
          .with("dependency", "rectification-service")
          .with("dependencyStatus", status);
    }

    private static String bodyOf(WebApplicationException e) {
      try {
        return e.getResponse().readEntity(String.class);
      } catch (RuntimeException ignored) {
        return null;
      }
    }
  }
}
