package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.progress;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bihuan.rectification.ProblemServiceStub;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Reopening the last verified ticket of a problem closes the problem's CLOSE to-do (问题销号) and opens
 * the ticket's SUBMIT: in the feed, right after ticket.reopened, the close comes before the open,
 * as every to-do close and update precedes the opens its change calls for (0352).
 */
@QuarkusTest
class ReopenClosesBeforeItOpensTest {

  @Test
  void theProblemsCloseToDoIsDoneBeforeTheTicketsSubmitOpens() {
    String unit = unit("回看科");
    String person = "回看" + UUID.randomUUID().toString().substring(0, 4);
    UUID problemId = ProblemServiceStub.problem(UUID.randomUUID());
    CloseTodoTest.problemFeedSays(problemId, "problem.created", "OPEN");
    String reporter = Tokens.reporter(person, unit);
    String id =
        create(
                """
                {"problemIds": ["%s"], "measure": "开展回头看，逐项复核整改成效。",
                 "responsibleUnits": [{"name": "%s"}], "responsiblePerson": "%s",
                 "timing": "DEADLINE", "deadline": "%s"}
                """
                    .formatted(problemId, unit, person, today().plusDays(40)))
            .getString("id");
    act(reporter, id, "start", null).then().statusCode(200);
    progress(reporter, id, today(), "已逐项复核").then().statusCode(201);
    act(reporter, id, "submit", null).then().statusCode(200);
    CloseTodoTest.problemFeedSays(problemId, "problem.rectifying", "RECTIFYING");
    String verifier = Tokens.verifier("回看验收");
    act(verifier, id, "verify", "验收通过").then().statusCode(200);

    long before = FeedHead.position();
    act(verifier, id, "reopen", "回头看").then().statusCode(200);

    List<String> events = new ArrayList<>();
    for (Map<String, Object> e : TodoFixtures.eventsSince(before)) {
      @SuppressWarnings("unchecked")
      Map<String, Object> data = (Map<String, Object>) e.get("data");
      boolean ours =
          id.equals(e.get("resourceId"))
              || id.equals(data.get("ticketId"))
              || "CLOSE".equals(data.get("kind"))
                  && problemId.toString().equals(data.get("problemId"));
      if (ours) {
        events.add(
            e.get("type") + ("todo".equals(e.get("resourceType")) ? " " + data.get("kind") : ""));
      }
    }
    assertEquals(
        List.of("ticket.reopened", "todo.done CLOSE", "todo.opened SUBMIT"), events, "the feed");
  }
}
