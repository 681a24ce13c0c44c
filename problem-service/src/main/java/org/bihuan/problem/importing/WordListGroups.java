package org.bihuan.problem.importing;

import java.math.BigInteger;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Items of a Word automatic list that head a group of the list's next level numbered as they are
 * (level 0 {@code %1.} over level 1 {@code %2.}: both show 1. 2.): the list level (w:ilvl) says
 * which item is the group, the shown numbers do not. Such a heading is shown numbered at a group's
 * rank instead, 一、 at level 0 and （一） at level 1, so that it reads as the category of the items
 * under it and not as a problem of its own (docs/decisions/0347). An item whose next item of the
 * same list is not one level deeper heads no group and keeps its number.
 */
final class WordListGroups {

  /** No heads: lists of table cells, and documents read before the body is known. */
  static final WordListGroups NONE = new WordListGroups(Set.of());

  /** The deepest level whose items may head a group shown at a group's rank. */
  private static final int DEEPEST_HEAD = 1;

  private final Set<CTP> heads;

  private WordListGroups(Set<CTP> heads) {
    this.heads = heads;
  }

  /** The heads among a document body's paragraphs, in document order. */
  static WordListGroups of(List<CTP> body, WordListNumbers numbers) {
    Set<CTP> heads = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<BigInteger, CTP> previous = new HashMap<>();
    Map<BigInteger, Integer> previousLevel = new HashMap<>();
    for (CTP p : body) {
      WordListNumbers.Place place = numbers.place(p);
      if (place == null) {
        continue;
      }
      CTP before = previous.get(place.abstractId());
      Integer levelBefore = previousLevel.get(place.abstractId());
      if (before != null
          && levelBefore + 1 == place.level()
          && levelBefore <= DEEPEST_HEAD
          && sameShape(place.levels()[levelBefore], place.levels()[place.level()])) {
        heads.add(before);
      }
      previous.put(place.abstractId(), p);
      previousLevel.put(place.abstractId(), place.level());
    }
    return new WordListGroups(heads);
  }

  /** Whether this paragraph, at this level of its list, heads a group. */
  boolean heads(CTP paragraph, int level) {
    return level <= DEEPEST_HEAD && heads.contains(paragraph);
  }

  /** The number a group's head is shown with: 一、 at level 0, （一） at level 1. */
  static String label(int level, int value) {
    String n = WordListNumbers.chinese(value);
    return level == 0 ? n + "、" : "（" + n + "）";
  }

  /** Two levels whose numbers look alike: the same pattern around the number, the same format. */
  private static boolean sameShape(CTLvl group, CTLvl item) {
    return group != null
        && item != null
        && shape(group).equals(shape(item))
        && WordListNumbers.format(group).equals(WordListNumbers.format(item));
  }

  private static String shape(CTLvl lvl) {
    return lvl.getLvlText() == null ? "%" : lvl.getLvlText().getVal().replaceAll("%\\d", "%");
  }
}
