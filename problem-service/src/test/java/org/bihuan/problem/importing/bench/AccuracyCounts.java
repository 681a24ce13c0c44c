package org.bihuan.problem.importing.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bihuan.problem.importing.ParsedMeasure;
import org.bihuan.problem.importing.ParsedProblem;

/**
 * The comparison behind {@link ImportAccuracy}: what the importer read from one document against
 * its expected answer, counted per field (see {@link ImportAccuracy} for how problems and measures
 * are paired and what counts against precision and recall).
 */
final class AccuracyCounts {

  private static final ObjectMapper ORIGINS = new ObjectMapper();

  static final List<String> FIELDS =
      List.of(
          "problems",
          "categories",
          "origins",
          "measures",
          "units",
          "co-units",
          "people",
          "leaders",
          "timing",
          "deadlines",
          "progress",
          "status hints");

  /** True positives, and the counts read and expected, of one field. */
  static final class Count {
    int truePositives;
    int read;
    int expected;

    void add(Count other) {
      truePositives += other.truePositives;
      read += other.read;
      expected += other.expected;
    }

    double precision() {
      return read == 0 ? (expected == 0 ? 1 : 0) : (double) truePositives / read;
    }

    double recall() {
      return expected == 0 ? (read == 0 ? 1 : 0) : (double) truePositives / expected;
    }
  }

  /**
   * Problems lost and duplicated, by title: an expected problem is lost for each time its title is
   * read fewer times than expected, and duplicated for each time it is read more often.
   */
  static int[] lostAndDuplicated(JsonNode expected, List<ParsedProblem> read) {
    Map<String, Integer> balance = new LinkedHashMap<>();
    expected
        .path("problems")
        .forEach(p -> balance.merge(p.path("title").asText(), 1, Integer::sum));
    Set<String> titles = new HashSet<>(balance.keySet());
    for (ParsedProblem p : read) {
      if (titles.contains(p.title())) {
        balance.merge(p.title(), -1, Integer::sum);
      }
    }
    int lost = 0;
    int duplicated = 0;
    for (int b : balance.values()) {
      lost += Math.max(b, 0);
      duplicated += Math.max(-b, 0);
    }
    return new int[] {lost, duplicated};
  }

  private AccuracyCounts() {}

  static Map<String, Count> compare(JsonNode expected, List<ParsedProblem> read) {
    Map<String, Count> counts = new LinkedHashMap<>();
    FIELDS.forEach(f -> counts.put(f, new Count()));
    List<JsonNode> wanted = new ArrayList<>();
    expected.path("problems").forEach(wanted::add);
    int[] pairOf =
        pair(
            wanted.stream().map(p -> p.path("title").asText()).toList(),
            read.stream().map(ParsedProblem::title).toList());
    Set<Integer> paired = new HashSet<>();
    for (int e = 0; e < wanted.size(); e++) {
      JsonNode want = wanted.get(e);
      List<JsonNode> wantMeasures = new ArrayList<>();
      want.path("measures").forEach(wantMeasures::add);
      int r = pairOf[e];
      ParsedProblem got = r < 0 ? null : read.get(r);
      if (got != null) {
        paired.add(r);
      }
      count(
          counts.get("problems"),
          got != null && got.title().equals(want.path("title").asText()),
          true,
          got != null);
      count(
          counts.get("categories"),
          got != null && got.categoryPath().equals(strings(want.path("categoryPath"))),
          true,
          got != null);
      // Only the documents whose expected answer gives the origin check it (the table formats).
      if (want.has("origin")) {
        count(
            counts.get("origins"),
            got != null && want.get("origin").equals(ORIGINS.valueToTree(got.origin())),
            true,
            got != null && got.origin() != null);
      }
      compareMeasures(counts, wantMeasures, got == null ? List.of() : got.measures());
    }
    for (int r = 0; r < read.size(); r++) {
      if (!paired.contains(r)) {
        counts.get("problems").read++;
        counts.get("categories").read++;
        compareMeasures(counts, List.of(), read.get(r).measures());
      }
    }
    return counts;
  }

  private static void compareMeasures(
      Map<String, Count> counts, List<JsonNode> wanted, List<ParsedMeasure> read) {
    int[] pairOf =
        pair(
            wanted.stream().map(m -> m.path("measure").asText()).toList(),
            read.stream().map(ParsedMeasure::measure).toList());
    Set<Integer> paired = new HashSet<>();
    for (int e = 0; e < wanted.size(); e++) {
      JsonNode want = wanted.get(e);
      int r = pairOf[e];
      ParsedMeasure got = r < 0 ? null : read.get(r);
      if (got != null) {
        paired.add(r);
      }
      count(
          counts.get("measures"),
          got != null && got.measure().equals(want.path("measure").asText()),
          true,
          got != null);
      List<String> wantUnits = strings(want.path("responsibleUnits"));
      List<String> gotUnits = got == null ? List.of() : got.responsibleUnits();
      Count units = counts.get("units");
      units.expected += wantUnits.size();
      units.read += gotUnits.size();
      units.truePositives += (int) gotUnits.stream().filter(wantUnits::contains).count();
      List<String> wantCoUnits = strings(want.path("coResponsibleUnits"));
      List<String> gotCoUnits = got == null ? List.of() : got.coResponsibleUnits();
      Count coUnits = counts.get("co-units");
      coUnits.expected += wantCoUnits.size();
      coUnits.read += gotCoUnits.size();
      coUnits.truePositives += (int) gotCoUnits.stream().filter(wantCoUnits::contains).count();
      single(
          counts.get("people"),
          text(want, "responsiblePerson"),
          got == null ? null : got.responsiblePerson());
      single(
          counts.get("leaders"),
          text(want, "leaderInCharge"),
          got == null ? null : got.leaderInCharge());
      single(
          counts.get("timing"),
          text(want, "timing"),
          got == null || got.timing() == null ? null : got.timing().name());
      single(
          counts.get("deadlines"),
          text(want, "deadline"),
          got == null || got.deadline() == null ? null : got.deadline().toString());
      single(counts.get("progress"), text(want, "progress"), got == null ? null : got.progress());
      single(
          counts.get("status hints"),
          text(want, "statusHint"),
          got == null || got.statusHint() == null ? null : got.statusHint().name());
    }
    for (int r = 0; r < read.size(); r++) {
      if (!paired.contains(r)) {
        ParsedMeasure got = read.get(r);
        counts.get("measures").read++;
        counts.get("units").read += got.responsibleUnits().size();
        counts.get("co-units").read += got.coResponsibleUnits().size();
        single(counts.get("progress"), null, got.progress());
        single(
            counts.get("status hints"),
            null,
            got.statusHint() == null ? null : got.statusHint().name());
        single(counts.get("people"), null, got.responsiblePerson());
        single(counts.get("leaders"), null, got.leaderInCharge());
        single(counts.get("timing"), null, got.timing() == null ? null : got.timing().name());
        single(
            counts.get("deadlines"),
            null,
            got.deadline() == null ? null : got.deadline().toString());
      }
    }
  }

  private static void count(Count c, boolean equal, boolean expected, boolean read) {
    c.expected += expected ? 1 : 0;
    c.read += read ? 1 : 0;
    c.truePositives += equal ? 1 : 0;
  }

  /** A single-valued field: absent (null) on a side counts nothing there. */
  private static void single(Count c, String expected, String read) {
    count(c, expected != null && expected.equals(read), expected != null, read != null);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** For each expected text, the index of its read partner or -1. */
  static int[] pair(List<String> expected, List<String> read) {
    int[] pairOf = new int[expected.size()];
    Arrays.fill(pairOf, -1);
    boolean[] taken = new boolean[read.size()];
    for (int e = 0; e < expected.size(); e++) {
      for (int r = 0; r < read.size(); r++) {
        if (!taken[r] && read.get(r).equals(expected.get(e))) {
          pairOf[e] = r;
          taken[r] = true;
          break;
        }
      }
    }
    for (int e = 0; e < expected.size(); e++) {
      if (pairOf[e] >= 0) {
        continue;
      }
      double best = 0.5;
      for (int r = 0; r < read.size(); r++) {
        double s = taken[r] ? 0 : similarity(expected.get(e), read.get(r));
        if (s >= best) {
          best = s;
          pairOf[e] = r;
        }
      }
      if (pairOf[e] >= 0) {
        taken[pairOf[e]] = true;
      }
    }
    return pairOf;
  }

  /** Dice coefficient of character bigrams. */
  static double similarity(String a, String b) {
    List<String> x = bigrams(a);
    List<String> y = new ArrayList<>(bigrams(b));
    if (x.isEmpty() || y.isEmpty()) {
      return Objects.equals(a, b) ? 1 : 0;
    }
    int common = 0;
    for (String g : x) {
      if (y.remove(g)) {
        common++;
      }
    }
    return 2.0 * common / (x.size() + bigrams(b).size());
  }

  private static List<String> bigrams(String s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 2 <= s.length(); i++) {
      out.add(s.substring(i, i + 2));
    }
    return out;
  }
}
