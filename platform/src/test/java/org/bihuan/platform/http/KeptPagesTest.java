package org.bihuan.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityTag;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The pages kept in memory: current only within their type's generation, bounded in count and
 * bytes.
 */
class KeptPagesTest {

  private static KeptPages.Key key(String type, int n) {
    return new KeptPages.Key(type, LocalDate.of(2026, 12, 2), "limit=" + n);
  }

  private static KeptPages.Page page(KeptPages kept, String type, int size) {
    return new KeptPages.Page(
        kept.generation(type), new EntityTag("t" + size, true), new byte[size]);
  }

  @Test
  void aChangeOfATypeDropsItsPagesAndNoOthers() {
    KeptPages kept = new KeptPages(100, 1_000_000);
    kept.keep(key("ticket", 1), page(kept, "ticket", 10));
    kept.keep(key("problem", 1), page(kept, "problem", 10));
    kept.drop("ticket");
    assertNull(kept.current(key("ticket", 1)));
    assertNotNull(kept.current(key("problem", 1)));
    assertEquals(1, kept.size());
    assertEquals(10, kept.bytes());
  }

  @Test
  void aPageReadBeforeAChangeOfItsTypeIsNotKept() {
    KeptPages kept = new KeptPages(100, 1_000_000);
    KeptPages.Page readBefore = page(kept, "ticket", 10);
    kept.drop("ticket"); // a commit while the page was being read
    kept.keep(key("ticket", 1), readBefore);
    assertNull(kept.current(key("ticket", 1)));
    assertEquals(0, kept.size());
    assertEquals(0, kept.bytes());
  }

  @Test
  void theDatePartOfTheKeyTellsDaysApart() {
    KeptPages kept = new KeptPages(100, 1_000_000);
    kept.keep(key("ticket", 1), page(kept, "ticket", 10));
    assertNull(kept.current(new KeptPages.Key("ticket", LocalDate.of(2026, 12, 3), "limit=1")));
  }

  @Test
  void noMoreThanTheMostEntriesAreKept() {
    KeptPages kept = new KeptPages(10, 1_000_000);
    for (int i = 0; i < 50; i++) {
      kept.keep(key("ticket", i), page(kept, "ticket", 100));
      assertTrue(kept.size() <= 10, kept.size() + " pages kept");
    }
    assertEquals(100L * kept.size(), kept.bytes());
  }

  @Test
  void noMoreThanTheMostBytesAreKeptAndALargePageNotAtAll() {
    KeptPages kept = new KeptPages(1_000, 8_000);
    kept.keep(key("ticket", 0), page(kept, "ticket", 1_001)); // more than an eighth
    assertNull(kept.current(key("ticket", 0)));
    for (int i = 1; i < 100; i++) {
      kept.keep(key("ticket", i), page(kept, "ticket", 900));
      assertTrue(kept.bytes() <= 8_000, kept.bytes() + " bytes kept");
    }
    assertEquals(900L * kept.size(), kept.bytes());
    assertTrue(kept.size() >= 7, "trimmed to nine tenths, not emptied: " + kept.size());
  }

  @Test
  void aPageKeptAgainReplacesItsBytes() {
    KeptPages kept = new KeptPages(100, 1_000_000);
    kept.keep(key("ticket", 1), page(kept, "ticket", 10));
    kept.keep(key("ticket", 1), page(kept, "ticket", 30));
    assertEquals(1, kept.size());
    assertEquals(30, kept.bytes());
  }
}
