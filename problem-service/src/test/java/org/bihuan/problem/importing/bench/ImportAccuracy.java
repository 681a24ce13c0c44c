package org.bihuan.problem.importing.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.importing.DocumentReader;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.ParsedDocument;
import org.bihuan.problem.importing.ParsedMeasure;
import org.bihuan.problem.importing.ParsedProblem;

/**
 * Import accuracy on a corpus of documents with hand-written expected answers: each {@code
 * <name>.<ext>} (or {@code <name>.<ext>.gen}, see {@link CorpusGenerator}) is read through {@link
 * DocumentReader} — what {@code POST /sources/{id}/import} does — with the media type its extension
 * names, and compared field by field with {@code <name>.expected.json} (the dry-run answer's
 * shape). Prints precision and recall per field and overall, and the lines the reader could not
 * place. Not a test: run {@code bench/import-accuracy/run.sh}.
 *
 * <p>Matching: an expected problem is paired with the first unpaired problem read with the same
 * title, else with the most similar one (character bigrams, at least half alike); a pair counts for
 * "problems" only when the titles are equal. Measures are paired the same way within paired
 * problems. Categories, origins (where the expected answer gives one), units, co-responsible units,
 * people, leaders, timing, deadlines, progress notes and status hints are then compared on the
 * pairs; whatever is unpaired counts against precision (read but not expected) or recall (expected
 * but not read). The combined line adds the problems lost (an expected title read fewer times than
 * expected; everything a refused document should have given) and duplicated (read more often).
 */
public final class ImportAccuracy {

  /** Media types by extension: every format the importer accepts or is meant to. */
  static final Map<String, String> MEDIA_TYPES =
      Map.of(
          "txt", "text/plain; charset=UTF-8",
          "docx", DocumentText.DOCX,
          "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "xls", "application/vnd.ms-excel",
          "doc", "application/msword",
          "pdf", "application/pdf");

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

  /** One document's result: counts per field, lines not placed, and an error if it was refused. */
  record Result(
      String name,
      Map<String, Count> counts,
      List<String> unplaced,
      String error,
      int lost,
      int duplicated) {

    Result(String name, Map<String, Count> counts, List<String> unplaced, String error) {
      this(name, counts, unplaced, error, expectedProblems(counts), 0);
    }

    private static int expectedProblems(Map<String, Count> counts) {
      Count c = counts.get("problems");
      return c == null ? 0 : c.expected;
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

  private ImportAccuracy() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--read")) {
      System.out.println(answer(Path.of(args[1])));
      return;
    }
    Path corpus = Path.of(args.length > 0 ? args[0] : "bench/import-accuracy/corpus");
    List<Result> results = run(corpus);
    System.out.print(table(results));
    boolean perfect =
        results.stream()
            .allMatch(
                r ->
                    r.error() == null
                        && r.counts().values().stream()
                            .allMatch(c -> c.truePositives == c.read && c.read == c.expected));
    System.exit(perfect ? 0 : 1);
  }

  static List<Result> run(Path corpus) throws IOException {
    DocumentReader reader = new DocumentReader(new DocumentText(10L * 1024 * 1024));
    List<Result> results = new ArrayList<>();
    List<Path> documents;
    try (Stream<Path> files = Files.list(corpus)) {
      documents =
          files
              .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
              .filter(p -> extension(p) != null)
              .sorted()
              .toList();
    }
    ObjectMapper json = new ObjectMapper();
    for (Path file : documents) {
      String ext = extension(file);
      String fileName = file.getFileName().toString();
      String name =
          fileName.substring(0, fileName.length() - ext.length() - 1 - (isGenerated(file) ? 4 : 0));
      Path expectedFile = corpus.resolve(name + ".expected.json");
      if (!Files.exists(expectedFile)) {
        results.add(new Result(name + "." + ext, Map.of(), List.of(), "no " + expectedFile));
        continue;
      }
      JsonNode expected = json.readTree(expectedFile.toFile());
      ParsedDocument doc;
      try {
        byte[] bytes = isGenerated(file) ? generate(corpus, file) : Files.readAllBytes(file);
        doc = reader.read(bytes, MEDIA_TYPES.get(ext)).document();
      } catch (ApiProblem refused) {
        results.add(
            new Result(
                name + "." + ext,
                compare(expected, List.of()),
                List.of(),
                refused.status() + " " + refused.detail()));
        continue;
      } catch (Exception failure) {
        results.add(
            new Result(
                name + "." + ext, compare(expected, List.of()), List.of(), failure.toString()));
        continue;
      }
      List<String> unplaced = doc.warnings().stream().filter(ImportAccuracy::isAboutALine).toList();
      int[] balance = lostAndDuplicated(expected, doc.problems());
      results.add(
          new Result(
              name + "." + ext,
              compare(expected, doc.problems()),
              unplaced,
              null,
              balance[0],
              balance[1]));
    }
    return results;
  }

  /**
   * What the importer reads from one corpus document, in the expected file's shape, with the
   * warnings: a start for writing its expected answer by hand (never a substitute for checking it).
   */
  static String answer(Path file) throws Exception {
    String ext = extension(file);
    byte[] bytes =
        isGenerated(file)
            ? generate(file.toAbsolutePath().getParent(), file)
            : Files.readAllBytes(file);
    ParsedDocument doc =
        new DocumentReader(new DocumentText(10L * 1024 * 1024))
            .read(bytes, MEDIA_TYPES.get(ext))
            .document();
    ObjectMapper json = new ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode root = json.createObjectNode();
    com.fasterxml.jackson.databind.node.ArrayNode problems = root.putArray("problems");
    for (ParsedProblem p : doc.problems()) {
      com.fasterxml.jackson.databind.node.ObjectNode problem = problems.addObject();
      problem.put("title", p.title());
      p.categoryPath().forEach(problem.putArray("categoryPath")::add);
      com.fasterxml.jackson.databind.node.ArrayNode measures = problem.putArray("measures");
      for (ParsedMeasure m : p.measures()) {
        com.fasterxml.jackson.databind.node.ObjectNode measure = measures.addObject();
        measure.put("measure", m.measure());
        m.responsibleUnits().forEach(measure.putArray("responsibleUnits")::add);
        m.coResponsibleUnits().forEach(measure.putArray("coResponsibleUnits")::add);
        measure.put("leaderInCharge", m.leaderInCharge());
        measure.put("responsiblePerson", m.responsiblePerson());
        measure.put("timing", m.timing() == null ? null : m.timing().name());
        measure.put("deadline", m.deadline() == null ? null : m.deadline().toString());
        measure.put("progress", m.progress());
        measure.put("statusHint", m.statusHint() == null ? null : m.statusHint().name());
      }
      problem.set("origin", json.valueToTree(p.origin()));
    }
    doc.warnings().forEach(root.putArray("warnings")::add);
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** Warnings that name a line the reader moved, merged or did not import. */
  static boolean isAboutALine(String warning) {
    return warning.startsWith("Line")
        && (warning.contains("not imported")
            || warning.contains("under no problem")
            || warning.contains("was added to")
            || warning.contains("of its own"));
  }

  private static boolean isGenerated(Path file) {
    return file.getFileName().toString().endsWith(".gen");
  }

  /** The document extension of a corpus file (a generated one ends in .<ext>.gen), or null. */
  static String extension(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".gen")) {
      name = name.substring(0, name.length() - 4);
    }
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return MEDIA_TYPES.containsKey(ext) ? ext : null;
  }

  private static byte[] generate(Path corpus, Path file) throws Exception {
    List<String> words =
        Arrays.stream(Files.readString(file, StandardCharsets.UTF_8).strip().split("\\s+"))
            .toList();
    CorpusGenerator generator =
        (CorpusGenerator) Class.forName(words.get(0)).getDeclaredConstructor().newInstance();
    return generator.generate(corpus, words.subList(1, words.size()));
  }

  // --- comparison ---

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

  // --- the table ---

  static String table(List<Result> results) {
    StringBuilder out = new StringBuilder();
    Map<String, Count> total = new LinkedHashMap<>();
    FIELDS.forEach(f -> total.put(f, new Count()));
    out.append(String.format("%-40s %9s %9s %9s%n", "document", "precision", "recall", "problems"));
    for (Result r : results) {
      Count all = new Count();
      r.counts()
          .forEach(
              (f, c) -> {
                total.get(f).add(c);
                all.add(c);
              });
      Count problems = r.counts().getOrDefault("problems", new Count());
      out.append(
          String.format(
              "%-40s %8.1f%% %8.1f%% %4d/%-4d%s%n",
              r.name(),
              100 * all.precision(),
              100 * all.recall(),
              problems.read,
              problems.expected,
              r.error() == null ? "" : "  REFUSED: " + r.error()));
    }
    out.append(String.format("%n| field | expected | read | correct | precision | recall |%n"));
    out.append("|---|---:|---:|---:|---:|---:|\n");
    Count overall = new Count();
    for (Map.Entry<String, Count> e : total.entrySet()) {
      Count c = e.getValue();
      overall.add(c);
      out.append(
          String.format(
              "| %s | %d | %d | %d | %.1f%% | %.1f%% |%n",
              e.getKey(),
              c.expected,
              c.read,
              c.truePositives,
              100 * c.precision(),
              100 * c.recall()));
    }
    out.append(
        String.format(
            "| **overall** | %d | %d | %d | %.1f%% | %.1f%% |%n",
            overall.expected,
            overall.read,
            overall.truePositives,
            100 * overall.precision(),
            100 * overall.recall()));
    Count problems = total.get("problems");
    out.append(
        String.format(
            "%nCombined: %d documents (%d refused or failed), problems expected %d, read %d,"
                + " lost %d, duplicated %d.%n",
            results.size(),
            results.stream().filter(r -> r.error() != null).count(),
            problems.expected,
            problems.read,
            results.stream().mapToInt(Result::lost).sum(),
            results.stream().mapToInt(Result::duplicated).sum()));
    out.append(
        String.format(
            "%n%d documents. Lines not placed where they stand (moved, merged or"
                + " not imported):%n",
            results.size()));
    int lines = 0;
    for (Result r : results) {
      for (String w : r.unplaced()) {
        out.append("  ").append(r.name()).append(": ").append(w).append('\n');
        lines++;
      }
    }
    if (lines == 0) {
      out.append("  (none)\n");
    }
    return out.toString();
  }
}
