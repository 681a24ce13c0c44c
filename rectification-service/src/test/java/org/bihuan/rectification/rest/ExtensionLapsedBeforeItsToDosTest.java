package org.bihuan.rectification.rest;

import static org.bihuan.rectification.rest.TicketFixtures.act;
import static org.bihuan.rectification.rest.TicketFixtures.create;
import static org.bihuan.rectification.rest.TicketFixtures.today;
import static org.bihuan.rectification.rest.TicketFixtures.unit;
import static org.bihuan.rectification.rest.TodoSteps.feedSince;
import static org.bihuan.rectification.rest.TodoSteps.progressNow;
import static org.bihuan.rectification.rest.TodoSteps.requestExtension;
import static org.bihuan.rectification.rest.TodoSteps.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.bihuan.testing.FeedHead;
import org.bihuan.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The feed (and so every webhook) tells a lapsed extension request before the to-dos its ticket's
 * change closes: the verify, then the lapse it caused, then the to-dos done (docs/decisions/0349).
 */
@QuarkusTest
class ExtensionLapsedBeforeItsToDosTest {

  @Test
  void theLapseComesRightAfterTheVerifyAndBeforeTheToDosItCloses() {
    String unit = unit("测延科");
    String person = "测延人" + unit.substring(unit.length() - 4);
    String token = Tokens.reporter(person, unit);
    LocalDate deadline = today().plusDays(20);
    String id = create(ticket(unit, person, null, deadline)).getString("id");
    act(token, id, "start", null).then().statusCode(200);
    progressNow(token, id);
    requestExtension(token, id, deadline.plusDays(30));
    act(token, id, "submit", null).then().statusCode(200);
    long head = FeedHead.position();
    act(Tokens.verifier("测验收人"), id, "verify", "整改到位").then().statusCode(200);

    List<String> feed = feedSince(head, id);
    assertEquals(4, feed.size(), feed.toString());
    assertEquals(List.of("ticket.verified", "ticket.extension_lapsed"), feed.subList(0, 2));
    assertEquals(
        Set.of("todo.done VERIFY DONE", "todo.done DECIDE_EXTENSION DONE"),
        Set.copyOf(feed.subList(2, 4)));
  }
}
