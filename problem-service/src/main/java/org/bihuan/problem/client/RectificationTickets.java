package org.bihuan.problem.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bihuan.platform.problem.ApiProblem;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Calls to the rectification service, guarded: each call has a time limit, is retried briefly, and
 * a circuit breaker stops calling a service that keeps failing. A 404 is an answer (there is
 * nothing), never a failure. Every failure reaches the caller as a 503 problem, so a caller never
 * changes anything on a guess.
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

    public Guarded(@RestClient RectificationApi api) {
      this.api = api;
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

    @Timeout(15000)
    @Retry(maxRetries = 2, delay = 300, abortOn = ApiProblem.class)
    @CircuitBreaker(
        requestVolumeThreshold = 20,
        failureRatio = 0.5,
        delay = 10000,
        skipOn = ApiProblem.class)
    public List<TicketSummary> create(String idempotencyKey, List<NewTicket> tickets) {
      try {
        TicketBatch.Answer answer =
            api.createBatch(idempotencyKey, new TicketBatch.Request(tickets));
        return answer.tickets() == null ? List.of() : answer.tickets();
      } catch (WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 500) {
          throw refused(status).with("detailFromRectification", bodyOf(e));
        }
        throw e;
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
