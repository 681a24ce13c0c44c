package org.bihuan.problem.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.bihuan.problem.ImportedMeasure;
import org.bihuan.problem.Problem;
import org.bihuan.problem.importing.ParsedMeasure;
import org.bihuan.problem.importing.ParsedProblem;

/**
 * Which problem of the imports a replacement replaces is the counterpart of each problem of the new
 * document, and what the document changes in it (docs/decisions/0308). A problem is paired at most
 * once, in three rounds, each over what the rounds before left unpaired: the same title and
 * description ({@link OverlappingImports#key}); then the same title alone; then the same non-empty
 * description alone — in the last two rounds only when that text names exactly one problem on each
 * side. Within a round the earlier problems are offered first, in the order given.
 */
final class Counterparts {

  /** The fields of a kept problem that a document may change, in the answer's words. */
  static final String TITLE = "title";

  static final String DESCRIPTION = "description";
  static final String CATEGORY = "categoryPath";
  static final String MEASURES = "measures";

  private Counterparts() {}

  /**
   * For each problem of {@code doc}, in order, its counterpart among {@code earlier}, or null when
   * it has none (a new problem).
   */
  static List<Problem> pair(List<Problem> earlier, List<ParsedProblem> doc) {
    Problem[] paired = new Problem[doc.size()];
    List<Problem> left = new ArrayList<>(earlier);
    round(
        paired,
        left,
        doc,
        p -> OverlappingImports.key(p.title, p.description),
        p -> OverlappingImports.key(p.title(), p.description()),
        false);
    round(
        paired,
        left,
        doc,
        p -> OverlappingImports.key(p.title, null),
        p -> OverlappingImports.key(p.title(), null),
        true);
    round(
        paired,
        left,
        doc,
        p -> OverlappingImports.key(null, p.description),
        p -> OverlappingImports.key(null, p.description()),
        true);
    return java.util.Arrays.asList(paired);
  }

  private static void round(
      Problem[] paired,
      List<Problem> left,
      List<ParsedProblem> doc,
      Function<Problem, String> earlierKey,
      Function<ParsedProblem, String> docKey,
      boolean uniqueOnly) {
    Map<String, List<Problem>> byKey = new HashMap<>();
    for (Problem p : left) {
      byKey.computeIfAbsent(earlierKey.apply(p), k -> new ArrayList<>()).add(p);
    }
    Map<String, Integer> docCount = new HashMap<>();
    for (int i = 0; i < doc.size(); i++) {
      if (paired[i] == null) {
        docCount.merge(docKey.apply(doc.get(i)), 1, Integer::sum);
      }
    }
    for (int i = 0; i < doc.size(); i++) {
      if (paired[i] != null) {
        continue;
      }
      String key = docKey.apply(doc.get(i));
      List<Problem> candidates = byKey.get(key);
      if (key.isEmpty() || candidates == null || candidates.isEmpty()) {
        continue;
      }
      if (uniqueOnly && (candidates.size() != 1 || docCount.get(key) != 1)) {
        continue;
      }
      Problem p = candidates.remove(0);
      paired[i] = p;
      left.remove(p);
    }
  }

  /**
   * The fields of {@code kept} that {@code parsed} gives otherwise: text compared as written (after
   * stripping), the category path, and the measures — {@code measures} being the kept problem's
   * measures in the import it comes from — compared field by field.
   */
  static List<String> changed(Problem kept, ParsedProblem parsed, List<ImportedMeasure> measures) {
    List<String> changed = new ArrayList<>();
    if (!strip(kept.title).equals(strip(parsed.title()))) {
      changed.add(TITLE);
    }
    if (!strip(kept.description).equals(strip(parsed.description()))) {
      changed.add(DESCRIPTION);
    }
    List<String> path = kept.category == null ? List.of() : kept.category.path;
    List<String> given = parsed.categoryPath() == null ? List.of() : parsed.categoryPath();
    if (!path.equals(given)) {
      changed.add(CATEGORY);
    }
    if (!sameMeasures(measures, parsed.measures())) {
      changed.add(MEASURES);
    }
    return changed;
  }

  private static boolean sameMeasures(List<ImportedMeasure> stored, List<ParsedMeasure> given) {
    if (stored.size() != given.size()) {
      return false;
    }
    for (int i = 0; i < stored.size(); i++) {
      ImportedMeasure s = stored.get(i);
      ParsedMeasure g = given.get(i);
      boolean same =
          Objects.equals(s.measure, g.measure())
              && Objects.equals(s.responsibleUnits, orEmpty(g.responsibleUnits()))
              && Objects.equals(orEmpty(s.coResponsibleUnits), orEmpty(g.coResponsibleUnits()))
              && Objects.equals(s.leaderInCharge, g.leaderInCharge())
              && Objects.equals(s.responsiblePerson, g.responsiblePerson())
              && Objects.equals(s.timing, g.timing() == null ? null : g.timing().name())
              && Objects.equals(s.deadline, g.deadline())
              && Objects.equals(s.progress, g.progress());
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /**
   * The measure of the replaced import that {@code given} repeats — the same text apart from
   * punctuation and white space — taken from {@code stored} (so that each is carried once), or
   * null.
   */
  static ImportedMeasure sameMeasure(List<ImportedMeasure> stored, String given) {
    String key = OverlappingImports.key(given, null);
    for (ImportedMeasure m : stored) {
      if (OverlappingImports.key(m.measure, null).equals(key)) {
        stored.remove(m);
        return m;
      }
    }
    return null;
  }

  private static List<String> orEmpty(List<String> l) {
    return l == null ? List.of() : l;
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
