package org.bihuan.platform.feed.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A consumer reads a page of another service's feed whatever that service adds to it. */
class ReceivedPageTest {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  @Test
  void readsEventsAndIgnoresFieldsAddedLater() throws Exception {
    ReceivedPage page =
        JSON.readValue(
            """
            {"events": [{"position": 7, "id": "e-7", "type": "ticket.verified",
              "occurredAt": "2026-12-01T16:00:00Z", "resourceType": "ticket",
              "resourceId": "t-1", "data": {"status": "VERIFIED", "unitNames": ["财务科"]},
              "traceId": "added by a later version"}],
             "next": 7, "hasMore": false}
            """,
            ReceivedPage.class);
    ReceivedEvent e = page.eventsOrEmpty().get(0);
    assertEquals(7, e.position());
    assertEquals("ticket.verified", e.type());
    assertEquals(Instant.parse("2026-12-01T16:00:00Z"), e.occurredAt());
    assertEquals("财务科", e.data().path("unitNames").get(0).asText());
    assertEquals(7, page.next());
  }

  @Test
  void aPageWithoutEventsIsEmptyAndAnEventWithoutTimeSaysNothingOfIt() throws Exception {
    assertTrue(JSON.readValue("{\"next\": 3}", ReceivedPage.class).eventsOrEmpty().isEmpty());
    ReceivedPage page =
        JSON.readValue("{\"events\": [{\"position\": 4, \"type\": \"x\"}]}", ReceivedPage.class);
    assertNull(page.eventsOrEmpty().get(0).occurredAt());
    assertNull(page.eventsOrEmpty().get(0).data());
  }
}
