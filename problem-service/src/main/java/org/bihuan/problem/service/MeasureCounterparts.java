package org.bihuan.problem.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bihuan.problem.ImportedMeasure;

/**
 * Which measure of a kept problem in the replaced import each measure the document gives that
 * problem repeats, and so whose ticket it carries (docs/decisions/0308, 0318). Three rounds within
 * the one problem, each over what the rounds before left: the same text apart from punctuation and
 * white space ({@link OverlappingImports#key}); then the most similar text, when at least half of
 * the two texts' character pairs are shared (a measure reworded); then, when exactly one measure is
 * left on each side and it stands at the same place in both lists, that one (a measure rewritten in
 * other words). The measures of the replaced import left over are the ones the document drops.
 */
final class MeasureCounterparts {

  /** How much of two texts' character pairs (Dice's coefficient) makes a reworded measure. */
  static final double SIMILAR = 0.5;

  private MeasureCounterparts() {}

  /**
   * For each of {@code given} (the document's measures of a kept problem, in order), the measure of
   * {@code before} (the problem's measures in the replaced import, in order) it repeats, or null;
   * each of {@code before} is paired at most once.
   */
  static List<ImportedMeasure> pair(List<ImportedMeasure> before, List<String> given) {
    ImportedMeasure[] paired = new ImportedMeasure[given.size()];
    boolean[] taken = new boolean[before.size()];
    List<String> beforeKeys = before.stream().map(m -> key(m.measure)).toList();
    List<String> givenKeys = given.stream().map(MeasureCounterparts::key).toList();
    for (int i = 0; i < given.size(); i++) {
      for (int j = 0; j < before.size(); j++) {
        if (!taken[j] && beforeKeys.get(j).equals(givenKeys.get(i))) {
          paired[i] = before.get(j);
          taken[j] = true;
          break;
        }
      }
    }
    for (int i = 0; i < given.size(); i++) {
      if (paired[i] != null) {
        continue;
      }
      int best = -1;
      double bestScore = SIMILAR;
      for (int j = 0; j < before.size(); j++) {
        double score = taken[j] ? -1 : similarity(beforeKeys.get(j), givenKeys.get(i));
        if (score >= bestScore && (best < 0 || score > bestScore)) {
          best = j;
          bestScore = score;
        }
      }
      if (best >= 0) {
        paired[i] = before.get(best);
        taken[best] = true;
      }
    }
    List<Integer> givenLeft = new ArrayList<>();
    List<Integer> beforeLeft = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      if (paired[i] == null) {
        givenLeft.add(i);
      }
    }
    for (int j = 0; j < before.size(); j++) {
      if (!taken[j]) {
        beforeLeft.add(j);
      }
    }
    if (givenLeft.size() == 1 && givenLeft.equals(beforeLeft)) {
      paired[givenLeft.get(0)] = before.get(beforeLeft.get(0));
    }
    return Arrays.asList(paired);
  }

  /** The measures of {@code before} that none of {@code paired} is. */
  static List<ImportedMeasure> dropped(List<ImportedMeasure> before, List<ImportedMeasure> paired) {
    List<ImportedMeasure> dropped = new ArrayList<>();
    for (ImportedMeasure m : before) {
      if (paired.stream().noneMatch(p -> p == m)) {
        dropped.add(m);
      }
    }
    return dropped;
  }

  /** Whether {@code a} and {@code b} are the same text apart from punctuation and white space. */
  static boolean sameText(String a, String b) {
    return key(a).equals(key(b));
  }

  private static String key(String measure) {
    return OverlappingImports.key(measure, null);
  }

  /** Dice's coefficient of the two texts' pairs of adjacent characters (code points). */
  static double similarity(String a, String b) {
    Map<String, Integer> pairs = pairs(a);
    Map<String, Integer> other = pairs(b);
    int total = pairs.values().stream().mapToInt(Integer::intValue).sum();
    total += other.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return 0;
    }
    int shared = 0;
    for (Map.Entry<String, Integer> e : pairs.entrySet()) {
      shared += Math.min(e.getValue(), other.getOrDefault(e.getKey(), 0));
    }
    return 2.0 * shared / total;
  }

  private static Map<String, Integer> pairs(String s) {
    Map<String, Integer> pairs = new HashMap<>();
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i + 1 < cps.length; i++) {
      pairs.merge(new String(cps, i, 2), 1, Integer::sum);
    }
    return pairs;
  }
}
