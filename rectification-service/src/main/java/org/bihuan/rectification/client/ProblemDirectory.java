package org.bihuan.rectification.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Looks problems up in problem-service. A 404 is an answer (empty), caught here so it never counts
 * as a failure of the other service; anything else that goes wrong (refused connection, timeout,
 * 5xx) is retried briefly and counts towards the circuit breaker.
 */
@ApplicationScoped
public class ProblemDirectory {

  @RestClient ProblemsApi api;

  @Timeout(value = 3, unit = ChronoUnit.SECONDS)
  @Retry(maxRetries = 2, delay = 100, abortOn = NotAnswered.class)
  @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10_000)
  public Optional<ProblemView> find(UUID id) {
    try {
      return Optional.of(api.get(id));
    } catch (WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status == 404) {
        return Optional.empty();
      }
      if (status < 500) {
        throw new NotAnswered("problem-service answered " + status + " for problem " + id);
      }
      throw e;
    }
  }

  /** problem-service refused the question itself (4xx other than 404): retrying will not help. */
  public static class NotAnswered extends RuntimeException {
    public NotAnswered(String message) {
      super(message);
    }
  }
}
