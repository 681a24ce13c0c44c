package org.bihuan.platform.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.bihuan.platform.error.ApiProblem;
import org.junit.jupiter.api.Test;

class CursorTest {

  static final String TICKETS = "/api/v1/tickets";

  static void assertRefused(String list, String cursor) {
    ApiProblem p = assertThrows(ApiProblem.class, () -> PageRequest.of(list, 50, cursor));
    assertEquals(400, p.status());
  }

  @Test
  void aCursorLeadsBackToTheKeyItWasMadeFrom() {
    for (long key : new long[] {1, 42, 9_999_999_999L, Long.MAX_VALUE}) {
      assertEquals(key, PageRequest.of(TICKETS, 50, Cursor.encode(TICKETS, key)).after());
    }
    assertEquals(0, PageRequest.of(TICKETS, 50, null).after());
    assertEquals(0, PageRequest.of(TICKETS, 50, "").after());
  }

  @Test
  void aCursorOfAnotherListIsRefused() {
    assertRefused("/api/v1/problems", Cursor.encode(TICKETS, 42));
    assertRefused("/api/v1/tickets/a/history", Cursor.encode("/api/v1/tickets/b/history", 42));
  }

  @Test
  void aTamperedCursorIsRefused() {
    String cursor = Cursor.encode(TICKETS, 42);
    String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
    String moved = raw.replace(":42:", ":43:");
    assertRefused(TICKETS, encode(moved));
    assertRefused(TICKETS, encode(raw.replace(":42:", ":-42:")));
    char last = cursor.charAt(cursor.length() - 3);
    assertRefused(
        TICKETS,
        cursor.substring(0, cursor.length() - 3)
            + (last == 'A' ? 'B' : 'A')
            + cursor.substring(cursor.length() - 2));
  }

  @Test
  void aTruncatedCursorIsRefused() {
    String cursor = Cursor.encode(TICKETS, 123_456_789);
    for (int cut = 1; cut < cursor.length(); cut++) {
      assertRefused(TICKETS, cursor.substring(0, cursor.length() - cut));
    }
  }

  @Test
  void garbageAndCursorsOfTheOldFormatAreRefused() {
    for (String bad :
        List.of("%%%", "abc", encode("c1:42"), encode("c2:42"), encode("c2:x:y"), "c2:42:00")) {
      assertRefused(TICKETS, bad);
    }
  }

  @Test
  void theLastPageHasNoCursorAndOthersPointAfterTheirLastRow() {
    PageRequest request = PageRequest.of(TICKETS, 2, null);
    Page<Long> more = Page.of(List.of(1L, 2L, 3L), request, k -> k, k -> k);
    assertEquals(List.of(1L, 2L), more.items());
    assertEquals(2, PageRequest.of(TICKETS, 2, more.nextCursor()).after());
    assertNull(Page.of(List.of(1L, 2L), request, k -> k, k -> k).nextCursor());
  }

  static String encode(String raw) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }
}
