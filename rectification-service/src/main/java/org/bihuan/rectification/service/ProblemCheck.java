package org.bihuan.rectification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.platform.error.FieldError;
import org.bihuan.rectification.client.ProblemDirectory;
import org.bihuan.rectification.client.ProblemView;
import org.jboss.logging.Logger;

/**
 * Checks, before any transaction starts, that the problems a ticket names exist in problem-service
 * (and are not withdrawn). Unknown problems are the client's mistake (422); an unreachable
 * problem-service is not (503), and in both cases nothing is written.
 */
@ApplicationScoped
public class ProblemCheck {

  private static final Logger LOG = Logger.getLogger(ProblemCheck.class);

  @Inject ProblemDirectory directory;

  /**
   * Looks every id up once. {@code fieldOf} names where an id was given (e.g. {@code
   * tickets[2].problemIds[0]}) for the error list.
   */
  public Map<UUID, ProblemView> resolve(
      Collection<UUID> ids, Function<UUID, List<String>> fieldOf) {
    Map<UUID, ProblemView> found = new LinkedHashMap<>();
    List<UUID> unknown = new ArrayList<>();
    List<UUID> withdrawn = new ArrayList<>();
    List<UUID> beingWithdrawn = new ArrayList<>();
    for (UUID id : new LinkedHashSet<>(ids)) {
      Optional<ProblemView> p;
      try {
        p = directory.find(id);
      } catch (RuntimeException e) {
        LOG.warnf("problem-service could not be asked about problem %s: %s", id, e.toString());
        throw ApiProblem.unavailable(
                "problem-service cannot be reached to check problem "
                    + id
                    + "; nothing was written. Try again later.")
            .header("Retry-After", "30");
      }
      if (p.isEmpty()) {
        unknown.add(id);
      } else if (p.get().withdrawn()) {
        withdrawn.add(id);
      } else if (p.get().takesNoTickets()) {
        beingWithdrawn.add(id);
      } else {
        found.put(id, p.get());
      }
    }
    if (!unknown.isEmpty()) {
      throw refused("unknown-problem", "No problem with id %s exists.", unknown, fieldOf);
    }
    if (!withdrawn.isEmpty()) {
      throw refused(
          "withdrawn-problem",
          "Problem %s was withdrawn; it takes no tickets.",
          withdrawn,
          fieldOf);
    }
    if (!beingWithdrawn.isEmpty()) {
      throw beingWithdrawn(beingWithdrawn);
    }
    return found;
  }

  /**
   * How the problems of a ticket just committed stand (docs/decisions/0117, 0257): {@code
   * withdrawn} are WITHDRAWN, {@code marked} still carry a withdrawal's mark after the wait.
   */
  public record Standing(java.util.Set<UUID> withdrawn, java.util.Set<UUID> marked) {}

  /**
   * Asks again, after a ticket for them was committed under their link locks, how its problems
   * stand. A problem that carries a withdrawal's mark is asked about again every {@link #POLL}
   * until the mark is gone (the withdrawal was refused: it waited for this ticket, 0246, and saw
   * it) or the problem is WITHDRAWN, at most {@code wait} (docs/decisions/0257). Throws {@link
   * Unconfirmed} when problem-service cannot answer, so the caller can undo what it could not
   * confirm.
   */
  public Standing standing(Collection<UUID> ids, java.time.Duration wait) {
    long until = System.nanoTime() + wait.toNanos();
    java.util.Set<UUID> withdrawn = new LinkedHashSet<>();
    java.util.Set<UUID> marked = new LinkedHashSet<>(ids);
    while (true) {
      java.util.Set<UUID> stillMarked = new LinkedHashSet<>();
      for (UUID id : marked) {
        Optional<ProblemView> p;
        try {
          p = directory.find(id);
        } catch (RuntimeException e) {
          LOG.warnf(
              "problem-service could not be asked again about problem %s: %s", id, e.toString());
          throw new Unconfirmed(id);
        }
        if (p.isPresent() && p.get().withdrawn()) {
          withdrawn.add(id);
        } else if (p.isPresent() && p.get().takesNoTickets()) {
          stillMarked.add(id);
        }
      }
      marked = stillMarked;
      if (marked.isEmpty() || System.nanoTime() >= until) {
        return new Standing(withdrawn, marked);
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Standing(withdrawn, marked);
      }
    }
  }

  /** How often a marked problem is asked about again while its withdrawal decides. */
  static final java.time.Duration POLL = java.time.Duration.ofMillis(100);

  /** problem-service could not be asked whether a problem still takes tickets. */
  public static final class Unconfirmed extends RuntimeException {
    public final UUID problemId;

    Unconfirmed(UUID problemId) {
      super("problem " + problemId + " could not be checked again", null, false, false);
      this.problemId = problemId;
    }
  }

  private static ApiProblem beingWithdrawn(List<UUID> ids) {
    return ApiProblem.conflict(
            "problem-being-withdrawn",
            "Problem(s) "
                + ids
                + " are being withdrawn right now; no ticket is created for them. Read the"
                + " problem again in a moment: if it was not withdrawn, create the ticket again.")
        .header("Retry-After", "5")
        .with("problemIds", ids);
  }

  /**
   * The ids among {@code ids} whose problem is WITHDRAWN. Unknown ids are not withdrawn (problems
   * are never deleted); an unreachable problem-service answers 503 and nothing changes.
   */
  public java.util.Set<UUID> withdrawn(Collection<UUID> ids) {
    java.util.Set<UUID> withdrawn = new LinkedHashSet<>();
    lookUp(ids)
        .forEach(
            (id, p) -> {
              if (p.isPresent() && p.get().withdrawn()) {
                withdrawn.add(id);
              }
            });
    return withdrawn;
  }

  /** Each problem as problem-service answers now; 503 when it cannot be asked. */
  private Map<UUID, Optional<ProblemView>> lookUp(Collection<UUID> ids) {
    Map<UUID, Optional<ProblemView>> out = new LinkedHashMap<>();
    for (UUID id : new LinkedHashSet<>(ids)) {
      try {
        out.put(id, directory.find(id));
      } catch (RuntimeException e) {
        LOG.warnf("problem-service could not be asked about problem %s: %s", id, e.toString());
        throw ApiProblem.unavailable(
                "problem-service cannot be reached to check problem "
                    + id
                    + "; nothing was changed. Try again later.")
            .header("Retry-After", "30");
      }
    }
    return out;
  }

  /**
   * An edit of a ticket is refused like a creation (docs/decisions/0217, item 4 of 0207): 409
   * problem-withdrawn for a withdrawn problem of the ticket, 409 problem-being-withdrawn while one
   * is being withdrawn. A withdrawal that asks for the problem's tickets while the edit is under
   * way sees the ticket live either way (and is refused); an edit sent while the problem is marked
   * loses, as a creation or a new link does, instead of writing a ticket the withdrawal may cancel
   * a moment later.
   */
  public void refuseEditWhileWithdrawing(Collection<UUID> linked) {
    java.util.Set<UUID> withdrawn = new LinkedHashSet<>();
    List<UUID> beingWithdrawn = new ArrayList<>();
    lookUp(linked)
        .forEach(
            (id, p) -> {
              if (p.isPresent() && p.get().withdrawn()) {
                withdrawn.add(id);
              } else if (p.isPresent() && p.get().takesNoTickets()) {
                beingWithdrawn.add(id);
              }
            });
    refuseIfWithdrawn(withdrawn, "be edited");
    if (!beingWithdrawn.isEmpty()) {
      throw beingWithdrawn(beingWithdrawn);
    }
  }

  /** 409 problem-withdrawn when {@code withdrawn} names any problem (docs/decisions/0052, 0091). */
  static void refuseIfWithdrawn(java.util.Set<UUID> withdrawn, String what) {
    if (!withdrawn.isEmpty()) {
      throw ApiProblem.conflict(
              "problem-withdrawn",
              "Problem(s) "
                  + withdrawn
                  + " of this ticket were withdrawn; such a ticket can only be cancelled, not "
                  + what
                  + ".")
          .with("problemIds", List.copyOf(withdrawn));
    }
  }

  private static ApiProblem refused(
      String type, String template, List<UUID> ids, Function<UUID, List<String>> fieldOf) {
    List<FieldError> errors = new ArrayList<>();
    for (UUID id : ids) {
      for (String field : fieldOf.apply(id)) {
        errors.add(new FieldError(field, String.format(template, id)));
      }
    }
    String detail =
        String.format(
            template,
            ids.size() == 1
                ? ids.get(0).toString()
                : ids.stream().map(UUID::toString).toList().toString());
    return new ApiProblem(422, type, "Unprocessable request", detail, errors)
        .with("problemIds", ids);
  }
}
