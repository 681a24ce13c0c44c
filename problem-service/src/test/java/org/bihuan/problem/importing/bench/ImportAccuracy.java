package org.bihuan.problem.importing.bench;

import static org.bihuan.problem.importing.bench.AccuracyCounts.compare;
import static org.bihuan.problem.importing.bench.AccuracyCounts.lostAndDuplicated;
import static org.bihuan.problem.importing.bench.AccuracyTable.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.bihuan.platform.error.ApiProblem;
import org.bihuan.problem.importing.DocumentReader;
import org.bihuan.problem.importing.DocumentText;
import org.bihuan.problem.importing.ParsedDocument;
import org.bihuan.problem.importing.ParsedMeasure;
import org.bihuan.problem.importing.ParsedProblem;
import org.bihuan.problem.importing.bench.AccuracyCounts.Count;

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
}
