package org.bihuan.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A name's key is folded once and then kept (docs/decisions/0301): every transition compares the
 * same parties and callers, and folding a name through ICU is the cost of the comparison.
 */
class NameKeysKeptTest {

  @Test
  void theSecondKeyOfANameIsTheOneFoldedFirst() {
    String name = "趙驗收（主任）" + System.nanoTime();
    String first = PersonNames.key(name);
    assertSame(first, PersonNames.key(name), "the key kept, not folded again");
    // still the folded key: traditional characters, brackets and digits as key() always gave
    assertEquals(PersonNames.key("赵验收主任" + name.substring(7)), first);
  }

  @Test
  void aFullMemoStartsAgainAndNeverHoldsMoreThanItsLimit() {
    BoundedMemo memo = new BoundedMemo(3);
    AtomicInteger computed = new AtomicInteger();
    for (String s : new String[] {"a", "b", "c", "a", "d", "e", "a"}) {
      assertEquals(
          s.toUpperCase(),
          memo.get(
              s,
              x -> {
                computed.incrementAndGet();
                return x.toUpperCase();
              }));
      assertTrue(memo.size() <= 3, "kept: " + memo.size());
    }
    // a, b, c computed; a kept; d computed (full: dropped, d kept); e, a computed again
    assertEquals(6, computed.get());
  }
}
