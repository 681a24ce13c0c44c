package org.bihuan.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.bihuan.client.problem.ApiException;
import org.bihuan.client.problem.model.Kind;
import org.bihuan.client.problem.model.ProblemInput;
import org.bihuan.client.problem.model.ProblemView;
import org.bihuan.client.problem.model.SourceInput;
import org.bihuan.client.problem.model.SourceView;
import org.bihuan.client.rectification.model.ResponsibleUnitInput;
import org.bihuan.client.rectification.model.TicketInput;
import org.bihuan.client.rectification.model.Timing;
import org.bihuan.testing.Tokens;

/** Small steps the tests share: a source, a problem, a ticket input, and waiting for a state. */
final class Scenario {

  static final String UNIT = "党委办公室";
  static final String RESPONSIBLE = "张三";
  static final String LEADER = "王书记";
  static final String ADMIN = Tokens.admin();
  static final String VIEWER = Tokens.viewer();
  static final String REPORTER = Tokens.reporter(RESPONSIBLE, UNIT);
  static final String VERIFIER = Tokens.verifier("李四");

  private Scenario() {}

  static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Shanghai"));
  }

  static SourceView source(Clients clients, String title) throws ApiException {
    return clients
        .sources(ADMIN)
        .createSource(
            new SourceInput()
                .title(title)
                .kind(Kind.SELF_CHECK)
                .organization("某公司党委")
                .heldOn(today().minusDays(10)),
            null);
  }

  static ProblemView problem(Clients clients, UUID sourceId, String title) throws ApiException {
    return clients
        .problems(ADMIN)
        .createProblem(
            new ProblemInput()
                .sourceId(sourceId)
                .categoryPath(List.of("理论学习方面"))
                .title(title)
                .description(title + "，需要整改。"),
            null);
  }

  static TicketInput ticketFor(UUID problemId, String measure) {
    return new TicketInput()
        .problemIds(List.of(problemId))
        .measure(measure)
        .responsibleUnits(List.of(new ResponsibleUnitInput().name(UNIT)))
        .responsiblePerson(RESPONSIBLE)
        .leaderInCharge(LEADER)
        .timing(Timing.DEADLINE)
        .deadline(today().plusDays(60));
  }

  /** Polls until the condition holds; answers the time it took. */
  static Duration await(String what, Duration limit, Supplier<Boolean> condition) {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    AssertionError last = null;
    while (System.nanoTime() < deadline) {
      try {
        if (Boolean.TRUE.equals(condition.get())) {
          return Duration.ofNanos(System.nanoTime() - start);
        }
      } catch (AssertionError | RuntimeException e) {
        last = e instanceof AssertionError a ? a : new AssertionError(e);
      }
      sleep(10);
    }
    AssertionError failure = new AssertionError(what + " did not happen within " + limit);
    if (last != null) {
      failure.addSuppressed(last);
    }
    throw failure;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  interface Call<T> {
    T call() throws Exception;
  }

  /** Runs a client call inside a {@link #await} condition. */
  static <T> T unchecked(Call<T> call) {
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
