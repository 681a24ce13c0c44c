package org.bihuan.platform.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The answers of a pure function of text, kept for at most {@code limit} arguments (10,000 names
 * for the keys): when that many are kept, they are dropped together and kept again as they are
 * asked for. For {@link PersonNames#key}, whose ICU folding is the cost of a name comparison
 * (docs/decisions/0301).
 */
final class BoundedMemo {

  private final int limit;
  private final ConcurrentHashMap<String, String> kept = new ConcurrentHashMap<>();

  BoundedMemo(int limit) {
    this.limit = limit;
  }

  /** The answer kept for {@code argument}, else {@code function}'s, kept from now on. */
  String get(String argument, UnaryOperator<String> function) {
    String answer = kept.get(argument);
    if (answer != null) {
      return answer;
    }
    answer = function.apply(argument);
    if (kept.size() >= limit) {
      kept.clear();
    }
    String raced = kept.putIfAbsent(argument, answer);
    return raced == null ? answer : raced;
  }

  int size() {
    return kept.size();
  }
}
